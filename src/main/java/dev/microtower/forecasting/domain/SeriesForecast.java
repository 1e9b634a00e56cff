package dev.microtower.forecasting.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The forecast of one node × SKU: the method the holdout chose, daily units from {@code
 * firstDay} for {@code daily.length} days, the daily forecast error (standard deviation, used for
 * safety stock), and the accuracy on the holdout as MASE for the chosen method and for seasonal
 * naive ({@code NaN} when the series has no week-on-week variation to scale by).
 */
public record SeriesForecast(
        SeriesKey key,
        ForecastMethod method,
        LocalDate firstDay,
        double[] daily,
        double sigmaDaily,
        double mase,
        double maseSeasonalNaive,
        double holdoutAbsError,
        double holdoutAbsErrorSeasonalNaive,
        double maseScale,
        int holdoutPoints,
        double historyUnits) {

    public SeriesForecast {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(firstDay, "first day");
    }

    public int horizonDays() {
        return daily.length;
    }

    /** Mean forecast units per day over the first {@code days} days of the horizon. */
    public double meanDaily(double days) {
        return days <= 0 ? meanDaily(1) : unitsOver(days) / days;
    }

    /**
     * Forecast units over the next {@code days} days (fractions count pro rata); beyond the horizon
     * the horizon's last week repeats.
     */
    public double unitsOver(double days) {
        double sum = 0;
        int whole = (int) Math.floor(days);
        for (int d = 0; d < whole; d++) {
            sum += day(d);
        }
        double fraction = days - whole;
        if (fraction > 0) {
            sum += fraction * day(whole);
        }
        return sum;
    }

    private double day(int d) {
        if (daily.length == 0) {
            return 0;
        }
        if (d < daily.length) {
            return daily[d];
        }
        int week = Math.min(7, daily.length);
        return daily[daily.length - week + (d - daily.length) % week];
    }

    /** A copy with every day multiplied by its factor (scenario demand multipliers). */
    public SeriesForecast scaled(double[] factors) {
        double[] copy = daily.clone();
        for (int d = 0; d < copy.length; d++) {
            copy[d] *= factors[d];
        }
        return new SeriesForecast(
                key,
                method,
                firstDay,
                copy,
                sigmaDaily * factors[0],
                mase,
                maseSeasonalNaive,
                holdoutAbsError,
                holdoutAbsErrorSeasonalNaive,
                maseScale,
                holdoutPoints,
                historyUnits);
    }
}
