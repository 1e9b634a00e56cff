package dev.microtower.allocation.engine;

import static dev.microtower.testing.Fixtures.sku;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.allocation.domain.AllocationPlan;
import dev.microtower.allocation.domain.AllocationRule;
import dev.microtower.allocation.domain.NodeSelector;
import dev.microtower.allocation.domain.RuleWarning;
import dev.microtower.allocation.domain.SkuSelector;
import dev.microtower.allocation.domain.StockTarget;
import dev.microtower.allocation.domain.StockingPolicy;
import dev.microtower.core.GeoPoint;
import dev.microtower.core.NodeCode;
import dev.microtower.core.SkuCode;
import dev.microtower.forecasting.domain.DemandClasses;
import dev.microtower.forecasting.domain.ForecastMethod;
import dev.microtower.forecasting.domain.NetworkForecast;
import dev.microtower.forecasting.domain.SeriesForecast;
import dev.microtower.forecasting.domain.SeriesKey;
import dev.microtower.inventory.domain.AbcClass;
import dev.microtower.inventory.domain.XyzClass;
import dev.microtower.network.domain.Node;
import dev.microtower.network.domain.NodeStatus;
import dev.microtower.network.domain.NodeType;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AllocationEngineTest {
    static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    static Node node(String code, NodeType type, Long capacity, Double leadTime) {
        return new Node(
                NodeCode.of(code),
                code,
                type,
                new GeoPoint(37.8, -122.3),
                null,
                null,
                "East Bay",
                NodeStatus.ACTIVE,
                null,
                capacity,
                null,
                null,
                null,
                null,
                leadTime,
                null);
    }

    static SeriesForecast flat(String node, String sku, double perDay, double sigma) {
        double[] d = new double[28];
        Arrays.fill(d, perDay);
        return new SeriesForecast(
                SeriesKey.of(NodeCode.of(node), SkuCode.of(sku)),
                ForecastMethod.SIMPLE_EXPONENTIAL_SMOOTHING,
                DAY,
                d,
                sigma,
                1,
                1,
                0,
                0,
                0,
                0,
                0);
    }

    static NetworkForecast forecast(SeriesForecast... fs) {
        Map<SeriesKey, SeriesForecast> map = new HashMap<>();
        for (SeriesForecast f : fs) {
            map.put(f.key(), f);
        }
        return new NetworkForecast(DAY, 28, map, Double.NaN, Double.NaN, Map.of());
    }

    static DemandClasses classes(Map<String, AbcClass> abc) {
        Map<SkuCode, AbcClass> a = new HashMap<>();
        Map<SkuCode, XyzClass> x = new HashMap<>();
        abc.forEach((k, v) -> {
            a.put(SkuCode.of(k), v);
            x.put(SkuCode.of(k), XyzClass.X);
        });
        return new DemandClasses(a, x, Map.of(), Map.of());
    }

    static AllocationRule rule(
            String name,
            int position,
            SkuSelector skus,
            NodeSelector nodes,
            StockingPolicy policy,
            Double min,
            Double max,
            Double service,
            Double share) {
        return new AllocationRule(name, position, true, skus, nodes, policy, min, max, service, share);
    }

    static SkuSelector category(String c) {
        return new SkuSelector(Set.of(c), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
    }

    static NodeSelector type(NodeType t) {
        return new NodeSelector(Set.of(t), Set.of(), Set.of(), Set.of());
    }

    private final AllocationEngine engine = new AllocationEngine(AllocationSettings.DEFAULT);

    @Test
    void targetIsForecastOverTheCoverDaysPlusSafetyStockFromServiceLevelSigmaAndLeadTime() {
        Node mfc = node("MFC", NodeType.MICRO_FULFILLMENT_CENTER, null, 4.0);
        AllocationPlan plan = engine.plan(
                List.of(mfc),
                List.of(sku("MILK", "dairy")),
                forecast(flat("MFC", "MILK", 10, 3)),
                classes(Map.of("MILK", AbcClass.A)),
                List.of(rule(
                        "dairy",
                        1,
                        category("dairy"),
                        NodeSelector.ANY,
                        StockingPolicy.MICRO_FULFIL,
                        2.0,
                        5.0,
                        0.95,
                        null)));
        StockTarget t = plan.targets().get(0);
        // a 95 % fill rate over the 2-day cover of 20 units: the error over the 4-day lead time is
        // 3 * sqrt(4) = 6, and the units short may be 5 % of 20 = 1, so L(k) = 1 / 6 = 0.1667,
        // k = 0.6073 (by hand from the normal table: L(0.60) = 0.1687, L(0.61) = 0.1659);
        // SS = 0.6073 * 6 = 3.644; target = ceil(20 + 3.644) = 24; max = ceil(50 + 3.644) = 54
        // (a 95 % cycle level, z = 1.645, held 9.87 for a target of 30)
        assertEquals(0.6073, t.z(), 1e-3);
        assertEquals(3.644, t.safetyStock(), 1e-2);
        assertEquals(24, t.target());
        assertEquals(54, t.maxLevel());
        assertEquals("dairy", t.rule());
        assertTrue(t.explanation().contains("rule 'dairy'"), t.explanation());
    }

    @Test
    void theFirstEnabledMatchingRuleDecidesAndADisabledRuleIsSkipped() {
        Node mfc = node("MFC", NodeType.MICRO_FULFILLMENT_CENTER, null, 1.0);
        AllocationRule off = new AllocationRule(
                "off",
                0,
                false,
                SkuSelector.ANY,
                NodeSelector.ANY,
                StockingPolicy.DO_NOT_STOCK,
                null,
                null,
                null,
                null);
        AllocationRule central = rule(
                "frozen central",
                1,
                category("frozen"),
                NodeSelector.ANY,
                StockingPolicy.CENTRALISE,
                null,
                null,
                null,
                null);
        AllocationRule all = rule(
                "everything", 2, SkuSelector.ANY, NodeSelector.ANY, StockingPolicy.MICRO_FULFIL, 4.0, 6.0, null, null);
        AllocationPlan plan = engine.plan(
                List.of(mfc),
                List.of(sku("PEAS", "frozen"), sku("MILK", "dairy")),
                forecast(flat("MFC", "PEAS", 5, 0), flat("MFC", "MILK", 5, 0)),
                classes(Map.of("PEAS", AbcClass.A, "MILK", AbcClass.A)),
                List.of(all, central, off));
        StockTarget peas = plan.targets().stream()
                .filter(t -> t.sku().value().equals("PEAS"))
                .findFirst()
                .orElseThrow();
        StockTarget milk = plan.targets().stream()
                .filter(t -> t.sku().value().equals("MILK"))
                .findFirst()
                .orElseThrow();
        assertEquals("frozen central", peas.rule());
        assertFalse(peas.stocked());
        assertEquals(0, peas.target());
        assertEquals("everything", milk.rule());
        assertEquals(20, milk.target());
        assertEquals(30, milk.maxLevel());
    }

    @Test
    void overCapacityCutsCItemsBeforeBAndKeepsAItemsWhole() {
        Node dark = node("DARK", NodeType.DARK_STORE, 100L, 1.0);
        AllocationPlan plan = engine.plan(
                List.of(dark),
                List.of(sku("A1", "x"), sku("B1", "x"), sku("C1", "x")),
                forecast(flat("DARK", "A1", 20, 0), flat("DARK", "B1", 10, 0), flat("DARK", "C1", 10, 0)),
                classes(Map.of("A1", AbcClass.A, "B1", AbcClass.B, "C1", AbcClass.C)),
                List.of(rule(
                        "all",
                        1,
                        SkuSelector.ANY,
                        NodeSelector.ANY,
                        StockingPolicy.MICRO_FULFIL,
                        3.0,
                        3.0,
                        null,
                        null)));
        // asked: A 60, B 30, C 30 = 120 > 100: cut all 20 from C
        Map<String, Long> target = new HashMap<>();
        plan.targets().forEach(t -> target.put(t.sku().value(), t.target()));
        assertEquals(60, target.get("A1"));
        assertEquals(30, target.get("B1"));
        assertEquals(10, target.get("C1"));
        assertEquals(1, plan.reductions().size());
        assertEquals(20, plan.reductions().get(0).cutFromC());
        RuleWarning w = plan.warnings().stream()
                .filter(x -> x.kind() == RuleWarning.Kind.OVER_CAPACITY)
                .findFirst()
                .orElseThrow();
        assertTrue(w.message().contains("DARK") && w.message().contains("'all' 120"), w.message());
        assertEquals("all", w.rule());
    }

    @Test
    void aRulesCapacityShareBoundsTheTargetsItSets() {
        Node dark = node("DARK", NodeType.DARK_STORE, 100L, 1.0);
        AllocationPlan plan = engine.plan(
                List.of(dark),
                List.of(sku("C1", "snacks"), sku("C2", "snacks")),
                forecast(flat("DARK", "C1", 10, 0), flat("DARK", "C2", 10, 0)),
                classes(Map.of("C1", AbcClass.C, "C2", AbcClass.C)),
                List.of(rule(
                        "snacks",
                        1,
                        category("snacks"),
                        NodeSelector.ANY,
                        StockingPolicy.MICRO_FULFIL,
                        2.0,
                        2.0,
                        null,
                        0.2)));
        long total = plan.targets().stream().mapToLong(StockTarget::target).sum();
        assertEquals(20, total); // 40 asked, 20 % of 100 allowed
        assertTrue(plan.warnings().stream()
                .anyMatch(w -> w.kind() == RuleWarning.Kind.OVER_CAPACITY
                        && "snacks".equals(w.rule())
                        && w.message().contains("capacity share")));
    }

    @Test
    void validationNamesShadowedUnusedContradictoryAndUncoveredRules() {
        Node mfc = node("MFC", NodeType.MICRO_FULFILLMENT_CENTER, null, 1.0);
        SkuSelector organicTag = new SkuSelector(Set.of(), Set.of(), Set.of(), Set.of(), Set.of("organic"), Set.of());
        List<AllocationRule> rules = List.of(
                rule(
                        "dairy everywhere",
                        1,
                        category("dairy"),
                        NodeSelector.ANY,
                        StockingPolicy.MICRO_FULFIL,
                        1.0,
                        2.0,
                        null,
                        null),
                rule(
                        "organic central",
                        2,
                        organicTag,
                        NodeSelector.ANY,
                        StockingPolicy.CENTRALISE,
                        null,
                        null,
                        null,
                        null),
                rule(
                        "long dairy cover",
                        3,
                        category("dairy"),
                        type(NodeType.MICRO_FULFILLMENT_CENTER),
                        StockingPolicy.MICRO_FULFIL,
                        5.0,
                        9.0,
                        null,
                        null),
                rule(
                        "hubs only",
                        4,
                        SkuSelector.ANY,
                        type(NodeType.MICRO_HUB),
                        StockingPolicy.REGIONALISE,
                        null,
                        null,
                        null,
                        null));
        AllocationPlan plan = engine.plan(
                List.of(mfc),
                List.of(
                        sku("MILK", "dairy"),
                        sku("OATMILK", "dairy", "organic"),
                        sku("KALE", "produce", "organic"),
                        sku("BREAD", "bakery")),
                forecast(),
                classes(Map.of("MILK", AbcClass.A, "OATMILK", AbcClass.A, "KALE", AbcClass.B, "BREAD", AbcClass.B)),
                rules);
        Map<RuleWarning.Kind, List<RuleWarning>> byKind = new HashMap<>();
        plan.warnings().forEach(w -> byKind.computeIfAbsent(w.kind(), k -> new java.util.ArrayList<>())
                .add(w));
        // 'long dairy cover' lies inside 'dairy everywhere': shadowed, not a contradiction
        assertEquals(
                List.of("long dairy cover"),
                byKind.get(RuleWarning.Kind.SHADOWED).stream()
                        .map(RuleWarning::rule)
                        .toList());
        assertTrue(byKind.get(RuleWarning.Kind.SHADOWED).get(0).message().contains("'dairy everywhere'"));
        assertEquals(
                "hubs only", byKind.get(RuleWarning.Kind.MATCHES_NOTHING).get(0).rule());
        // dairy and organic overlap only on OATMILK, and disagree there
        List<RuleWarning> contradictions = byKind.get(RuleWarning.Kind.CONTRADICTORY);
        assertEquals(1, contradictions.size(), contradictions.toString());
        assertEquals("organic central", contradictions.get(0).rule());
        assertTrue(
                contradictions.get(0).message().contains("'dairy everywhere' and 'organic central'")
                        && contradictions.get(0).message().contains("on 1 SKU at a site")
                        && contradictions.get(0).message().contains("does not stock"),
                contradictions.get(0).message());
        RuleWarning uncovered = byKind.get(RuleWarning.Kind.UNCOVERED).get(0);
        assertTrue(
                uncovered.message().startsWith("1 SKUs") && uncovered.message().contains("BREAD"), uncovered.message());
        StockTarget bread = plan.targets().stream()
                .filter(t -> t.sku().value().equals("BREAD"))
                .findFirst()
                .orElseThrow();
        assertEquals(StockTarget.DEFAULT_RULE, bread.rule());
    }

    @Test
    void anExceptionBeforeAGeneralRuleIsNotAContradiction() {
        Node mfc = node("MFC", NodeType.MICRO_FULFILLMENT_CENTER, null, 1.0);
        NodeSelector thisMfc = new NodeSelector(Set.of(), Set.of(), Set.of(NodeCode.of("MFC")), Set.of());
        AllocationPlan plan = engine.plan(
                List.of(mfc, node("DARK", NodeType.DARK_STORE, null, 1.0)),
                List.of(sku("PILLS", "pharmacy")),
                forecast(),
                classes(Map.of("PILLS", AbcClass.C)),
                List.of(
                        rule(
                                "pharmacy at MFC",
                                1,
                                category("pharmacy"),
                                thisMfc,
                                StockingPolicy.MICRO_FULFIL,
                                null,
                                null,
                                null,
                                null),
                        rule(
                                "pharmacy central",
                                2,
                                category("pharmacy"),
                                NodeSelector.ANY,
                                StockingPolicy.CENTRALISE,
                                null,
                                null,
                                null,
                                null)));
        assertEquals(List.of(), plan.warnings());
    }

    @Test
    void aFillRateBufferIsTheLossFunctionsAnswerAndNothingWithoutDemandOrError() {
        // 100 units a cycle, error 20 over the lead time: 5 % short = 5 units = 20 × L(k), L(k) = 0.25,
        // k = 0.3449 (L(0.34) = 0.2518, L(0.35) = 0.2481), SS = 6.90 (a 95 % cycle level: 32.9)
        assertEquals(0.3449, SafetyStock.factor(0.95, 100, 20), 1e-3);
        assertEquals(6.897, SafetyStock.units(SafetyStock.factor(0.95, 100, 20), 20), 1e-2);
        // a larger cover needs a smaller buffer: L(k) = 1.0 is below k = 0, and the buffer is not negative
        assertTrue(SafetyStock.factor(0.95, 400, 20) < 0);
        assertEquals(0, SafetyStock.units(SafetyStock.factor(0.95, 400, 20), 20), 1e-12);
        assertEquals(0, SafetyStock.factor(0.95, 0, 20), 1e-12);
        assertEquals(0, SafetyStock.factor(0.95, 100, 0), 1e-12);
    }

    @Test
    void oneSafetyFactorServesTheFillRateOverTheNetwork() {
        // MILK 10 a day, BREAD 0.1 a day, both 10 days of cover and 4 days of lead time, daily errors
        // 10 and 1: cover demand 100 and 1, errors over the lead time 20 and 2. Units short may be
        // 5 % of 101 = 5.05 = (20 + 2) × L(k), L(k) = 0.2295, k = 0.4026 (L(0.40) = 0.2304, L(0.41) =
        // 0.2270); SS 8.05 and 0.81: targets ceil(108.05) = 109 and ceil(1.81) = 2. Each item on its
        // own would take k = 0.345 and 1.58: 107 and 5
        Node mfc = node("MFC", NodeType.MICRO_FULFILLMENT_CENTER, null, 4.0);
        AllocationPlan plan = engine.plan(
                List.of(mfc),
                List.of(sku("MILK", "dairy"), sku("BREAD", "bakery")),
                forecast(flat("MFC", "MILK", 10, 10), flat("MFC", "BREAD", 0.1, 1)),
                classes(Map.of("MILK", AbcClass.A, "BREAD", AbcClass.C)),
                List.of(rule(
                        "all",
                        1,
                        SkuSelector.ANY,
                        NodeSelector.ANY,
                        StockingPolicy.MICRO_FULFIL,
                        10.0,
                        10.0,
                        0.95,
                        null)));
        StockTarget milk = plan.targets().stream()
                .filter(t -> t.sku().value().equals("MILK"))
                .findFirst()
                .orElseThrow();
        StockTarget bread = plan.targets().stream()
                .filter(t -> t.sku().value().equals("BREAD"))
                .findFirst()
                .orElseThrow();
        assertEquals(0.4026, milk.z(), 1e-3);
        assertEquals(milk.z(), bread.z(), 1e-12);
        assertEquals(8.052, milk.safetyStock(), 1e-2);
        assertEquals(0.805, bread.safetyStock(), 1e-2);
        assertEquals(109, milk.target());
        assertEquals(2, bread.target());
    }

    @Test
    void serviceLevelQuantilesMatchTheNormalTable() {
        assertEquals(0, SafetyStock.z(0.5), 1e-9);
        assertEquals(1.281552, SafetyStock.z(0.90), 1e-6);
        assertEquals(2.326348, SafetyStock.z(0.99), 1e-6);
        assertEquals(-1.644854, SafetyStock.z(0.05), 1e-6);
    }
}
