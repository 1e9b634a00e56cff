package dev.microtower.simulation.engine;

import dev.microtower.core.Cancellation;
import dev.microtower.core.Parallel;
import dev.microtower.core.Progress;
import dev.microtower.orders.domain.Order;
import dev.microtower.orders.domain.OrderLine;
import dev.microtower.rebalancing.engine.TransportationProblem;
import dev.microtower.rebalancing.engine.TransportationSimplex;
import dev.microtower.rebalancing.engine.TransportationSolution;
import dev.microtower.simulation.domain.Bound;
import dev.microtower.simulation.domain.SimulationInputs;
import dev.microtower.simulation.domain.SimulationSettings;
import dev.microtower.simulation.domain.SuppliedStock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * A lower bound on any policy's fulfilment cost over the period, from one min-cost transportation
 * problem per SKU solved exactly ({@code rebalancing.engine.TransportationSimplex}).
 *
 * <p>It is a relaxation of what every replay must respect, so it can only be cheaper: all orders
 * are known at once (no timing); each site may ship, over the whole period, every unit it held at
 * the start or received during any of the replays compared ({@link SuppliedStock#max}); an order's
 * cost is spread over its units, so a split costs no more than its share (a real split pays
 * handling twice); a site may serve a customer in any of its zones, whatever the promise, and the
 * cut-off and daily order capacity are dropped. A unit no eligible site can supply costs the lost
 * penalty, exactly as in a replay. To keep the problems small, order lines of one SKU whose
 * customers lie in the same 0.1° cell (about 10 km) and may be served by the same sites are one sink, priced at
 * the cheapest member's cost per unit, which lowers the bound further but keeps it a bound.
 */
public final class ClairvoyantBound {
    private static final double CELL_DEGREES = 0.1;

    private ClairvoyantBound() {}

    private static final class Sink {
        final int[] sites;
        final long[] unitCost;
        long units;

        Sink(int[] sites) {
            this.sites = sites;
            this.unitCost = new long[sites.length];
            Arrays.fill(unitCost, Long.MAX_VALUE);
        }
    }

    /**
     * The period's orders gathered into one list of sinks per SKU, with the units no site could take:
     * everything the bound needs but the supplied stock, so it can be made while the replays that
     * give that stock run.
     */
    public static final class Demand {
        private final SimNetwork net;
        private final List<Map<SinkKey, Sink>> bySku;
        private final long penalty;
        private final long unmatched;
        private final long wanted;

        private Demand(SimNetwork net, List<Map<SinkKey, Sink>> bySku, long penalty, long unmatched, long wanted) {
            this.net = net;
            this.bySku = bySku;
            this.penalty = penalty;
            this.unmatched = unmatched;
            this.wanted = wanted;
        }
    }

    /** The cell and the eligible sites that make order lines of one SKU one sink. */
    private static final class SinkKey {
        private final long cellLat;
        private final long cellLon;
        private final int[] sites;
        private final int hash;

        SinkKey(long cellLat, long cellLon, int[] sites) {
            this.cellLat = cellLat;
            this.cellLon = cellLon;
            this.sites = sites;
            this.hash = (Long.hashCode(cellLat) * 31 + Long.hashCode(cellLon)) * 31 + Arrays.hashCode(sites);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof SinkKey k
                    && k.cellLat == cellLat
                    && k.cellLon == cellLon
                    && Arrays.equals(k.sites, sites);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** The bound of {@code in} for {@code supply}, on the calling thread alone. */
    public static Bound compute(
            SimulationInputs in,
            SimulationSettings settings,
            SuppliedStock supply,
            Progress progress,
            Cancellation cancellation) {
        return solve(demand(in, settings, cancellation), supply, Runnable::run, progress, cancellation);
    }

    /** Gathers the orders of {@code in}'s period into sinks per SKU; the first half of {@link #compute}. */
    public static Demand demand(SimulationInputs in, SimulationSettings settings, Cancellation cancellation) {
        SimNetwork net = new SimNetwork(in, settings);
        return demand(in, settings, net, SiteIndex.indexed(in.zones(), net.siteIndex, net.sites), cancellation);
    }

    /**
     * As {@link #demand(SimulationInputs, SimulationSettings, Cancellation)}, asking {@code zones}
     * (which must be {@code in}'s) which zones contain each customer: the same demand.
     */
    public static Demand demand(
            SimulationInputs in, SimulationSettings settings, CustomerZones zones, Cancellation cancellation) {
        SimNetwork net = new SimNetwork(in, settings);
        return demand(in, settings, net, Replay.zonesOf(in, zones).hits(net.siteIndex, net.sites), cancellation);
    }

    private static Demand demand(
            SimulationInputs in,
            SimulationSettings settings,
            SimNetwork net,
            ZoneHits index,
            Cancellation cancellation) {
        long penalty = TransportationProblem.toCostUnits(settings.lostUnitPenalty());
        long offset = in.offset().getTotalSeconds();
        long firstDay = in.firstDay().toEpochDay();
        int days = in.days();
        List<Map<SinkKey, Sink>> bySku = new ArrayList<>(net.skuCount);
        for (int j = 0; j < net.skuCount; j++) {
            bySku.add(new HashMap<>());
        }
        long unmatched = 0;
        long wanted = 0;
        long seen = 0;
        for (Order order : in.orders()) {
            if ((++seen & 4095) == 0) {
                cancellation.check();
            }
            long day = Math.floorDiv(order.createdAt().getEpochSecond() + offset, 86_400L) - firstDay;
            if (day < 0 || day >= days) {
                continue;
            }
            double lat = order.customer().lat();
            double lon = order.customer().lon();
            int[] eligible;
            int pickup = net.pickupOf(order);
            if (pickup >= 0) {
                int server = net.servedBy[pickup];
                eligible = net.open[server] ? new int[] {server} : new int[0];
            } else {
                index.lookup(order.customer());
                int[] e = new int[index.count()];
                int n = 0;
                for (int i = 0; i < index.count(); i++) {
                    if (net.open[index.site(i)]) {
                        e[n++] = index.site(i);
                    }
                }
                eligible = Arrays.copyOf(e, n);
            }
            long units = order.units();
            SinkKey key =
                    new SinkKey((long) Math.floor(lat / CELL_DEGREES), (long) Math.floor(lon / CELL_DEGREES), eligible);
            // the order's cost per unit from each eligible site is the same for all its lines
            long[] perUnit = null;
            for (OrderLine line : order.lines()) {
                wanted += line.quantity();
                int j = net.sku(line.sku());
                if (j < 0 || eligible.length == 0) {
                    unmatched += line.quantity();
                    continue;
                }
                if (perUnit == null) {
                    perUnit = new long[eligible.length];
                    for (int e = 0; e < eligible.length; e++) {
                        int site = eligible[e];
                        double orderCost =
                                net.handling[site] + settings.lastMileCostPerKm() * net.distanceKm(site, lat, lon);
                        perUnit[e] =
                                (long) Math.floor(orderCost / units * TransportationProblem.COST_UNITS_PER_CURRENCY);
                    }
                }
                Sink sink = bySku.get(j).computeIfAbsent(key, x -> new Sink(eligible));
                sink.units += line.quantity();
                for (int e = 0; e < eligible.length; e++) {
                    sink.unitCost[e] = Math.min(sink.unitCost[e], perUnit[e]);
                }
            }
        }
        return new Demand(net, bySku, penalty, unmatched, wanted);
    }

    /**
     * Solves {@code demand}'s problem of each SKU against {@code supply}, the SKUs shared out over the
     * calling thread and helpers on {@code executor} ({@link Parallel}); the second half of {@link
     * #compute}. Each SKU's problem and solution are those of a solve on one thread, and the sums are
     * of whole cost units, so the bound does not depend on how the SKUs were shared out. Progress is
     * reported on the calling thread.
     */
    public static Bound solve(
            Demand demand, SuppliedStock supply, Executor executor, Progress progress, Cancellation cancellation) {
        return solve(demand, supply, executor, progress, cancellation, TransportationSimplex::new);
    }

    /** As {@link #solve(Demand, SuppliedStock, Executor, Progress, Cancellation)}, with solvers from {@code solvers}. */
    static Bound solve(
            Demand demand,
            SuppliedStock supply,
            Executor executor,
            Progress progress,
            Cancellation cancellation,
            Supplier<TransportationSimplex> solvers) {
        SimNetwork net = demand.net;
        if (!supply.sites().equals(net.nodes.stream().map(n -> n.code()).toList())
                || !supply.skus().equals(net.skus)) {
            throw new IllegalArgumentException("the supplied stock is of another network");
        }
        long penalty = demand.penalty;
        long[] costs = new long[net.skuCount];
        long[] shortages = new long[net.skuCount];
        Thread caller = Thread.currentThread();
        // the solver keeps its work arrays between problems: one per thread taking SKUs, for this
        // call only (a ThreadLocal's would stay on the executor's threads after it)
        Parallel.forEach(net.skuCount, executor, solvers, (solver, j) -> {
            if ((j & 63) == 0) {
                cancellation.check();
                if (Thread.currentThread() == caller) {
                    progress.progress(j, net.skuCount, "Solving the clairvoyant bound…");
                }
            }
            Map<SinkKey, Sink> sinksByKey = demand.bySku.get(j);
            if (sinksByKey.isEmpty()) {
                return;
            }
            List<Sink> sinks = new ArrayList<>(sinksByKey.values());
            int[] sources = sourcesOf(net, supply, j);
            long[] supplyUnits = new long[sources.length];
            for (int i = 0; i < sources.length; i++) {
                supplyUnits[i] = supply.units()[sources[i] * net.skuCount + j];
            }
            long[] wanted = new long[sinks.size()];
            long[] cost = new long[sources.length * sinks.size()];
            Arrays.fill(cost, penalty);
            for (int d = 0; d < sinks.size(); d++) {
                Sink sink = sinks.get(d);
                wanted[d] = sink.units;
                for (int e = 0; e < sink.sites.length; e++) {
                    int i = Arrays.binarySearch(sources, sink.sites[e]);
                    if (i >= 0) {
                        cost[i * sinks.size() + d] = Math.min(penalty, sink.unitCost[e]);
                    }
                }
            }
            TransportationSolution solution =
                    solver.solve(new TransportationProblem(supplyUnits, wanted, cost, penalty));
            costs[j] = solution.totalCost();
            shortages[j] = solution.shortageUnits();
        });
        long total = demand.unmatched * penalty;
        long shortUnits = demand.unmatched;
        for (int j = 0; j < net.skuCount; j++) {
            total += costs[j];
            shortUnits += shortages[j];
        }
        progress.progress(net.skuCount, net.skuCount, "Bound solved");
        return new Bound(TransportationProblem.toCurrency(total), shortUnits, demand.wanted, net.skuCount);
    }

    /** Open sites holding the SKU at some point, ascending. */
    private static int[] sourcesOf(SimNetwork net, SuppliedStock supply, int sku) {
        int[] s = new int[net.sites];
        int n = 0;
        for (int i = 0; i < net.sites; i++) {
            if (net.open[i] && supply.units()[i * net.skuCount + sku] > 0) {
                s[n++] = i;
            }
        }
        return Arrays.copyOf(s, n);
    }
}
