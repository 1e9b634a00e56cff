package dev.microtower.rebalancing.engine;

import dev.microtower.forecasting.engine.Normal;

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
        double loss = sd * Normal.loss(z);
        return Math.max(0, loss);
    }
}
