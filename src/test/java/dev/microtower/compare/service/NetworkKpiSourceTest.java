package dev.microtower.compare.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.app.OpenSession;
import dev.microtower.compare.SmallNetwork;
import dev.microtower.core.Cancellation;
import dev.microtower.core.Progress;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.kpi.Better;
import dev.microtower.core.kpi.KpiCatalogue;
import dev.microtower.core.kpi.KpiValue;
import dev.microtower.network.domain.NodeStatus;
import dev.microtower.network.store.NodeRepository;
import dev.microtower.rebalancing.domain.PlanSummary;
import dev.microtower.rebalancing.domain.RebalancingPlan;
import dev.microtower.rebalancing.store.PlanRepository;
import dev.microtower.scenarios.store.ScenarioRepository;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkKpiSourceTest {
    @TempDir
    Path dir;

    @Test
    void theSessionsCatalogueListsTheNetworkKpisFirst() {
        try (OpenSession session = OpenSession.open(dir.resolve("db"))) {
            KpiCatalogue catalogue = session.get(KpiCatalogue.class);
            assertTrue(catalogue.sources().get(0) instanceof NetworkKpiSource);
            assertEquals("Network", catalogue.sources().get(0).name());
        }
    }

    @Test
    void networkKpisOfASmallNetworkMatchTheHandCount() {
        try (OpenSession session = OpenSession.open(dir.resolve("db"))) {
            SmallNetwork.write(session);
            Map<String, KpiValue> kpis = compute(session, ScenarioId.BASELINE);

            assertEquals(2, kpis.get("open-sites-micro-fulfillment-center").value());
            assertEquals(2, kpis.get("open-sites-micro-fulfillment-center").input("Active"));
            assertEquals(1, kpis.get("open-sites-dark-store").value());
            assertEquals(1, kpis.get("open-sites-regional-dc").value());
            assertEquals(0, kpis.get("open-sites-pickup-point").value());
            assertEquals(
                    100_000 + 20_000 + 5_000 + 10_000,
                    kpis.get("open-storage-capacity").value());
            // 9 of the 10 orders and 19 of the 29 units lie in a same-day zone
            KpiValue orders = kpis.get("same-day-coverage-orders");
            assertEquals(90.0, orders.value(), 1e-9);
            assertEquals(10, orders.input("Orders"));
            assertEquals(9, orders.input("Orders covered"));
            assertEquals(3, orders.input("Same-day zones counted"));
            assertEquals(Better.HIGHER, orders.better());
            assertEquals(19.0 / 29 * 100, kpis.get("same-day-coverage-units").value(), 1e-9);
            // MFC-SF 100 on hand + 20 in transit of milk, MFC-OAK 2 TVs, the DC 1,000 milk
            KpiValue units = kpis.get("stock-units");
            assertEquals(1_122, units.value());
            assertEquals(5, units.input("Reserved for open orders"));
            assertEquals(1_120 * 0.89 + 2 * 89.99, kpis.get("stock-value").value(), 1e-6);
            assertTrue(Double.isNaN(kpis.get("plan-cost").value()), "no plan run yet");
            assertTrue(kpis.get("plan-cost").definition().contains("no plan run yet"));
        }
    }

    @Test
    void closingTheOnlySiteOfADistrictInACopyLowersItsCoverageAndCapacityButNotTheBaselines() {
        try (OpenSession session = OpenSession.open(dir.resolve("db"))) {
            SmallNetwork.write(session);
            ScenarioId copy = session.get(ScenarioRepository.class)
                    .copy(ScenarioId.BASELINE, "Oakland MFC closed")
                    .id();
            NodeRepository nodes = session.get(NodeRepository.class);
            nodes.save(
                    copy, nodes.find(copy, SmallNetwork.MFC_OAK).orElseThrow().withStatus(NodeStatus.CLOSED));

            Map<String, KpiValue> closed = compute(session, copy);
            assertEquals(50.0, closed.get("same-day-coverage-orders").value(), 1e-9);
            assertEquals(2, closed.get("same-day-coverage-orders").input("Same-day zones counted"));
            assertEquals(125_000, closed.get("open-storage-capacity").value());
            assertEquals(1, closed.get("open-sites-micro-fulfillment-center").value());
            assertEquals(1, closed.get("open-sites-micro-fulfillment-center").input("Closed"));
            assertEquals(
                    90.0,
                    compute(session, ScenarioId.BASELINE)
                            .get("same-day-coverage-orders")
                            .value(),
                    1e-9);
        }
    }

    @Test
    void planKpisComeFromTheNewestStoredPlanRun() {
        try (OpenSession session = OpenSession.open(dir.resolve("db"))) {
            SmallNetwork.write(session);
            PlanRepository plans = session.get(PlanRepository.class);
            plans.save(ScenarioId.BASELINE, "older", new RebalancingPlan(List.of(), summary(1, 99, 9, 8)));
            plans.save(ScenarioId.BASELINE, "newer", new RebalancingPlan(List.of(), summary(3, 40, 7, 2)));

            Map<String, KpiValue> kpis = compute(session, ScenarioId.BASELINE);
            // transport 100 + 3 shipments x 15 + penalties 20
            assertEquals(165.0, kpis.get("plan-cost").value(), 1e-9);
            assertEquals(3, kpis.get("plan-cost").input("Shipments"));
            assertEquals(40, kpis.get("plan-units-moved").value());
            assertEquals(7, kpis.get("plan-stockouts-before").value());
            assertEquals(2, kpis.get("plan-stockouts-after").value());
            assertEquals(5, kpis.get("plan-stockouts-after").input("Stockouts avoided"));
            assertEquals(Better.LOWER, kpis.get("plan-stockouts-after").better());
        }
    }

    @Test
    void aPlanRunStoredAfterTheKpisWereKeptIsCounted() {
        try (OpenSession session = OpenSession.open(dir.resolve("db"))) {
            SmallNetwork.write(session);
            PlanRepository plans = session.get(PlanRepository.class);
            plans.save(ScenarioId.BASELINE, "older", new RebalancingPlan(List.of(), summary(1, 99, 9, 8)));
            assertEquals(
                    99,
                    compute(session, ScenarioId.BASELINE)
                            .get("plan-units-moved")
                            .value());

            // Plan stores a run without a change on the change stream: the kept KPIs must not hide it
            plans.save(ScenarioId.BASELINE, "newer", new RebalancingPlan(List.of(), summary(3, 40, 7, 2)));
            assertEquals(
                    40,
                    compute(session, ScenarioId.BASELINE)
                            .get("plan-units-moved")
                            .value());
        }
    }

    private static PlanSummary summary(int shipments, long unitsMoved, int stockoutsBefore, int stockoutsAfter) {
        return new PlanSummary(
                4,
                2,
                0,
                unitsMoved,
                100,
                shipments,
                15,
                20,
                100,
                shipments,
                20,
                stockoutsBefore,
                stockoutsAfter,
                30,
                10);
    }

    private static Map<String, KpiValue> compute(OpenSession session, ScenarioId scenario) {
        return session.get(NetworkKpiSource.class).compute(scenario, Progress.NONE, Cancellation.none()).stream()
                .collect(Collectors.toMap(KpiValue::id, Function.identity()));
    }
}
