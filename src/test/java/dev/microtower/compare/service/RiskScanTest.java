package dev.microtower.compare.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.allocation.engine.AllocationSettings;
import dev.microtower.app.OpenSession;
import dev.microtower.compare.SmallNetwork;
import dev.microtower.compare.engine.ClosurePlans;
import dev.microtower.compare.engine.RiskScan;
import dev.microtower.core.Cancellation;
import dev.microtower.core.CancelledException;
import dev.microtower.core.NodeCode;
import dev.microtower.core.Progress;
import dev.microtower.core.ScenarioId;
import dev.microtower.network.domain.Node;
import dev.microtower.network.domain.NodeStatus;
import dev.microtower.network.store.NodeRepository;
import dev.microtower.planning.domain.PlanningInputs;
import dev.microtower.planning.engine.Planner;
import dev.microtower.rebalancing.domain.PlanSummary;
import dev.microtower.rebalancing.engine.RebalancingEngine;
import dev.microtower.rebalancing.engine.RebalancingSettings;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RiskScanTest {
    @TempDir
    Path dir;

    @Test
    void closingTheOneSiteThatCoversADistrictRanksFirst() {
        try (OpenSession session = OpenSession.open(dir.resolve("db"))) {
            SmallNetwork.write(session);
            List<Node> before = session.get(NodeRepository.class).findAll(ScenarioId.BASELINE);

            RiskScan.Result result =
                    session.get(CompareService.class).riskScan(ScenarioId.BASELINE, Progress.NONE, Cancellation.none());

            assertEquals(90.0, result.coveragePercent(), 1e-9);
            assertEquals(
                    List.of(SmallNetwork.MFC_OAK, SmallNetwork.MFC_SF),
                    result.ranked().stream().limit(2).map(r -> r.site().code()).toList(),
                    "Oakland has one site (4 orders), San Francisco loses the 3 orders outside the dark store's"
                            + " square; the DC and the dark store leave nobody uncovered");
            assertEquals(4, result.ranked().size(), "every open stocking site is closed in turn");
            RiskScan.SiteRisk oakland = result.ranked().get(0);
            assertEquals(4, oakland.ordersLosingCoverage());
            assertEquals(50.0, oakland.coverageAfterPercent(), 1e-9);
            assertEquals(2, oakland.stockUnits());
            assertEquals(10_000, oakland.capacityUnits());
            assertTrue(oakland.explain(result.coveragePercent()).contains("4 orders without same-day delivery"));
            RiskScan.SiteRisk sf = result.ranked().get(1);
            assertEquals(3, sf.ordersLosingCoverage());
            assertEquals(120, sf.stockUnits());
            assertEquals(0, result.ranked().get(2).ordersLosingCoverage());
            assertEquals(0, result.ranked().get(3).ordersLosingCoverage());
            assertEquals(
                    before,
                    session.get(NodeRepository.class).findAll(ScenarioId.BASELINE),
                    "the scan runs in memory and writes nothing");
        }
    }

    @Test
    void theScanCountsTheForecastDemandEachSiteServes() {
        try (OpenSession session = OpenSession.open(dir.resolve("db"))) {
            SmallNetwork.write(session);
            RiskScan.Result result =
                    session.get(CompareService.class).riskScan(ScenarioId.BASELINE, Progress.NONE, Cancellation.none());
            double oakland = demandOf(result, SmallNetwork.MFC_OAK);
            assertTrue(oakland > 0, "Oakland's four orders make a forecast: " + oakland);
        }
    }

    @Test
    void eachSiteIsPlannedAgainWithoutItAndTheRowsFillInOneByOne() {
        try (OpenSession session = OpenSession.open(dir.resolve("db"))) {
            SmallNetwork.write(session);
            List<RiskScan.Result> seen = new ArrayList<>();

            RiskScan.Result result = session.get(CompareService.class)
                    .riskScan(ScenarioId.BASELINE, seen::add, Progress.NONE, Cancellation.none());

            assertEquals(2 + result.ranked().size(), seen.size(), "coverage, the open plan, then one per site");
            assertNull(seen.get(0).plan(), "the coverage ranking shows before any plan is made");
            assertEquals(
                    List.of(0L, 0L, 1L, 2L, 3L, 4L),
                    seen.stream().map(RiskScan.Result::replanned).toList());
            assertNotNull(result.plan());
            for (RiskScan.SiteRisk r : result.ranked()) {
                assertNotNull(r.plan(), r.site().code() + " is planned without it");
                assertTrue(r.explain(result.coveragePercent(), result.plan()).contains("Planned again without it"));
            }
            assertEquals(
                    List.of(SmallNetwork.MFC_OAK, SmallNetwork.MFC_SF),
                    result.ranked().stream().limit(2).map(r -> r.site().code()).toList(),
                    "coverage ranks first; the plans only order sites that lose the same coverage");
        }
    }

    @Test
    void aClosurePlanEqualsAFullPlanOfTheNetworkWrittenWithTheSiteClosed() {
        // 19:30 of the day before at the network's local time (UTC−8): a plan that counted days in
        // UTC would put every order on another day than the planner does
        Instant evening = Instant.parse("2026-10-02T03:30:00Z");
        try (OpenSession session = OpenSession.open(dir.resolve("db"))) {
            SmallNetwork.write(session, evening);
            Planner.Forecasted base =
                    session.planning().forecast(ScenarioId.BASELINE, Progress.NONE, Cancellation.none());
            ClosurePlans plans = new ClosurePlans(base, session.planning().planner(), RebalancingSettings.DEFAULT);
            RiskScan.PlanImpact open = plans.asItIs();
            int differ = 0;
            for (NodeCode closed : List.of(SmallNetwork.MFC_OAK, SmallNetwork.MFC_SF, SmallNetwork.DS_SF)) {
                RiskScan.PlanImpact quick = plans.without(closed);

                PlanSummary plan = planWrittenClosed(dir.resolve("closed-" + closed.value()), evening, closed);

                assertEquals(plan.stockoutsAfter(), quick.stockoutsAfterPlan(), closed.value());
                assertEquals(plan.unitsShortAfter(), quick.unitsShortAfterPlan(), closed.value());
                assertEquals(plan.totalCost(), quick.planCost(), 1e-6, closed.value());
                assertEquals(plan.unitsMoved(), quick.unitsMoved(), closed.value());
                assertEquals(plan.shipments(), quick.shipments(), closed.value());
                if (plan.totalCost() != open.planCost() || plan.unitsMoved() != open.unitsMoved()) {
                    differ++;
                }
            }
            assertTrue(differ > 0, "closing a site changes the plan, so the comparison tells something");
        }
    }

    /** The plan Plan makes of the network written into its own database with {@code closed} closed. */
    private static PlanSummary planWrittenClosed(Path db, Instant start, NodeCode closed) {
        try (OpenSession session = OpenSession.open(db)) {
            SmallNetwork.write(session, start);
            NodeRepository nodes = session.get(NodeRepository.class);
            nodes.save(
                    ScenarioId.BASELINE,
                    nodes.find(ScenarioId.BASELINE, closed).orElseThrow().withStatus(NodeStatus.CLOSED));
            Planner.Forecasted full =
                    session.planning().forecast(ScenarioId.BASELINE, Progress.NONE, Cancellation.none());
            PlanningInputs inputs = full.inputs();
            return new RebalancingEngine(RebalancingSettings.DEFAULT)
                    .plan(inputs.nodes(), inputs.skus(), inputs.stock(), full.allocate(AllocationSettings.DEFAULT))
                    .summary();
        }
    }

    @Test
    void aCancelledScanStops() {
        try (OpenSession session = OpenSession.open(dir.resolve("db"))) {
            SmallNetwork.write(session);
            Cancellation cancelled = new Cancellation();
            cancelled.cancel();
            assertThrows(CancelledException.class, () -> session.get(CompareService.class)
                    .riskScan(ScenarioId.BASELINE, Progress.NONE, cancelled));
        }
    }

    private static double demandOf(RiskScan.Result result, NodeCode site) {
        return result.ranked().stream()
                .filter(r -> r.site().code().equals(site))
                .findFirst()
                .orElseThrow()
                .forecastUnitsPerDay();
    }
}
