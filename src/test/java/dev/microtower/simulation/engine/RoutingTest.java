package dev.microtower.simulation.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.core.Cancellation;
import dev.microtower.core.NodeCode;
import dev.microtower.core.Progress;
import dev.microtower.network.domain.NodeStatus;
import dev.microtower.network.domain.NodeType;
import dev.microtower.network.domain.SlaTier;
import dev.microtower.simulation.domain.Candidate;
import dev.microtower.simulation.domain.Decision;
import dev.microtower.simulation.domain.Fence;
import dev.microtower.simulation.domain.FenceCheck;
import dev.microtower.simulation.domain.Measure;
import dev.microtower.simulation.domain.Policy;
import dev.microtower.simulation.domain.RoutingWeights;
import dev.microtower.simulation.domain.Shipment;
import dev.microtower.simulation.domain.SimulationResult;
import dev.microtower.simulation.domain.SimulationSettings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hand-checked cases: each fence rejects a site with its reason, and each rating decides a choice. */
class RoutingTest {
    private static final SimulationSettings NEAREST = SimulationSettings.of(Policy.NEAREST);

    /** Two sites 1.1 km (A) and 2.2 km (B) north of the customer at (37.0, -122.0), both zones covering it. */
    private static World twoSites() {
        return new World()
                .mfc("A", 37.01, -122.0)
                .mfc("B", 37.02, -122.0)
                .zone("A", SlaTier.SAME_DAY, 37.0, -122.0, 0.05)
                .zone("B", SlaTier.SAME_DAY, 37.0, -122.0, 0.05)
                .stock("A", "S1", 10)
                .stock("B", "S1", 10);
    }

    private static Map<String, Decision> decide(World w, SimulationSettings settings) {
        Map<String, Decision> decisions = new LinkedHashMap<>();
        Replay.run(
                w.inputs(),
                settings,
                Progress.NONE,
                Cancellation.none(),
                d -> decisions.put(d.order().value(), d));
        return decisions;
    }

    private static List<String> sitesOf(Decision d) {
        return d.shipments().stream().map(s -> s.site().value()).toList();
    }

    private static FenceCheck failed(Decision d, String site) {
        Candidate c = d.candidates().stream()
                .filter(x -> x.site().equals(NodeCode.of(site)))
                .findFirst()
                .orElseThrow();
        assertFalse(c.passed(), site + " should have been rejected");
        return c.checks().get(c.checks().size() - 1);
    }

    @Test
    void aSiteThatIsNotOpenIsRejectedWithItsStatus() {
        World w = new World()
                .site("A", NodeType.MICRO_FULFILLMENT_CENTER, NodeStatus.DISRUPTED, 37.01, -122.0, 2, null, null)
                .mfc("B", 37.02, -122.0)
                .zone("A", SlaTier.SAME_DAY, 37.0, -122.0, 0.05)
                .zone("B", SlaTier.SAME_DAY, 37.0, -122.0, 0.05)
                .stock("A", "S1", 10)
                .stock("B", "S1", 10)
                .order("O1", 0, 9, 8.0, 37.0, -122.0, "S1", 1);
        Decision d = decide(w, NEAREST).get("O1");
        assertEquals(List.of("B"), sitesOf(d));
        FenceCheck check = failed(d, "A");
        assertEquals(Fence.OPEN, check.fence());
        assertEquals("the site is disrupted", check.reason());
    }

    @Test
    void aSameDayOrderSkipsASiteWhoseZoneForTheCustomerIsOnlyNextDay() {
        World w = twoSites();
        w.zones.clear();
        w.zone("A", SlaTier.NEXT_DAY, 37.0, -122.0, 0.05).zone("B", SlaTier.SAME_DAY, 37.0, -122.0, 0.05);
        w.order("SAME", 0, 9, 8.0, 37.0, -122.0, "S1", 1).order("NEXT", 0, 9, 30.0, 37.0, -122.0, "S1", 1);
        Map<String, Decision> d = decide(w, NEAREST);
        assertEquals(List.of("B"), sitesOf(d.get("SAME")));
        assertEquals(Fence.ZONE, failed(d.get("SAME"), "A").fence());
        assertTrue(failed(d.get("SAME"), "A").reason().contains("promised the same day"));
        assertEquals(List.of("A"), sitesOf(d.get("NEXT")), "a next-day promise may use the next-day zone");
    }

    @Test
    void aSameDayOrderPlacedAfterASitesCutOffGoesToASiteWithALaterCutOff() {
        World w = twoSites().ops("A", null, 14.0, null, null).ops("B", null, 18.0, null, null);
        w.order("LATE", 0, 16, 6.0, 37.0, -122.0, "S1", 1).order("EARLY", 0, 10, 6.0, 37.0, -122.0, "S1", 1);
        Map<String, Decision> d = decide(w, NEAREST);
        assertEquals(List.of("A"), sitesOf(d.get("EARLY")));
        assertEquals(List.of("B"), sitesOf(d.get("LATE")));
        FenceCheck check = failed(d.get("LATE"), "A");
        assertEquals(Fence.CUTOFF, check.fence());
        assertEquals("placed at 16:00, after the same-day cut-off 14:00", check.reason());
    }

    @Test
    void aSameDayOrderNoSiteCanMakeInTimeIsSentForTheNextDayAndIsLate() {
        World w = twoSites().ops("A", null, 14.0, null, null).ops("B", null, 14.0, null, null);
        w.order("LATE", 0, 16, 6.0, 37.0, -122.0, "S1", 1);
        Map<String, Decision> d = decide(w, NEAREST);
        assertEquals(List.of("A"), sitesOf(d.get("LATE")));
        assertTrue(d.get("LATE").note().contains("next day"), d.get("LATE").note());
        SimulationResult r = Replay.run(w.inputs(), NEAREST, Progress.NONE, Cancellation.none());
        assertEquals(1, r.network().get(Measure.ORDERS_FILLED));
        assertEquals(0, r.network().get(Measure.ORDERS_ON_TIME));
        assertEquals(1, r.lateOrderCount());
    }

    @Test
    void aSiteWhoseOrdersPerDayAreUsedUpIsRejectedUntilTheNextDay() {
        World w = twoSites().ops("A", 1, null, null, null);
        w.order("O1", 0, 9, 30.0, 37.0, -122.0, "S1", 1)
                .order("O2", 0, 10, 30.0, 37.0, -122.0, "S1", 1)
                .order("O3", 1, 9, 30.0, 37.0, -122.0, "S1", 1);
        Map<String, Decision> d = decide(w, NEAREST);
        assertEquals(List.of("A"), sitesOf(d.get("O1")));
        assertEquals(List.of("B"), sitesOf(d.get("O2")));
        assertEquals(Fence.CAPACITY, failed(d.get("O2"), "A").fence());
        assertEquals("already 1 of 1 orders today", failed(d.get("O2"), "A").reason());
        assertEquals(List.of("A"), sitesOf(d.get("O3")), "the count starts again each day");
    }

    @Test
    void aSiteWithoutTheStockIsRejectedAndSplitsAreUsedOnlyWhenAllowed() {
        World w = new World()
                .mfc("A", 37.01, -122.0)
                .mfc("B", 37.02, -122.0)
                .mfc("C", 37.03, -122.0)
                .zone("A", SlaTier.SAME_DAY, 37.0, -122.0, 0.05)
                .zone("B", SlaTier.SAME_DAY, 37.0, -122.0, 0.05)
                .zone("C", SlaTier.SAME_DAY, 37.0, -122.0, 0.05)
                .stock("A", "S1", 5)
                .stock("B", "S2", 5)
                .stock("C", "S9", 5)
                .order("O1", 0, 9, 30.0, 37.0, -122.0, "S1", 1, "S2", 1);
        Decision split = decide(w, NEAREST).get("O1");
        assertEquals(List.of("A", "B"), sitesOf(split));
        assertEquals(Fence.STOCK, failed(split, "C").fence());
        assertEquals("has none of the 2 lines in stock", failed(split, "C").reason());

        Decision whole = decide(w, NEAREST.withSplitsAllowed(false)).get("O1");
        assertEquals(List.of(), sitesOf(whole));
        assertEquals(
                "has only 1 of 2 lines and splits are not allowed",
                failed(whole, "A").reason());
        assertTrue(whole.note().contains("2 line(s) lost"), whole.note());
    }

    @Test
    void theDistanceRatingPicksTheNearestSite() {
        World w = twoSites().order("O1", 0, 9, 30.0, 37.0, -122.0, "S1", 1);
        Decision d = decide(w, NEAREST).get("O1");
        assertEquals(List.of("A"), sitesOf(d));
        Candidate a = d.candidates().get(0);
        Candidate b = d.candidates().get(1);
        assertEquals(1.11, a.distanceKm(), 0.01);
        assertEquals(a.distanceKm(), a.score(), 1e-9); // distance weight 1, nothing else
        assertTrue(b.score() > a.score());
    }

    @Test
    void theCostRatingPicksTheCheaperSiteEvenWhenFarther() {
        World w = new World()
                .site("A", NodeType.MICRO_FULFILLMENT_CENTER, NodeStatus.ACTIVE, 37.01, -122.0, 6.0, null, null)
                .site("B", NodeType.MICRO_FULFILLMENT_CENTER, NodeStatus.ACTIVE, 37.02, -122.0, 2.0, null, null)
                .zone("A", SlaTier.SAME_DAY, 37.0, -122.0, 0.05)
                .zone("B", SlaTier.SAME_DAY, 37.0, -122.0, 0.05)
                .stock("A", "S1", 5)
                .stock("B", "S1", 5)
                .order("O1", 0, 9, 30.0, 37.0, -122.0, "S1", 1);
        assertEquals(List.of("A"), sitesOf(decide(w, NEAREST).get("O1")));
        Decision d = decide(w, SimulationSettings.of(Policy.LOWEST_COST)).get("O1");
        assertEquals(List.of("B"), sitesOf(d));
        // handling 2.00 + 0.60 per km x 2.22 km
        assertEquals(2.0 + 0.6 * 2.2239, d.candidates().get(1).score(), 0.01);
        Shipment s = d.shipments().get(0);
        assertEquals(2.0 + 0.6 * s.distanceKm(), s.cost(), 1e-9);
    }

    @Test
    void theSplitRatingPrefersOneSiteWithEveryLineOverANearerPartialOne() {
        World w = new World()
                .mfc("A", 37.01, -122.0)
                .mfc("B", 37.02, -122.0)
                .zone("A", SlaTier.SAME_DAY, 37.0, -122.0, 0.05)
                .zone("B", SlaTier.SAME_DAY, 37.0, -122.0, 0.05)
                .stock("A", "S1", 5)
                .stock("B", "S1", 5)
                .stock("B", "S2", 5)
                .order("O1", 0, 9, 30.0, 37.0, -122.0, "S1", 1, "S2", 1);
        assertEquals(List.of("A", "B"), sitesOf(decide(w, NEAREST).get("O1")));
        Decision d = decide(w, SimulationSettings.of(Policy.FEWEST_SPLITS)).get("O1");
        assertEquals(List.of("B"), sitesOf(d));
        assertEquals(1.11 + 1000 * 0.5, d.candidates().get(0).score(), 0.01, "half the lines missing at A");
    }

    @Test
    void theWorkloadRatingSpreadsOrdersOverTheSites() {
        World w = twoSites().ops("A", 10, null, null, null).ops("B", 10, null, null, null);
        for (int i = 0; i < 4; i++) {
            w.order("O" + i, 0, 9 + i * 0.1, 30.0, 37.0, -122.0, "S1", 1);
        }
        SimulationSettings balance =
                SimulationSettings.DEFAULT.withWeights("balance", new RoutingWeights(0.001, 0, 0, 1));
        Map<String, Decision> d = decide(w, balance);
        assertEquals(List.of("A"), sitesOf(d.get("O0")));
        assertEquals(List.of("B"), sitesOf(d.get("O1")), "A is 10% used, B idle");
        assertEquals(List.of("A"), sitesOf(d.get("O2")));
        assertEquals(List.of("B"), sitesOf(d.get("O3")));
    }

    @Test
    void anOrderAtAPickupPointGoesToTheSiteThatServesIt() {
        World w = twoSites().pickup("P1", 37.0, -122.0, "B").order("O1", 0, 9, 30.0, 37.0, -122.0, "S1", 1);
        Decision d = decide(w, NEAREST).get("O1");
        assertEquals(List.of("B"), sitesOf(d));
        assertEquals(NodeCode.of("P1"), d.pickupPoint());
        assertEquals(1, d.candidates().size());
        assertEquals(
                "serves pickup point P1", d.candidates().get(0).checks().get(1).reason());
    }

    @Test
    void aCustomerInNoZoneIsNotServedAndCountedOutsideEveryZone() {
        World w = twoSites().order("FAR", 0, 9, 30.0, 38.0, -122.0, "S1", 1);
        Decision d = decide(w, NEAREST).get("FAR");
        assertEquals(List.of(), d.candidates());
        assertEquals("the customer lies in no delivery zone of any site", d.note());
        SimulationResult r = Replay.run(w.inputs(), NEAREST, Progress.NONE, Cancellation.none());
        assertEquals(1, r.outsideZones().get(Measure.ORDERS));
        assertEquals(0, r.network().get(Measure.ORDERS_FILLED));
        assertEquals(20.0, r.network().get(Measure.LOST_PENALTY), 1e-9);
    }
}
