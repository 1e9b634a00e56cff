package dev.microtower.forecasting.engine;

import java.util.Arrays;

/**
 * The stock to fill a site × SKU up to so that the demand of one review period is met with a given
 * probability (the cycle level), and the units that level is expected to serve. Fast items use the
 * normal quantile, {@code mean + z·√variance}. Slow items (a mean below {@link #DISCRETE_BELOW}
 * units in the period) sell whole units a few times or never: a normal quantile there puts
 * fractions of units on every item that sells once a month, so they get the quantile of a discrete
 * distribution instead, Poisson when the variance is at most the mean and negative binomial (same
 * mean and variance) when it is more. A period with no expected demand holds nothing.
 */
public final class OrderUpTo {
    /** Below this many units in a period, demand is taken as a count (Poisson or negative binomial). */
    public static final double DISCRETE_BELOW = 10;

    private static final int MOST_UNITS = 1000;

    private OrderUpTo() {}

    /** The order-up-to level for a period of {@code mean} units with this error variance. */
    public static double level(double mean, double variance, double cycleLevel) {
        if (!(mean > 0)) {
            return 0;
        }
        double v = Math.max(0, variance);
        if (mean >= DISCRETE_BELOW) {
            return mean + Math.max(0, Normal.quantile(cycleLevel)) * Math.sqrt(v);
        }
        Counts counts = new Counts(mean, Math.max(mean, v));
        double cumulative = counts.next();
        int k = 0;
        while (cumulative < cycleLevel && k < MOST_UNITS) {
            k++;
            cumulative += counts.next();
        }
        return k;
    }

    /**
     * The one safety factor {@code k} at which periods of {@code demand} units (one item's, or the
     * sum over many) whose errors have the standard deviation {@code sigma} (or the sum of theirs)
     * are expected to be short by {@code (1 − fillRate)} of their demand, {@code σ·L(k) = (1 −
     * fillRate)·demand} with {@code L} the standard normal loss function ({@link Normal#loss}); 0
     * without an error or without demand. One {@code k} for many items is the least stock for a
     * fill rate over all of them: it gives each the same chance {@code 1 − Φ(k)} of running out,
     * which is what a unit of stock saves wherever it lies.
     */
    public static double fillRateFactor(double fillRate, double demand, double sigma) {
        if (!(sigma > 0) || !(demand > 0)) {
            return 0;
        }
        return safetyFactor((1 - fillRate) * demand / sigma);
    }

    /**
     * The safety factor {@code k} whose standard normal loss {@code L(k) = φ(k) − k(1 − Φ(k))} is
     * {@code loss} (expected units short per standard deviation); {@code L} falls from +∞ to 0, so
     * bisection on [−8, 8] finds it to 1e-9.
     */
    public static double safetyFactor(double loss) {
        double low = -8;
        double high = 8;
        if (Normal.loss(high) >= loss) {
            return high;
        }
        if (Normal.loss(low) <= loss) {
            return low;
        }
        while (high - low > 1e-9) {
            double mid = (low + high) / 2;
            if (Normal.loss(mid) > loss) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return high;
    }

    /** The units a period's demand is expected to take from {@code level}: E[min(D, level)]. */
    public static double expectedServed(double mean, double variance, double level) {
        if (!(mean > 0) || !(level > 0)) {
            return 0;
        }
        double v = Math.max(0, variance);
        if (mean >= DISCRETE_BELOW) {
            if (v <= 0) {
                return Math.min(mean, level);
            }
            double sd = Math.sqrt(v);
            return Math.max(0, mean - sd * Normal.loss((level - mean) / sd));
        }
        // E[min(D, S)] = Σ_{j < S} P(D > j)
        Counts counts = new Counts(mean, Math.max(mean, v));
        double cumulative = 0;
        double served = 0;
        for (int j = 0; j < level && j < MOST_UNITS; j++) {
            cumulative += counts.next();
            served += Math.max(0, 1 - cumulative);
        }
        return served;
    }

    /**
     * For a count-sized period ({@code mean} below {@link #DISCRETE_BELOW}): {@code P(D ≤ k)} for
     * {@code k = 0, 1, …} until it reaches {@code upTo}, summed in the order {@link #level} and
     * {@link #expectedServed} sum them, so that levels and served units read from it are the same
     * numbers. Lets a search over cycle levels compute each period's distribution once.
     */
    static double[] cumulative(double mean, double variance, double upTo) {
        Counts counts = new Counts(mean, Math.max(mean, Math.max(0, variance)));
        double[] out = new double[8];
        double c = counts.next();
        out[0] = c;
        int k = 0;
        while (c < upTo && k < MOST_UNITS) {
            k++;
            c += counts.next();
            if (k == out.length) {
                out = Arrays.copyOf(out, 2 * k);
            }
            out[k] = c;
        }
        return Arrays.copyOf(out, k + 1);
    }

    /** The probabilities of 0, 1, 2, … units, Poisson or negative binomial by their recursion. */
    private static final class Counts {
        private final boolean poisson;
        private final double mean;
        private final double p;
        private final double r;
        private double probability = Double.NaN;
        private int k = -1;

        Counts(double mean, double variance) {
            this.mean = mean;
            this.poisson = variance <= mean * (1 + 1e-9);
            this.p = poisson ? 0 : mean / variance;
            this.r = poisson ? 0 : mean * mean / (variance - mean);
        }

        double next() {
            k++;
            if (k == 0) {
                probability = poisson ? Math.exp(-mean) : Math.exp(r * Math.log(p));
            } else {
                probability *= poisson ? mean / k : (k - 1 + r) / k * (1 - p);
            }
            return probability;
        }
    }
}
