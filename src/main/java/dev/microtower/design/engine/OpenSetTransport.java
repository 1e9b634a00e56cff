package dev.microtower.design.engine;

import dev.microtower.design.domain.DesignProblem;
import dev.microtower.rebalancing.engine.TransportationProblem;
import dev.microtower.rebalancing.engine.TransportationSimplex;
import dev.microtower.rebalancing.engine.TransportationSolution;
import java.util.ArrayList;
import java.util.List;

/**
 * The cheapest way to serve every customer from a fixed set of open sites, with split sourcing:
 * a transportation problem (the open sites' capacities, the customers' demands, the cost of a
 * unit of demand from a site), solved exactly by the rebalancing engine's transportation simplex.
 *
 * <p>That simplex works on whole units and whole cost units, so demands and capacities are
 * counted in {@link #quantityScale} parts (1 when they are all whole numbers, as in the
 * OR-Library files, else thousandths: demands rounded up, capacities down, so the answer never
 * serves less than the demand nor loads a site over its capacity) and unit costs are scaled so
 * that the largest is about 10^13 cost units, far finer than any tolerance of the search. The
 * cost of an answer is summed again in {@code double} from the real costs, so the figure a design
 * reports is the real cost of its shares. Customers without demand take the cheapest open site
 * they may use. One instance per thread (the simplex keeps its work arrays).
 */
final class OpenSetTransport {
    /** The open sites' cost and shares, or a shortage when they cannot serve every customer. */
    record Evaluation(double cost, double shortage, int[] sites, long[] flow, List<Integer> customersShort) {
        boolean feasible() {
            return customersShort.isEmpty();
        }
    }

    private final int m;
    private final int n;
    private final double[] fixed;
    private final double[] cost;
    private final long[] capUnits;
    private final long[] demUnits;
    private final double quantityScale;
    private final double costScale;
    private final long penalty;
    private final int[] demandCustomers;
    private final TransportationSimplex simplex = new TransportationSimplex();
    private long solves;

    OpenSetTransport(DesignProblem problem) {
        m = problem.siteCount();
        n = problem.customerCount();
        fixed = new double[m];
        cost = problem.costs();
        double[] demand = problem.demands();
        boolean whole = true;
        for (double d : demand) {
            whole &= d == Math.rint(d) && d < 1e12;
        }
        for (int i = 0; i < m; i++) {
            double cap = problem.sites().get(i).capacity();
            whole &= cap == Math.rint(cap) || cap >= 1e12;
            fixed[i] = problem.sites().get(i).fixedCost();
        }
        quantityScale = whole ? 1 : 1000;
        demUnits = new long[n];
        long totalUnits = 0;
        List<Integer> withDemand = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            demUnits[j] = (long) Math.ceil(demand[j] * quantityScale - 1e-9);
            totalUnits += demUnits[j];
            if (demUnits[j] > 0) {
                withDemand.add(j);
            }
        }
        demandCustomers = withDemand.stream().mapToInt(Integer::intValue).toArray();
        capUnits = new long[m];
        for (int i = 0; i < m; i++) {
            double cap = problem.sites().get(i).capacity() * quantityScale;
            capUnits[i] = cap >= totalUnits ? totalUnits : (long) Math.floor(cap + 1e-9);
        }
        double maxUnit = 0;
        for (int i = 0; i < m; i++) {
            for (int j : demandCustomers) {
                double c = cost[i * n + j];
                if (c < Double.POSITIVE_INFINITY) {
                    maxUnit = Math.max(maxUnit, c / demUnits[j]);
                }
            }
        }
        // the simplex needs (sources + sinks) x penalty and units x penalty well inside a long
        double nodes = m + demandCustomers.length + 2.0;
        double room = 1e17 / (4.0 * Math.max(nodes, Math.max(1, totalUnits)));
        costScale = maxUnit > 0 ? room / maxUnit : 1;
        penalty = (long) (Math.max(1, maxUnit * costScale) * 4) + 1;
    }

    long solves() {
        return solves;
    }

    /** The cheapest shares with exactly the sites {@code open} open (fixed costs included). */
    Evaluation evaluate(boolean[] open) {
        solves++;
        int k = 0;
        for (boolean o : open) {
            k += o ? 1 : 0;
        }
        int[] sites = new int[k];
        k = 0;
        double total = 0;
        for (int i = 0; i < m; i++) {
            if (open[i]) {
                sites[k++] = i;
                total += fixed[i];
            }
        }
        List<Integer> customersShort = new ArrayList<>();
        double shortage = 0;
        for (int j = 0; j < n; j++) {
            if (demUnits[j] == 0) {
                double best = Double.POSITIVE_INFINITY;
                for (int i : sites) {
                    best = Math.min(best, cost[i * n + j]);
                }
                if (best == Double.POSITIVE_INFINITY) {
                    customersShort.add(j);
                } else {
                    total += best;
                }
            }
        }
        int sinks = demandCustomers.length;
        if (k == 0 || sinks == 0) {
            for (int j : demandCustomers) {
                customersShort.add(j);
                shortage += demUnits[j] / quantityScale;
            }
            return new Evaluation(
                    customersShort.isEmpty() ? total : Double.POSITIVE_INFINITY,
                    shortage,
                    sites,
                    new long[0],
                    customersShort.stream().sorted().toList());
        }
        long[] supply = new long[k];
        long[] demand = new long[sinks];
        long[] unit = new long[k * sinks];
        for (int s = 0; s < k; s++) {
            supply[s] = capUnits[sites[s]];
            int row = sites[s] * n;
            for (int t = 0; t < sinks; t++) {
                int j = demandCustomers[t];
                double c = cost[row + j];
                unit[s * sinks + t] = c < Double.POSITIVE_INFINITY
                        ? Math.min(penalty, Math.round(c / demUnits[j] * costScale))
                        : penalty;
            }
        }
        for (int t = 0; t < sinks; t++) {
            demand[t] = demUnits[demandCustomers[t]];
        }
        TransportationSolution solution = simplex.solve(new TransportationProblem(supply, demand, unit, penalty));
        long[] flow = solution.flow();
        for (int t = 0; t < sinks; t++) {
            int j = demandCustomers[t];
            long got = 0;
            for (int s = 0; s < k; s++) {
                long f = flow[s * sinks + t];
                if (f > 0) {
                    got += f;
                    total += cost[sites[s] * n + j] * ((double) f / demUnits[j]);
                }
            }
            if (got < demUnits[j]) {
                customersShort.add(j);
                shortage += (demUnits[j] - got) / quantityScale;
            }
        }
        return new Evaluation(
                customersShort.isEmpty() ? total : Double.POSITIVE_INFINITY,
                shortage,
                sites,
                flow,
                customersShort.stream().sorted().toList());
    }

    /** Customer j's fraction of its demand from each open site of {@code e}, as (site, customer, fraction). */
    List<double[]> shares(Evaluation e) {
        List<double[]> out = new ArrayList<>();
        int sinks = demandCustomers.length;
        for (int s = 0; s < e.sites().length; s++) {
            for (int t = 0; t < sinks && e.flow().length > 0; t++) {
                long f = e.flow()[s * sinks + t];
                if (f > 0) {
                    int j = demandCustomers[t];
                    out.add(new double[] {e.sites()[s], j, (double) f / demUnits[j]});
                }
            }
        }
        for (int j = 0; j < n; j++) {
            if (demUnits[j] == 0) {
                int best = -1;
                for (int i : e.sites()) {
                    if (cost[i * n + j] < Double.POSITIVE_INFINITY
                            && (best < 0 || cost[i * n + j] < cost[best * n + j])) {
                        best = i;
                    }
                }
                if (best >= 0) {
                    out.add(new double[] {best, j, 1.0});
                }
            }
        }
        return out;
    }
}
