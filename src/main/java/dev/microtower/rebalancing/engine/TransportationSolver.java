package dev.microtower.rebalancing.engine;

import java.util.Arrays;

/**
 * Exact solver for one {@link TransportationProblem}: successive shortest paths with Johnson
 * potentials, specialised for the bipartite shape.
 *
 * <p>Think of a super source feeding every source (capacity = supply, cost 0), uncapacitated
 * arcs source → sink at the unit cost, and every sink draining into a super sink (capacity =
 * demand). Each round runs Dijkstra on reduced costs (never negative thanks to the potentials),
 * finds the cheapest way to deliver one more unit and pushes as many units along it as the path
 * allows. Path costs never decrease from round to round, so the moment the cheapest path costs
 * at least the shortage penalty, leaving the rest short is optimal: the result minimises
 * transport cost plus shortage penalties. All arithmetic is on integers, so flows are whole
 * units and the optimum is exact.
 *
 * <p>Why not a general min-cost-flow library: the problems are small (tens of sources and sinks)
 * and there are thousands of them, so the fixed cost of building a general graph per SKU
 * dominates; a dense array Dijkstra with early stop does no allocation per round. An instance
 * keeps its work arrays between calls and is therefore not thread-safe: use one per thread.
 */
public final class TransportationSolver {
    private static final long INF = Long.MAX_VALUE / 4;

    private long[] potential = new long[0];
    private long[] dist = new long[0];
    private int[] prev = new int[0];
    private boolean[] done = new boolean[0];
    private long[] remSupply = new long[0];
    private long[] remDemand = new long[0];

    public TransportationSolution solve(TransportationProblem problem) {
        final int sources = problem.sources();
        final int sinks = problem.sinks();
        final long[] cost = problem.unitCost();
        final long penalty = problem.shortagePenalty();
        final long[] flow = new long[sources * sinks];
        final int sink0 = sources;
        final int target = sources + sinks; // the super sink
        final int vertices = target + 1;
        ensureCapacity(vertices, sources, sinks);
        System.arraycopy(problem.supply(), 0, remSupply, 0, sources);
        System.arraycopy(problem.demand(), 0, remDemand, 0, sinks);
        Arrays.fill(potential, 0, vertices, 0L);

        long supplyLeft = problem.totalSupply();
        long demandLeft = problem.totalDemand();
        while (supplyLeft > 0 && demandLeft > 0) {
            // Dijkstra from the (implicit) super source on reduced costs, stopping at the super sink
            Arrays.fill(dist, 0, vertices, INF);
            Arrays.fill(done, 0, vertices, false);
            for (int i = 0; i < sources; i++) {
                if (remSupply[i] > 0) {
                    dist[i] = -potential[i];
                    prev[i] = -1;
                }
            }
            while (true) {
                int u = -1;
                long best = INF;
                for (int v = 0; v < vertices; v++) {
                    if (!done[v] && dist[v] < best) {
                        best = dist[v];
                        u = v;
                    }
                }
                if (u < 0 || u == target) {
                    break;
                }
                done[u] = true;
                if (u < sources) {
                    long base = best + potential[u];
                    int row = u * sinks;
                    for (int j = 0; j < sinks; j++) {
                        long c = cost[row + j];
                        int v = sink0 + j;
                        if (c < penalty && !done[v]) {
                            long nd = base + c - potential[v];
                            if (nd < dist[v]) {
                                dist[v] = nd;
                                prev[v] = u;
                            }
                        }
                    }
                } else {
                    int j = u - sink0;
                    long base = best + potential[u];
                    for (int i = 0; i < sources; i++) {
                        if (!done[i] && flow[i * sinks + j] > 0) {
                            long nd = base - cost[i * sinks + j] - potential[i];
                            if (nd < dist[i]) {
                                dist[i] = nd;
                                prev[i] = u;
                            }
                        }
                    }
                    if (remDemand[j] > 0) {
                        long nd = base - potential[target];
                        if (nd < dist[target]) {
                            dist[target] = nd;
                            prev[target] = u;
                        }
                    }
                }
            }
            long reach = dist[target];
            if (reach >= INF) {
                break; // no sink with demand left can be reached by an allowed route
            }
            for (int v = 0; v < vertices; v++) {
                potential[v] += Math.min(dist[v], reach);
            }
            if (potential[target] >= penalty) {
                break; // the cheapest extra unit costs at least its shortage: stop shipping
            }
            // bottleneck along the path: the last sink's demand, reverse arcs, the first source's supply
            int lastSink = prev[target];
            long push = remDemand[lastSink - sink0];
            int v = lastSink;
            while (true) {
                int u = prev[v];
                if (v >= sources) {
                    v = u; // forward arc source u -> sink v: uncapacitated
                } else if (u < 0) {
                    push = Math.min(push, remSupply[v]);
                    break;
                } else {
                    push = Math.min(push, flow[v * sinks + (u - sink0)]);
                    v = u;
                }
            }
            v = lastSink;
            remDemand[lastSink - sink0] -= push;
            while (true) {
                int u = prev[v];
                if (v >= sources) {
                    flow[u * sinks + (v - sink0)] += push;
                    v = u;
                } else if (u < 0) {
                    remSupply[v] -= push;
                    break;
                } else {
                    flow[v * sinks + (u - sink0)] -= push;
                    v = u;
                }
            }
            supplyLeft -= push;
            demandLeft -= push;
        }

        long transport = 0;
        long shipped = 0;
        for (int k = 0; k < flow.length; k++) {
            if (flow[k] != 0) {
                transport += flow[k] * cost[k];
                shipped += flow[k];
            }
        }
        long shortage = problem.totalDemand() - shipped;
        return new TransportationSolution(flow, sinks, transport, shortage, transport + shortage * penalty);
    }

    private void ensureCapacity(int vertices, int sources, int sinks) {
        if (potential.length < vertices) {
            potential = new long[vertices];
            dist = new long[vertices];
            prev = new int[vertices];
            done = new boolean[vertices];
        }
        if (remSupply.length < sources) {
            remSupply = new long[sources];
        }
        if (remDemand.length < sinks) {
            remDemand = new long[sinks];
        }
    }
}
