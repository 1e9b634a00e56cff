package dev.microtower.rebalancing.engine;

/**
 * An optimal answer to a {@link TransportationProblem}: integer units per source × sink (row
 * major), the transport cost, the units left short and the total objective (transport plus
 * shortage penalties), all costs in the problem's integer cost units.
 */
public record TransportationSolution(long[] flow, int sinks, long transportCost, long shortageUnits, long totalCost) {
    public long flow(int source, int sink) {
        return flow[source * sinks + sink];
    }

    public long shippedUnits() {
        long sum = 0;
        for (long f : flow) {
            sum += f;
        }
        return sum;
    }
}
