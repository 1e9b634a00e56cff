package dev.microtower.rebalancing.engine;

/**
 * Expected lost sales of a site × SKU until replenishment can arrive: demand over the lead time L
 * is taken as normal with mean {@code daily × L} and standard deviation {@code sigma × √L} (the
 * forecast's error, as for safety stock), and the units it exceeds the position by are lost: {@code
 * E[(D − x)+] = s·(φ(z) − z·(1 − Φ(z)))}, {@code z = (x − μ)/s} (the standard normal loss
 * function). Without forecast error it is {@code max(0, μ − x)}.
 */
final class LostSales {
    private LostSales() {}

    static double expected(double position, double daily, double sigmaDaily, double leadTimeDays) {
        double days = Math.max(1.0, leadTimeDays);
        double mean = Math.max(0, daily) * days;
        double sd = Math.max(0, sigmaDaily) * Math.sqrt(days);
        if (mean <= 0 && sd <= 0) {
            return 0;
        }
        if (sd <= 1e-12) {
            return Math.max(0, mean - position);
        }
        double z = (position - mean) / sd;
        double loss = sd * (density(z) - z * (1 - cumulative(z)));
        return Math.max(0, loss);
    }

    static double density(double z) {
        return Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
    }

    /** Φ(z) from erf by Abramowitz and Stegun 7.1.26 (absolute error below 1.5e-7). */
    static double cumulative(double z) {
        double x = Math.abs(z) / Math.sqrt(2);
        double t = 1 / (1 + 0.3275911 * x);
        double poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
        double erf = 1 - poly * Math.exp(-x * x);
        return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
    }
}
