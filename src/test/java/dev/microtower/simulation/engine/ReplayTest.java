package dev.microtower.simulation.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.core.Cancellation;
import dev.microtower.core.NodeCode;
import dev.microtower.core.OrderCode;
import dev.microtower.core.Progress;
import dev.microtower.core.SkuCode;
import dev.microtower.network.domain.NodeStatus;
import dev.microtower.network.domain.NodeType;
import dev.microtower.network.domain.SlaTier;
import dev.microtower.simulation.domain.Decision;
import dev.microtower.simulation.domain.LostLine;
import dev.microtower.simulation.domain.Measure;
import dev.microtower.simulation.domain.Policy;
import dev.microtower.simulation.domain.SimulationResult;
import dev.microtower.simulation.domain.SimulationSettings;
import dev.microtower.simulation.domain.SupplyTerms;
import dev.microtower.simulation.domain.SupplyTerms.Source;
import dev.microtower.simulation.domain.Unfilled;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-checked replays of a few days: stock falls, replenishment arrives after its lead time, DCs restock. */
class ReplayTest {
    private static final SimulationSettings NEAREST = SimulationSettings.of(Policy.NEAREST);

    /** A DC 11 km north that only replenishes; site A beside the customer, replenished from it. */
    private static World dcAndSite(long atDc, long atSite, long target, double leadDays) {
        return new World()
                .site("DC", NodeType.REGIONAL_DC, NodeStatus.ACTIVE, 37.1, -122.0, 5, null, null)
                .site("A", NodeType.MICRO_FULFILLMENT_CENTER, NodeStatus.ACTIVE, 37.01, -122.0, 2, "DC", leadDays)
                .zone("A", SlaTier.SAME_DAY, 37.0, -122.0, 0.05)
                .stock("DC", "S1", atDc)
                .stock("A", "S1", atSite)
                .target("A", "S1", target)
                .ops("DC", null, null, 100.0, 7);
    }

    private static SimulationResult replay(World w, SimulationSettings s) {
        return Replay.run(w.inputs(), s, Progress.NONE, Cancellation.none());
    }

    private static List<String> lostOrders(SimulationResult r) {
        return r.lostLines().stream().map(l -> l.order().value()).toList();
    }

    @Test
    void replenishmentOrderedAtTheEndOfADayArrivesAfterTheSitesLeadTime() {
        World w = dcAndSite(10, 0, 3, 2.0);
        for (int day = 0; day < 4; day++) {
            w.order("O" + day, day, 9, 30.0, 37.0, -122.0, "S1", 1);
        }
        SimulationResult r = replay(w, NEAREST);
        // ordered at the end of day 0, 2 days on the road: on the shelf from day 2
        assertEquals(List.of("O0", "O1"), lostOrders(r));
        assertEquals(2, r.network().get(Measure.ORDERS_FILLED));
        // 3 units after day 0, then 1 after each of days 2 and 3 (back up to 3 on the shelf and on the
        // road), each over 10.0 km at 0.002 per unit and km, paid when sent
        assertEquals(5 * 10.0075 * 0.002, r.bySite().get(NodeCode.of("A")).get(Measure.REPLENISHMENT_COST), 1e-3);
    }

    @Test
    void aSourceShipsOnlyTheStockItHas() {
        World w = dcAndSite(2, 0, 5, 1.0);
        for (int day = 1; day < 5; day++) {
            w.order("O" + day, day, 9, 30.0, 37.0, -122.0, "S1", 1);
        }
        SimulationResult r = replay(w, NEAREST);
        assertEquals(List.of("O3", "O4"), lostOrders(r), "the DC had 2 units and its vendor is 100 days away");
    }

    @Test
    void aRegionalDcIsRestockedFromItsVendorsOnItsReviewDays() {
        World w = new World()
                .site("DC", NodeType.REGIONAL_DC, NodeStatus.ACTIVE, 37.01, -122.0, 5, null, null)
                .zone("DC", SlaTier.REPLENISHMENT_HUB, 37.0, -122.0, 0.5)
                .stock("DC", "S1", 1)
                .ops("DC", null, null, 1.0, 3);
        for (int day = 0; day < 5; day++) {
            w.order("O" + day, day, 9, 40.0, 37.0, -122.0, "S1", 1);
        }
        SimulationResult r = replay(w, NEAREST);
        // level 1: reviews on days 0 and 3, each order arrives the next day
        assertEquals(List.of("O2", "O3"), lostOrders(r));
    }

    @Test
    void stockInTransitAtTheStartArrivesAfterTheLeadTime() {
        World w = dcAndSite(0, 0, 0, 1.0).inTransit("A", "S1", 1);
        w.order("O0", 0, 9, 30.0, 37.0, -122.0, "S1", 1).order("O1", 1, 9, 30.0, 37.0, -122.0, "S1", 1);
        assertEquals(List.of("O0"), lostOrders(replay(w, NEAREST)));
    }

    @Test
    void aBackorderedLineShipsLateOnceStockArrivesWhereALostOneIsGone() {
        World w = dcAndSite(10, 0, 1, 1.0)
                .order("O0", 0, 9, 30.0, 37.0, -122.0, "S1", 1)
                .days(3);
        SimulationResult lost = replay(w, NEAREST);
        assertEquals(0, lost.network().get(Measure.ORDERS_FILLED));
        assertEquals(1, lost.lostLineCount());

        SimulationResult backordered = replay(w, NEAREST.withUnfilled(Unfilled.BACKORDERED));
        assertEquals(1, backordered.network().get(Measure.ORDERS_FILLED));
        assertEquals(0, backordered.network().get(Measure.ORDERS_ON_TIME));
        assertEquals(0, backordered.lostLineCount());
        assertEquals(1, backordered.lateOrderCount());
    }

    @Test
    void stockFallsAsOrdersAreFilledAndEmptyShelvesCountAsStockoutDays() {
        World w = dcAndSite(0, 2, 2, 1.0);
        w.order("O0", 0, 9, 30.0, 37.0, -122.0, "S1", 2).order("O1", 0, 10, 30.0, 37.0, -122.0, "S1", 1);
        SimulationResult r = replay(w, NEAREST);
        assertEquals(List.of("O1"), lostOrders(r));
        LostLine line = r.lostLines().get(0);
        assertEquals("A", line.homeSite().value());
        assertEquals(1, r.network().get(Measure.STOCKED_SKU_DAYS));
        assertEquals(1, r.network().get(Measure.OUT_OF_STOCK_SKU_DAYS));
        assertEquals(0, r.network().get(Measure.STOCK_UNIT_DAYS));
        assertTrue(r.network().get(Measure.FIXED_COST) == 20.0, "two open sites at 10 a day");
    }

    /**
     * A DC that ships to the customer itself, with one unit of a dairy and a frozen SKU and vendors
     * one day away, ordered from every day; frozen food comes from a vendor 4 days away.
     */
    private static World dcWithFrozenFromAFarVendor() {
        World w = new World()
                .site("DC", NodeType.REGIONAL_DC, NodeStatus.ACTIVE, 37.01, -122.0, 5, null, null)
                .zone("DC", SlaTier.REPLENISHMENT_HUB, 37.0, -122.0, 0.5)
                .stock("DC", "MILK", 1)
                .stock("DC", "PEAS", 1)
                .category("MILK", "Dairy")
                .category("PEAS", "Frozen")
                .ops("DC", null, null, 1.0, 1)
                .categorySupply("DC", "Frozen", 4.0, null);
        for (int day = 0; day < 5; day++) {
            w.order("M" + day, day, 9, 40.0, 37.0, -122.0, "MILK", 1);
            w.order("P" + day, day, 10, 40.0, 37.0, -122.0, "PEAS", 1);
        }
        return w;
    }

    @Test
    void aCategoryWithALongerVendorLeadTimeDrainsFirst() {
        SimulationResult r = replay(dcWithFrozenFromAFarVendor(), NEAREST);
        // milk: sold each day, reordered each evening, back the next morning; peas: sold on day 0,
        // reordered that evening, back on day 4, so the orders of days 1 to 3 find none
        assertEquals(List.of("P1", "P2", "P3"), lostOrders(r));
    }

    @Test
    void withoutTheCategorySettingTheDcsOwnLeadTimeServesEveryCategory() {
        World w = dcWithFrozenFromAFarVendor();
        w.categorySupply.clear();
        assertEquals(List.of(), lostOrders(replay(w, NEAREST)));
    }

    @Test
    void aCategorySettingBeatsTheDcsWhichBeatsTheDefault() {
        World w = dcWithFrozenFromAFarVendor()
                .site("DC2", NodeType.REGIONAL_DC, NodeStatus.ACTIVE, 38.0, -122.0, 5, null, null)
                .categorySupply("DC", "Dairy", null, 3);
        SupplyTerms frozen = w.inputs().supplyTerms(NodeCode.of("DC"), SkuCode.of("PEAS"));
        assertEquals(new SupplyTerms(4.0, Source.CATEGORY, 1, Source.SITE), frozen);
        SupplyTerms dairy = w.inputs().supplyTerms(NodeCode.of("DC"), SkuCode.of("MILK"));
        assertEquals(new SupplyTerms(1.0, Source.SITE, 3, Source.CATEGORY), dairy);
        SupplyTerms elsewhere = w.inputs().supplyTerms(NodeCode.of("DC2"), SkuCode.of("PEAS"));
        assertEquals(new SupplyTerms(3.0, Source.DEFAULT, 7, Source.DEFAULT), elsewhere);
    }

    @Test
    void theDecisionSaysWhichVendorLeadTimeRestocksEachLine() {
        World w = dcWithFrozenFromAFarVendor();
        Decision d = Replay.explain(w.inputs(), NEAREST, OrderCode.of("P2"), Cancellation.none())
                .orElseThrow();
        assertEquals(
                List.of("Frozen at DC: vendor lead time 4 days (set for the category at this DC),"
                        + " ordered every 1 day (the DC's setting)"),
                d.restock());
        Decision milk = Replay.explain(w.inputs(), NEAREST, OrderCode.of("M2"), Cancellation.none())
                .orElseThrow();
        assertEquals(
                List.of(
                        "Dairy at DC: vendor lead time 1 day (the DC's setting), ordered every 1 day (the DC's setting)"),
                milk.restock());
    }
}
