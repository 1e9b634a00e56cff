package dev.microtower.allocation.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.microtower.allocation.domain.AllocationPlan;
import dev.microtower.allocation.domain.RuleWarning;
import dev.microtower.allocation.domain.RulesPreview;
import dev.microtower.allocation.domain.StockTarget;
import dev.microtower.allocation.domain.StockingPolicy;
import dev.microtower.core.NodeCode;
import dev.microtower.core.SkuCode;
import dev.microtower.inventory.domain.AbcClass;
import dev.microtower.inventory.domain.StockLevel;
import dev.microtower.testing.Fixtures;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RulesPreviewerTest {
    private static final NodeCode MFC = Fixtures.mfc().code();
    private static final NodeCode DC = Fixtures.dc().code();
    private static final SkuCode A = SkuCode.of("A");
    private static final SkuCode B = SkuCode.of("B");
    private static final Instant AS_OF = Instant.parse("2026-11-01T00:00:00Z");

    private static StockTarget target(NodeCode node, SkuCode sku, String rule, long target, long max) {
        return new StockTarget(
                node,
                sku,
                rule,
                StockingPolicy.MICRO_FULFIL,
                true,
                AbcClass.A,
                1,
                3,
                7,
                0.95,
                1.64,
                1,
                1,
                1,
                target,
                target,
                max);
    }

    private static AllocationPlan plan(List<StockTarget> targets, RuleWarning... warnings) {
        return new AllocationPlan(targets, List.of(), List.of(warnings));
    }

    private final RulesPreviewer previewer = new RulesPreviewer(
            List.of(Fixtures.dc(), Fixtures.mfc()),
            List.of(
                    new StockLevel(MFC, A, 12, 0, 0, AS_OF),
                    new StockLevel(MFC, B, 9, 0, 0, AS_OF),
                    new StockLevel(DC, A, 150, 10, 0, AS_OF)));

    private final AllocationPlan stored =
            plan(List.of(target(MFC, A, "R", 10, 20), target(MFC, B, "R", 5, 8), target(DC, A, "R", 100, 200)));

    @Test
    void sameRulesChangeNothing() {
        RulesPreview p = previewer.compare(stored, stored);

        assertEquals(3, p.pairs());
        assertEquals(0, p.targetsChanged());
        assertEquals(0, p.targetRises() + p.targetFalls() + p.maxRises() + p.maxFalls());
        assertEquals(0, p.unitsToMove());
        assertEquals(List.of(), p.largestChanges());
    }

    @Test
    void risesFallsAndMaximumsAreSummedSeparatelyAndPerNode() {
        AllocationPlan proposed = plan(List.of(
                target(MFC, A, "R", 14, 30),
                target(MFC, B, StockTarget.DEFAULT_RULE, 2, 3),
                target(DC, A, "R", 100, 200)));

        RulesPreview p = previewer.compare(stored, proposed);

        assertEquals(2, p.targetsChanged());
        assertEquals(4, p.targetRises());
        assertEquals(3, p.targetFalls());
        assertEquals(1, p.netUnits());
        assertEquals(10, p.maxRises());
        assertEquals(5, p.maxFalls());
        assertEquals(115, p.totalBefore());
        assertEquals(116, p.totalAfter());
        assertEquals(Map.of(MFC, 1L), p.netByNode());
        assertEquals(Map.of(MFC, 5L), p.maxNetByNode());
        assertEquals(1, p.skusUncovered());
        assertEquals(Map.of("R", 2L, StockTarget.DEFAULT_RULE, 1L), p.pairsByRule());
        // the largest change (maximum +10) comes first, with the rules that decide it
        RulesPreview.Change first = p.largestChanges().get(0);
        assertEquals(A, first.sku());
        assertEquals(10, first.maxDelta());
        assertEquals("R", first.ruleAfter());
        assertEquals(StockTarget.DEFAULT_RULE, p.largestChanges().get(1).ruleAfter());
    }

    @Test
    void unitsThatWouldMoveCountShortageAndSurplusAgainstStockAsRebalancingDoes() {
        AllocationPlan proposed =
                plan(List.of(target(MFC, A, "R", 14, 30), target(MFC, B, "R", 2, 3), target(DC, A, "R", 100, 200)));

        RulesPreview p = previewer.compare(stored, proposed);

        // MFC/A holds 12: within 10..20 before, 2 short of 14 after
        assertEquals(0, p.shortageBefore());
        assertEquals(2, p.shortageAfter());
        // MFC/B holds 9: 1 above 8 before, 6 above 3 after; the DC's free 140 is 40 above its target
        assertEquals(41, p.surplusBefore());
        assertEquals(46, p.surplusAfter());
        assertEquals(7, p.unitsToMove());
    }

    @Test
    void aPairTheEditedPlanLacksCountsAsATargetOfZero() {
        AllocationPlan proposed = plan(List.of(target(MFC, A, "R", 10, 20), target(DC, A, "R", 100, 200)));

        RulesPreview p = previewer.compare(stored, proposed);

        assertEquals(1, p.targetsChanged());
        assertEquals(5, p.targetFalls());
        assertEquals(8, p.maxFalls());
        assertEquals(Map.of(MFC, -5L), p.netByNode());
    }

    @Test
    void capacityWarningsAreCountedBeforeAndAfter() {
        RuleWarning over = new RuleWarning(RuleWarning.Kind.OVER_CAPACITY, "R", "node MFC-SF1: over");
        RuleWarning shadowed = new RuleWarning(RuleWarning.Kind.SHADOWED, "S", "rule 'S' never applies");

        RulesPreview p = previewer.compare(stored, plan(stored.targets(), over, shadowed));

        assertEquals(0, p.overCapacityBefore());
        assertEquals(1, p.overCapacityAfter());
        assertEquals(List.of(shadowed), p.warnings(RuleWarning.Kind.SHADOWED));
    }
}
