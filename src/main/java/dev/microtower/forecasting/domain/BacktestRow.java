package dev.microtower.forecasting.domain;

/**
 * Out-of-sample accuracy of one series at one level, summed over the backtest's origins: the
 * forecast's and seasonal naive's absolute and squared errors on the same evaluated days, the MASE
 * scale (the training window's mean absolute week-on-week change, times the evaluated days) and
 * its squared counterpart, the errors of the origins that had such a scale (MASE and RMSSE count
 * only those; a training window without week-on-week change has no scale), and the units that fell where the training window had none. Sums rather
 * than ratios, so rows of one level pool by adding them ({@link #plus}). {@code method} is the
 * method the last origin's training window chose (empty above site × SKU, where forecasts are sums).
 */
public record BacktestRow(
        BacktestLevel level,
        String series,
        String method,
        boolean intermittent,
        int points,
        double actualUnits,
        double forecastUnits,
        double naiveUnits,
        double absError,
        double naiveAbsError,
        double scaledAbsError,
        double naiveScaledAbsError,
        double squaredError,
        double naiveSquaredError,
        double scale,
        double squaredScale,
        double unitsWithoutHistory) {

    /** Mean absolute scaled error of the forecast; {@code NaN} when the training had no week-on-week change. */
    public double mase() {
        return scale > 0 ? scaledAbsError / scale : Double.NaN;
    }

    public double naiveMase() {
        return scale > 0 ? naiveScaledAbsError / scale : Double.NaN;
    }

    /** Weighted absolute percentage error: total absolute error over total actual units. */
    public double wape() {
        return actualUnits > 0 ? absError / actualUnits : Double.NaN;
    }

    public double naiveWape() {
        return actualUnits > 0 ? naiveAbsError / actualUnits : Double.NaN;
    }

    /** (forecast − actual) / actual over the evaluated days: positive means over-forecast. */
    public double bias() {
        return actualUnits > 0 ? (forecastUnits - actualUnits) / actualUnits : Double.NaN;
    }

    /**
     * Root mean squared scaled error, the measure for intermittent series: MAE rewards forecasting
     * zero on mostly-zero days, squared error is minimised by the mean, which is what stock needs.
     */
    public double rmsse() {
        return squaredScale > 0 ? Math.sqrt(squaredError / squaredScale) : Double.NaN;
    }

    public double naiveRmsse() {
        return squaredScale > 0 ? Math.sqrt(naiveSquaredError / squaredScale) : Double.NaN;
    }

    /** Share of the evaluated units that fell on days whose series had no demand in its training window. */
    public double shareWithoutHistory() {
        return actualUnits > 0 ? unitsWithoutHistory / actualUnits : 0;
    }

    /** The pooled row of two: sums add, so large series weigh more, as in a pooled MASE. */
    public BacktestRow plus(BacktestRow o, String pooledSeries) {
        return new BacktestRow(
                level,
                pooledSeries,
                "",
                intermittent && o.intermittent,
                points + o.points,
                actualUnits + o.actualUnits,
                forecastUnits + o.forecastUnits,
                naiveUnits + o.naiveUnits,
                absError + o.absError,
                naiveAbsError + o.naiveAbsError,
                scaledAbsError + o.scaledAbsError,
                naiveScaledAbsError + o.naiveScaledAbsError,
                squaredError + o.squaredError,
                naiveSquaredError + o.naiveSquaredError,
                scale + o.scale,
                squaredScale + o.squaredScale,
                unitsWithoutHistory + o.unitsWithoutHistory);
    }

    /** An empty row to pool into. */
    public static BacktestRow empty(BacktestLevel level, String series) {
        return new BacktestRow(level, series, "", true, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }
}
