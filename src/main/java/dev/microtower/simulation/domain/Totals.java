package dev.microtower.simulation.domain;

import java.util.Arrays;

/**
 * The {@link Measure}s of one part of a replay (the network, a site, a day) over {@code days} days.
 * Immutable.
 */
public final class Totals {
    private final int days;
    private final double[] values;

    public Totals(int days, double[] values) {
        if (values.length != Measure.values().length) {
            throw new IllegalArgumentException("one value per measure");
        }
        this.days = days;
        this.values = values.clone();
    }

    public static Totals empty(int days) {
        return new Totals(days, new double[Measure.values().length]);
    }

    public int days() {
        return days;
    }

    public double get(Measure measure) {
        return values[measure.ordinal()];
    }

    /** These figures plus {@code other}'s, over the same days. */
    public Totals plus(Totals other) {
        double[] sum = values.clone();
        for (int i = 0; i < sum.length; i++) {
            sum[i] += other.values[i];
        }
        return new Totals(days, sum);
    }

    /** What a replay's fulfilment cost counts: handling, last mile and the penalty of lost units. */
    public double fulfilmentCost() {
        return get(Measure.HANDLING_COST) + get(Measure.LAST_MILE_COST) + get(Measure.LOST_PENALTY);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Totals t && t.days == days && Arrays.equals(t.values, values);
    }

    @Override
    public int hashCode() {
        return 31 * days + Arrays.hashCode(values);
    }
}
