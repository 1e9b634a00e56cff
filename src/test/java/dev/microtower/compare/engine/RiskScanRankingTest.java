package dev.microtower.compare.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.core.NodeCode;
import dev.microtower.network.domain.Node;
import dev.microtower.network.domain.NodeStatus;
import dev.microtower.network.domain.NodeType;
import dev.microtower.network.domain.SlaTier;
import dev.microtower.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the risk scan ranks closures that cost the same coverage, once their plans are known. */
class RiskScanRankingTest {
    private static final RiskScan.PlanImpact OPEN = new RiskScan.PlanImpact(10, 100, 1_000, 50, 5, 20);

    @Test
    void aClosureLeavingMoreUnitsShortRanksAboveOneLeavingMoreProductsShortAtASite() {
        // closing A leaves 2 more site × product pairs short but only 10 more units; closing B leaves
        // fewer pairs (its own left the count) but 400 more units short: B is the worse loss
        RiskScan.Result scanned = new RiskScan.Result(50, 100, List.of(risk("A"), risk("B")))
                .withOpenPlan(OPEN)
                .withPlan(NodeCode.of("A"), new RiskScan.PlanImpact(12, 110, 1_000, 50, 5, 20))
                .withPlan(NodeCode.of("B"), new RiskScan.PlanImpact(8, 500, 1_000, 50, 5, 20));

        assertEquals(
                List.of("B", "A"),
                scanned.ranked().stream().map(r -> r.site().code().value()).toList());
        assertEquals(400, scanned.ranked().get(0).extraUnitsShort(OPEN));
    }

    @Test
    void theSentenceOfARowGivesTheUnitsShortFirst() {
        RiskScan.SiteRisk b = risk("B").withPlan(new RiskScan.PlanImpact(8, 500, 1_000, 50, 5, 20));
        String sentence = b.explain(50, OPEN);
        assertTrue(
                sentence.contains("500 units short after the plan (100 with every site open), 8 products short at a"
                        + " site (10)"),
                sentence);
    }

    private static RiskScan.SiteRisk risk(String code) {
        Node site = Fixtures.site(
                code, NodeType.MICRO_FULFILLMENT_CENTER, SlaTier.SAME_DAY, NodeStatus.ACTIVE, 37.8, -122.3);
        return new RiskScan.SiteRisk(site, 5, 45, 20, 300, 1_000, null);
    }
}
