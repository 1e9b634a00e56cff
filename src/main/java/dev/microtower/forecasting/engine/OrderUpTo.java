package dev.microtower.forecasting.engine;

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
