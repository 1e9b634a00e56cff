package dev.microtower.rebalancing.reference;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import dev.microtower.rebalancing.engine.TransportationProblem;

/**
 * Solves a {@link TransportationProblem} with OR-Tools' MinCostFlow, as an independent reference
 * for tests and the benchmark. The shortage penalty becomes a "shortage" node that can supply any
 * sink at the penalty; unshipped supply drains at no cost into an "excess" node, so the network is
 * balanced and the optimal cost equals transport plus penalties.
 */
public final class OrToolsReference {
    private static boolean loaded;

    private OrToolsReference() {}

    /** OR-Tools unpacks its natives on every load: do it once per JVM. */
    public static synchronized void load() {
        if (!loaded) {
            Loader.loadNativeLibraries();
            loaded = true;
        }
    }

    /** The optimal total cost (transport plus shortage penalties), in the problem's cost units. */
    public static long optimalCost(TransportationProblem problem) {
        load();
        int sources = problem.sources();
        int sinks = problem.sinks();
        int shortage = sources + sinks;
        int excess = shortage + 1;
        long totalSupply = problem.totalSupply();
        long totalDemand = problem.totalDemand();
        MinCostFlow flow = new MinCostFlow(sources + sinks + 2, sources * sinks + sources + sinks + 1);
        try {
            for (int i = 0; i < sources; i++) {
                long s = problem.supply()[i];
                flow.setNodeSupply(i, s);
                flow.addArcWithCapacityAndUnitCost(i, excess, s, 0);
                for (int j = 0; j < sinks; j++) {
                    long c = problem.cost(i, j);
                    if (c < problem.shortagePenalty()) {
                        flow.addArcWithCapacityAndUnitCost(i, sources + j, s, c);
                    }
                }
            }
            for (int j = 0; j < sinks; j++) {
                long d = problem.demand()[j];
                flow.setNodeSupply(sources + j, -d);
                flow.addArcWithCapacityAndUnitCost(shortage, sources + j, d, problem.shortagePenalty());
            }
            flow.addArcWithCapacityAndUnitCost(shortage, excess, totalDemand, 0);
            flow.setNodeSupply(shortage, totalDemand);
            flow.setNodeSupply(excess, -totalSupply);
            MinCostFlowBase.Status status = flow.solve();
            if (status != MinCostFlowBase.Status.OPTIMAL) {
                throw new IllegalStateException("OR-Tools could not solve the problem: " + status);
            }
            return flow.getOptimalCost();
        } finally {
            flow.delete();
        }
    }
}
