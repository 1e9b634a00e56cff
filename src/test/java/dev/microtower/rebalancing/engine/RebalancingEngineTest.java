package dev.microtower.rebalancing.engine;

import static dev.microtower.rebalancing.engine.Fixtures.node;
import static dev.microtower.rebalancing.engine.Fixtures.notStocked;
import static dev.microtower.rebalancing.engine.Fixtures.sku;
import static dev.microtower.rebalancing.engine.Fixtures.stock;
import static dev.microtower.rebalancing.engine.Fixtures.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.allocation.domain.AllocationPlan;
import dev.microtower.inventory.domain.AbcClass;
import dev.microtower.inventory.domain.TemperatureClass;
import dev.microtower.network.domain.Node;
import dev.microtower.network.domain.NodeType;
import dev.microtower.rebalancing.domain.RebalancingPlan;
import dev.microtower.rebalancing.domain.SuggestionKind;
import dev.microtower.rebalancing.domain.TransferSuggestion;
import java.util.List;
import org.junit.jupiter.api.Test;

class RebalancingEngineTest {
    // on the equator: DC at 0, San Leandro at +0.1, Oakland at +0.2, Berkeley at -0.1 degrees of longitude
    private static final Node DC = node("DC", "Hayward DC", NodeType.REGIONAL_DC, 0.0, null);
    private static final Node SL = node("SL", "San Leandro dark store", NodeType.DARK_STORE, 0.1, null);
    private static final Node OAK = node("OAK", "Oakland MFC", NodeType.MICRO_FULFILLMENT_CENTER, 0.2, null);
    private static final Node BRK = node("BRK", "Berkeley MFC", NodeType.MICRO_FULFILLMENT_CENTER, -0.1, null);
    private static final double KM = DC.location().distanceKm(SL.location()); // 0.1 degree

    private static AllocationPlan targets(dev.microtower.allocation.domain.StockTarget... ts) {
        return new AllocationPlan(List.of(ts), List.of(), List.of());
    }

    private static RebalancingEngine engine(double fixedCost) {
        return new RebalancingEngine(RebalancingSettings.DEFAULT.withFixedCostPerShipment(fixedCost), 2);
    }

    private static TransferSuggestion find(RebalancingPlan plan, String from, String to, String sku) {
        return plan.suggestions().stream()
                .filter(s -> s.from().value().equals(from)
                        && s.to().value().equals(to)
                        && s.sku().value().equals(sku))
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError("no " + from + " -> " + to + " " + sku + " in " + plan.suggestions()));
    }

    @Test
    void shortNodesGetTheNearestSurplusAndTheDcCoversTheRestWithTheReasonInNumbers() {
        RebalancingPlan plan = engine(0)
                .plan(
                        List.of(DC, SL, OAK, BRK),
                        List.of(sku("MILK", TemperatureClass.CHILLED)),
                        List.of(
                                stock("DC", "MILK", 1000, 0, 0),
                                stock("SL", "MILK", 115, 5, 0),
                                stock("OAK", "MILK", 10, 0, 2),
                                stock("BRK", "MILK", 20, 0, 0)),
                        targets(
                                target("DC", "MILK", AbcClass.A, 0, 0, 0, 1),
                                target("SL", "MILK", AbcClass.A, 10, 30, 40, 1),
                                target("OAK", "MILK", AbcClass.A, 10, 30, 40, 2),
                                target("BRK", "MILK", AbcClass.A, 10, 30, 40, 1)));
        // Oakland is short 18 and San Leandro (70 over its max) is 1 step away, the DC 2 steps;
        // Berkeley is short 10 and the DC is 1 step away, San Leandro 2: optimal cost 18 + 10 steps
        assertEquals(2, plan.suggestions().size(), plan.suggestions().toString());
        TransferSuggestion toOak = find(plan, "SL", "OAK", "MILK");
        assertEquals(18, toOak.quantity());
        assertEquals(SuggestionKind.TRANSFER, toOak.kind());
        assertEquals(KM, toOak.distanceKm(), 1e-9);
        assertEquals(18 * KM * 0.018, toOak.cost(), 1e-5);
        assertTrue(
                toOak.reason()
                        .startsWith("18 units, 1.2 days of cover → 3.0 days, avoids ~8.0 lost sales (≈ 4.00) for 3.60"
                                + " transport. Oakland MFC: 1.2 days of cover vs 3.0 target; San Leandro dark store:"
                                + " 11.0 days of cover vs 4.0 max"),
                toOak.reason());
        TransferSuggestion toBrk = find(plan, "DC", "BRK", "MILK");
        assertEquals(10, toBrk.quantity());
        assertEquals(SuggestionKind.REPLENISHMENT, toBrk.kind());
        assertTrue(toBrk.reason().contains("Hayward DC: 1000 units free at the DC"), toBrk.reason());
        assertEquals(28, plan.summary().unitsMoved());
        assertEquals(28 * KM * 0.018, plan.summary().transportCost(), 1e-5);
        // Oakland needs 2 days x 10 = 20 before its next replenishment and has 12: a stockout the plan avoids
        assertEquals(1, plan.summary().stockoutsBefore());
        assertEquals(0, plan.summary().stockoutsAfter());
    }

    @Test
    void aNodeReceivesNoMoreThanItsFreeRoomAndAItemsComeFirst() {
        Node small = node("OAK", "Oakland MFC", NodeType.MICRO_FULFILLMENT_CENTER, 0.2, 40L);
        RebalancingPlan plan = engine(0)
                .plan(
                        List.of(DC, small),
                        List.of(sku("A1", TemperatureClass.AMBIENT), sku("C1", TemperatureClass.AMBIENT)),
                        List.of(
                                stock("DC", "A1", 500, 0, 0),
                                stock("DC", "C1", 500, 0, 0),
                                stock("OAK", "A1", 10, 0, 0),
                                stock("OAK", "C1", 10, 0, 0)),
                        targets(
                                target("DC", "A1", AbcClass.A, 0, 0, 0, 1),
                                target("DC", "C1", AbcClass.C, 0, 0, 0, 1),
                                target("OAK", "A1", AbcClass.A, 5, 25, 30, 1),
                                target("OAK", "C1", AbcClass.C, 5, 25, 30, 1)));
        // 20 units held, 40 capacity: 20 free. A1 wants 15 and gets it; C1 wants 15 and gets the last 5
        assertEquals(15, find(plan, "DC", "OAK", "A1").quantity());
        assertEquals(5, find(plan, "DC", "OAK", "C1").quantity());
    }

    @Test
    void stockARuleKeepsOutOfANodeGoesWhereItIsShort() {
        RebalancingPlan plan = engine(0)
                .plan(
                        List.of(SL, OAK),
                        List.of(sku("PEAS", TemperatureClass.FROZEN)),
                        List.of(stock("SL", "PEAS", 30, 0, 0), stock("OAK", "PEAS", 0, 0, 0)),
                        targets(notStocked("SL", "PEAS"), target("OAK", "PEAS", AbcClass.B, 4, 12, 20, 1)));
        TransferSuggestion s = find(plan, "SL", "OAK", "PEAS");
        assertEquals(12, s.quantity());
        assertTrue(s.reason().contains("rule 'central only' (CENTRALISE) does not stock it there"), s.reason());
    }

    @Test
    void leavesAShortageWhenMovingStockCostsMoreThanThePenalty() {
        Node far = node("FAR", "Far MFC", NodeType.MICRO_FULFILLMENT_CENTER, 20.0, null); // ~2,200 km away
        RebalancingPlan plan = engine(0)
                .plan(
                        List.of(DC, far),
                        List.of(sku("MILK", TemperatureClass.AMBIENT)),
                        List.of(stock("DC", "MILK", 100, 0, 0)),
                        targets(
                                target("DC", "MILK", AbcClass.A, 0, 0, 0, 1),
                                target("FAR", "MILK", AbcClass.A, 2, 10, 14, 1)));
        assertEquals(0, plan.suggestions().size());
        assertEquals(
                10 * RebalancingSettings.DEFAULT.shortagePenaltyPerUnit(),
                plan.summary().shortagePenaltyCost(),
                1e-9);
    }

    @Test
    void theShipmentHeuristicFoldsATinyLaneIntoAnOpenOneAndReportsTheCost() {
        // Oakland gets 50 MILK from the DC (no other source). It also needs 2 BREAD, which San
        // Leandro has closer by; the DC has BREAD too. Exact: two lanes. With a fixed cost of 15 the
        // BREAD moves onto the DC lane: 2 units x 1 more step is far cheaper than a second shipment.
        List<Node> nodes = List.of(DC, SL, OAK);
        var skus = List.of(sku("MILK", TemperatureClass.AMBIENT), sku("BREAD", TemperatureClass.AMBIENT));
        var stock = List.of(
                stock("DC", "MILK", 500, 0, 0),
                stock("DC", "BREAD", 500, 0, 0),
                stock("SL", "BREAD", 60, 0, 0),
                stock("OAK", "MILK", 0, 0, 0),
                stock("OAK", "BREAD", 8, 0, 0));
        var plan = targets(
                target("DC", "MILK", AbcClass.A, 0, 0, 0, 1),
                target("DC", "BREAD", AbcClass.A, 0, 0, 0, 1),
                target("SL", "MILK", AbcClass.A, 0, 0, 0, 1),
                target("SL", "BREAD", AbcClass.A, 5, 20, 40, 1),
                target("OAK", "MILK", AbcClass.A, 10, 50, 70, 1),
                target("OAK", "BREAD", AbcClass.A, 2, 10, 14, 1));
        RebalancingPlan exact = engine(0).plan(nodes, skus, stock, plan);
        assertEquals(2, exact.summary().shipments());
        assertEquals(2, find(exact, "SL", "OAK", "BREAD").quantity());

        RebalancingPlan consolidated = engine(15).plan(nodes, skus, stock, plan);
        assertEquals(2, consolidated.summary().exactShipments());
        assertEquals(1, consolidated.summary().shipments());
        assertEquals(2, find(consolidated, "DC", "OAK", "BREAD").quantity());
        assertEquals(50, find(consolidated, "DC", "OAK", "MILK").quantity());
        assertTrue(consolidated.summary().totalCost() < consolidated.summary().exactTotalCost());
        assertEquals(52 * 2 * KM * 0.010 + 15, consolidated.summary().totalCost(), 1e-5);
    }
}
