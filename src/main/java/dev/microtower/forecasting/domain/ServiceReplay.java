package dev.microtower.forecasting.domain;

/**
 * The backtest's days replayed through one stocking policy, once on the forecasts and once on
 * seasonal naive: every week each site × SKU is filled up to the week's forecast plus {@code z}
 * times the forecast's daily error × √7, and that week's actual demand is served from it (what is
 * short is lost). The fill rate is served over demanded units; stock is the mean units on hand at
 * the start of a day, summed over the site × SKUs.
 */
public record ServiceReplay(
        double serviceLevel,
        double demand,
        double served,
        double stockUnitDays,
        double naiveServed,
        double naiveStockUnitDays,
        int days) {

    public double fillRate() {
        return demand > 0 ? served / demand : Double.NaN;
    }

    public double naiveFillRate() {
        return demand > 0 ? naiveServed / demand : Double.NaN;
    }

    /** Mean units on hand across the network. */
    public double meanStock() {
        return days > 0 ? stockUnitDays / days : Double.NaN;
    }

    public double naiveMeanStock() {
        return days > 0 ? naiveStockUnitDays / days : Double.NaN;
    }

    /** Adds one week of one site × SKU under a fill-up-to level; returns {served, stock unit-days}. */
    public static double[] week(double level, double[] actual, int from, int to) {
        double stock = Math.max(0, level);
        double served = 0;
        double held = 0;
        for (int d = from; d < to; d++) {
            held += stock;
            double s = Math.min(stock, actual[d]);
            served += s;
            stock -= s;
        }
        return new double[] {served, held};
    }
}
