package dev.microtower.planning.ui;

import java.util.Locale;

/**
 * The backtest's measures in a planner's words: the column titles of the Forecast panel, the
 * explanation each shows as its tooltip (docs/planning-engine.md, section 2a), and how a value reads.
 */
final class Measures {
    private Measures() {}

    static final String MASE = "Scaled error (MASE): the forecast's mean absolute error on days it had not seen,"
            + " divided by the usual week-on-week change of the same series in its training window. Below 1"
            + " beats repeating last week's change; compare it with seasonal naive on the same days.";
    static final String NAIVE_MASE = "Seasonal naive MASE: the same measure for \"same day last week\", fitted on the"
            + " same training window and scored on the same days. The forecast is worth its keep where its"
            + " MASE is below this one.";
    static final String WAPE = "WAPE: total absolute error as a share of the units actually sold. 20 % means the"
            + " forecast was off by one unit in five, over and under added up.";
    static final String NAIVE_WAPE = "Naive WAPE: the same for seasonal naive (\"same day last week\").";
    static final String BIAS = "Bias: (units forecast − units sold) / units sold over the evaluated days. Positive"
            + " means the forecast was too high (stock piles up), negative too low (stockouts).";
    static final String NO_HISTORY = "No history: the share of the units sold that fell on site × SKU series with no"
            + " sale at all in their training window (new items, new sites): demand no series-by-series"
            + " method can see coming.";
    static final String RMSSE = "RMSSE (for series that sell on few days): root mean squared error scaled by the"
            + " week-on-week change. Absolute-error measures reward forecasting zero on mostly-zero series;"
            + " squared error is lowest at the mean, which is what a stock target needs.";

    /** Two decimals, for the narrow side panel's key columns (the hover and the command line keep three). */
    static String shortNumber(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.2f", v);
    }

    /** A whole percentage, for the narrow side panel's key columns. */
    static String shortPercent(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.0f %%", 100 * v);
    }

    /** A whole signed percentage, for the narrow side panel's key columns. */
    static String shortSignedPercent(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%+.0f %%", 100 * v);
    }

    static String number(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
    }

    static String percent(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.1f %%", 100 * v);
    }

    static String signedPercent(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%+.1f %%", 100 * v);
    }
}
