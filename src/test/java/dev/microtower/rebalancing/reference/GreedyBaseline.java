package dev.microtower.rebalancing.reference;

import dev.microtower.rebalancing.engine.TransportationProblem;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The rule of thumb planners use without a solver: serve the most short node first from its
 * nearest (cheapest) source that still has surplus, then the next nearest, and so on, as long as
 * the move costs less than the shortage. Returns the same objective as the exact solvers.
 */
public final class GreedyBaseline {
    private GreedyBaseline() {}

    public static long cost(TransportationProblem p) {
        long[] supply = p.supply().clone();
        long[] demand = p.demand().clone();
        Integer[] sinks = IntStream.range(0, p.sinks()).boxed().toArray(Integer[]::new);
        Arrays.sort(sinks, Comparator.comparingLong((Integer j) -> -demand[j]).thenComparingInt(j -> j));
        long total = 0;
        for (int j : sinks) {
            final int sink = j;
            Integer[] sources = IntStream.range(0, p.sources()).boxed().toArray(Integer[]::new);
            Arrays.sort(
                    sources,
                    Comparator.comparingLong((Integer i) -> p.cost(i, sink)).thenComparingInt(i -> i));
            for (int i : sources) {
                if (demand[j] == 0) {
                    break;
                }
                long c = p.cost(i, j);
                if (c >= p.shortagePenalty()) {
                    break;
                }
                long q = Math.min(supply[i], demand[j]);
                supply[i] -= q;
                demand[j] -= q;
                total += q * c;
            }
            total += demand[j] * p.shortagePenalty();
        }
        return total;
    }
}
