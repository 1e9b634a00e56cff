package dev.microtower.simulation.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.core.Cancellation;
import dev.microtower.core.NodeCode;
import dev.microtower.core.Progress;
import dev.microtower.core.SkuCode;
import dev.microtower.network.domain.NodeStatus;
import dev.microtower.network.domain.NodeType;
import dev.microtower.network.domain.SlaTier;
import dev.microtower.orders.domain.Order;
import dev.microtower.orders.domain.OrderLine;
import dev.microtower.simulation.domain.Bound;
import dev.microtower.simulation.domain.Measure;
import dev.microtower.simulation.domain.Policy;
import dev.microtower.simulation.domain.RoutingWeights;
import dev.microtower.simulation.domain.Shipment;
import dev.microtower.simulation.domain.SimulationInputs;
import dev.microtower.simulation.domain.SimulationResult;
import dev.microtower.simulation.domain.SimulationSettings;
import dev.microtower.simulation.domain.SuppliedStock;
import dev.microtower.simulation.domain.Totals;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Properties over seeded random small networks: no site ships more than it had, the sites' figures
 * add up to the network's, the clairvoyant bound is never above any policy's cost, and a replay is
 * deterministic.
 */
class ReplayPropertiesTest {
    private static final String[] SKUS = {"S1", "S2", "S3", "S4", "S5", "S6"};

    static World random(long seed) {
        Random rnd = new Random(seed);
        World w = new World();
        w.site("DC", NodeType.REGIONAL_DC, NodeStatus.ACTIVE, 37.3, -122.0, 5, null, null)
                .zone("DC", SlaTier.REPLENISHMENT_HUB, 37.0, -122.0, 0.6)
                .ops("DC", 40 + rnd.nextInt(40), null, 1.0 + rnd.nextInt(3), 1 + rnd.nextInt(5));
        int sites = 2 + rnd.nextInt(5);
        for (int s = 0; s < sites; s++) {
            String code = "M" + s;
            double lat = 37.0 + rnd.nextGaussian() * 0.1;
            double lon = -122.0 + rnd.nextGaussian() * 0.1;
            NodeStatus status = rnd.nextInt(8) == 0 ? NodeStatus.PLANNED : NodeStatus.ACTIVE;
            w.site(code, NodeType.MICRO_FULFILLMENT_CENTER, status, lat, lon, 1 + rnd.nextInt(5), "DC", (double)
                    (1 + rnd.nextInt(3)));
            w.zone(code, SlaTier.SAME_DAY, lat, lon, 0.05 + rnd.nextDouble() * 0.1);
            w.zone(code, SlaTier.NEXT_DAY, lat, lon, 0.15 + rnd.nextDouble() * 0.2);
            w.ops(code, 3 + rnd.nextInt(10), 10.0 + rnd.nextInt(10), null, null);
            for (String sku : SKUS) {
                if (rnd.nextInt(3) > 0) {
                    w.stock(code, sku, rnd.nextInt(8));
                    w.target(code, sku, rnd.nextInt(6));
                }
            }
        }
        for (String sku : SKUS) {
            w.stock("DC", sku, rnd.nextInt(40));
            w.target("DC", sku, rnd.nextInt(20));
        }
        w.pickup("P1", 37.0, -122.0, "M0");
        int days = 3 + rnd.nextInt(8);
        int orders = 20 + rnd.nextInt(200);
        for (int i = 0; i < orders; i++) {
            int lines = 1 + rnd.nextInt(3);
            List<Object> skuQty = new ArrayList<>();
            List<Integer> picked = new ArrayList<>();
            for (int l = 0; l < lines; l++) {
                int j = rnd.nextInt(SKUS.length);
                if (!picked.contains(j)) {
                    picked.add(j);
                    skuQty.add(SKUS[j]);
                    skuQty.add(1 + rnd.nextInt(3));
                }
            }
            double lat = rnd.nextInt(10) == 0 ? 37.0 : 37.0 + rnd.nextGaussian() * 0.2;
            double lon = rnd.nextInt(10) == 0 ? -122.0 : -122.0 + rnd.nextGaussian() * 0.2;
            Double promise = rnd.nextInt(4) == 0 ? null : (double) (4 + rnd.nextInt(40));
            w.order(
                    String.format("O%04d", i),
                    rnd.nextInt(days),
                    rnd.nextDouble() * 24,
                    promise,
                    lat,
                    lon,
                    skuQty.toArray());
        }
        return w.days(days);
    }

    private static final List<SimulationSettings> POLICIES = List.of(
            SimulationSettings.of(Policy.NEAREST),
            SimulationSettings.of(Policy.FEWEST_SPLITS),
            SimulationSettings.of(Policy.LOWEST_COST),
            SimulationSettings.DEFAULT.withWeights("mixed", new RoutingWeights(0.5, 1, 3, 4)));

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void noSiteShipsMoreOfASkuThanItHadOverThePeriod(long seed) {
        SimulationInputs in = random(seed).inputs();
        Map<String, Order> byCode = new HashMap<>();
        in.orders().forEach(o -> byCode.put(o.code().value(), o));
        for (SimulationSettings s : POLICIES) {
            Map<String, Long> shipped = new HashMap<>();
            SimulationResult r = Replay.run(in, s, Progress.NONE, Cancellation.none(), d -> {
                for (Shipment sh : d.shipments()) {
                    for (OrderLine line : byCode.get(d.order().value()).lines()) {
                        if (sh.skus().contains(line.sku())) {
                            shipped.merge(
                                    sh.site().value() + "/" + line.sku().value(), (long) line.quantity(), Long::sum);
                        }
                    }
                }
            });
            SuppliedStock supplied = r.supplied();
            long total = 0;
            for (var e : shipped.entrySet()) {
                String[] key = e.getKey().split("/");
                int i = supplied.sites().indexOf(NodeCode.of(key[0]));
                int j = supplied.skus().indexOf(SkuCode.of(key[1]));
                assertTrue(
                        e.getValue() <= supplied.units()[i * supplied.skus().size() + j],
                        e.getKey() + " shipped " + e.getValue() + " (seed " + seed + ", " + s.policyName() + ")");
                total += e.getValue();
            }
            assertEquals(r.network().get(Measure.UNITS_FILLED), total, 1e-9);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void theSitesFiguresAddUpToTheNetworks(long seed) {
        SimulationInputs in = random(seed).inputs();
        int orders = 0;
        long units = 0;
        for (Order o : in.orders()) {
            orders++;
            units += o.units();
        }
        SimulationResult r = Replay.run(in, SimulationSettings.DEFAULT, Progress.NONE, Cancellation.none());
        Totals sum = r.outsideZones();
        for (Totals site : r.bySite().values()) {
            sum = sum.plus(site);
        }
        Totals days = Totals.empty(r.network().days());
        for (var d : r.byDay()) {
            days = days.plus(d.totals());
        }
        for (Measure m : Measure.values()) {
            assertEquals(r.network().get(m), sum.get(m), 1e-6, m + " over the sites");
            assertEquals(r.network().get(m), days.get(m), 1e-6, m + " over the days");
        }
        assertEquals(orders, r.network().get(Measure.ORDERS));
        assertEquals(units, r.network().get(Measure.UNITS));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
    void theClairvoyantBoundIsNeverAboveAnyPolicysCost(long seed) {
        SimulationInputs in = random(seed).inputs();
        List<SimulationResult> results = new ArrayList<>();
        for (SimulationSettings s : POLICIES) {
            results.add(Replay.run(in, s, Progress.NONE, Cancellation.none()));
        }
        SuppliedStock supplied = results.get(0).supplied();
        for (SimulationResult r : results) {
            supplied = supplied.max(r.supplied());
        }
        Bound bound =
                ClairvoyantBound.compute(in, SimulationSettings.DEFAULT, supplied, Progress.NONE, Cancellation.none());
        assertTrue(bound.cost() > 0);
        for (SimulationResult r : results) {
            assertTrue(
                    bound.cost() <= r.fulfilmentCost() + 1e-6,
                    "bound " + bound.cost() + " above " + r.settings().policyName() + " " + r.fulfilmentCost()
                            + " (seed " + seed + ")");
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {3, 9})
    void theSameInputsGiveTheSameReplay(long seed) {
        SimulationInputs in = random(seed).inputs();
        SimulationInputs again = random(seed).inputs();
        SimulationResult a = Replay.run(in, SimulationSettings.DEFAULT, Progress.NONE, Cancellation.none());
        SimulationResult b = Replay.run(again, SimulationSettings.DEFAULT, Progress.NONE, Cancellation.none());
        assertEquals(a.network(), b.network());
        assertEquals(a.bySite(), b.bySite());
        assertEquals(a.byDay(), b.byDay());
        assertEquals(a.lostLines(), b.lostLines());
        assertEquals(a.lateOrders(), b.lateOrders());
        assertTrue(a.network().get(Measure.SHIPMENTS) > 0);
    }
}
