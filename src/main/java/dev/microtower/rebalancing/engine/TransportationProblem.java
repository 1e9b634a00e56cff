package dev.microtower.rebalancing.engine;

import java.util.Arrays;

/**
 * One SKU's transportation problem: {@code supply[i]} units may leave source i, {@code demand[j]}
 * units are wanted at sink j, moving one unit from i to j costs {@code unitCost[i * D + j]}, and
 * every wanted unit that does not arrive costs {@code shortagePenalty}. Costs are integers in
 * {@link #COST_UNITS_PER_CURRENCY} parts of the currency so that our solver and the reference
 * solve exactly the same numbers; a route that costs at least the penalty is never worth using.
 */
public record TransportationProblem(long[] supply, long[] demand, long[] unitCost, long shortagePenalty) {
    /** Integer cost resolution: a millionth of the currency. */
    public static final long COST_UNITS_PER_CURRENCY = 1_000_000L;

    public TransportationProblem {
        if ((long) supply.length * demand.length != unitCost.length) {
            throw new IllegalArgumentException("cost matrix must be " + supply.length + " x " + demand.length);
        }
        for (long s : supply) {
            if (s < 0) {
                throw new IllegalArgumentException("supply must not be negative: " + s);
            }
        }
        for (long d : demand) {
            if (d < 0) {
                throw new IllegalArgumentException("demand must not be negative: " + d);
            }
        }
        for (long c : unitCost) {
            if (c < 0) {
                throw new IllegalArgumentException("unit cost must not be negative: " + c);
            }
        }
        if (shortagePenalty < 0) {
            throw new IllegalArgumentException("shortage penalty must not be negative: " + shortagePenalty);
        }
    }

    public int sources() {
        return supply.length;
    }

    public int sinks() {
        return demand.length;
    }

    public long cost(int source, int sink) {
        return unitCost[source * demand.length + sink];
    }

    public long totalDemand() {
        return Arrays.stream(demand).sum();
    }

    public long totalSupply() {
        return Arrays.stream(supply).sum();
    }

    /** Converts a currency amount per unit to the integer cost units, rounding to nearest. */
    public static long toCostUnits(double currency) {
        return Math.round(currency * COST_UNITS_PER_CURRENCY);
    }

    public static double toCurrency(long costUnits) {
        return (double) costUnits / COST_UNITS_PER_CURRENCY;
    }
}
