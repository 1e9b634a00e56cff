package dev.microtower.forecasting.engine;

import dev.microtower.forecasting.domain.ForecastMethod;
import dev.microtower.forecasting.domain.SeriesForecast;
import dev.microtower.forecasting.domain.SeriesKey;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Forecasts one series. Candidates are seasonal naive, simple exponential smoothing,
 * Holt-Winters and a four-week level times a weekday profile, plus Croston/SBA when demand is intermittent. Each candidate is fitted at
 * {@code origins} rolling origins at the end of the history and scored by mean absolute error on
 * the days that follow each origin; the lowest error wins (ties go to the simpler method), and
 * the winner is refitted on the whole history. MASE divides a holdout MAE by the in-sample mean
 * absolute week-on-week change, {@code mean |y[t] - y[t-7]|}. The daily error sigma is the root
 * mean squared holdout error of the winner (the standard deviation of the history when the
 * series is too short for a holdout).
 */
public final class SeriesForecaster {
    private final ForecastSettings settings;
    private final boolean toEnd;

    public SeriesForecaster(ForecastSettings settings) {
        this(settings, false);
    }

    /**
     * With {@code toEnd}, each holdout origin forecasts all the days to the end of the history, not
     * one window: the origins {@code k} windows before the end are scored at horizons 1 to {@code
     * k} windows, so a method is chosen on the horizons its forecast is used for, not only on the
     * next week (a level that lags a trend costs little a week ahead and more four weeks ahead).
     */
    SeriesForecaster(ForecastSettings settings, boolean toEnd) {
        this.settings = settings;
        this.toEnd = toEnd;
    }

    /** The days the holdout origin {@code o} windows before the end forecasts and is scored on. */
    int holdoutLength(int o) {
        return toEnd ? o * settings.holdoutDays() : settings.holdoutDays();
    }

    public SeriesForecast forecast(SeriesKey key, double[] y, LocalDate firstForecastDay) {
        int n = y.length;
        double units = 0;
        for (double v : y) {
            units += v;
        }
        if (units == 0) {
            return new SeriesForecast(
                    key,
                    ForecastMethod.SEASONAL_NAIVE,
                    firstForecastDay,
                    new double[settings.horizonDays()],
                    0,
                    Double.NaN,
                    Double.NaN,
                    0,
                    0,
                    0,
                    0,
                    0);
        }
        List<ForecastMethod> candidates = new ArrayList<>(4);
        candidates.add(ForecastMethod.SEASONAL_NAIVE);
        candidates.add(ForecastMethod.SIMPLE_EXPONENTIAL_SMOOTHING);
        if (ForecastMethods.isIntermittent(y, n)) {
            candidates.add(ForecastMethod.CROSTON_SBA);
        }
        candidates.add(ForecastMethod.HOLT_WINTERS_ADDITIVE);
        candidates.add(ForecastMethod.WEEKDAY_PROFILE);

        int window = settings.holdoutDays();
        int origins = Math.min(settings.origins(), (n - ForecastMethods.SEASON) / window);
        ForecastMethod best = ForecastMethod.SEASONAL_NAIVE;
        double bestAbs = Double.POSITIVE_INFINITY;
        double bestSq = 0;
        double naiveAbs = 0;
        int points = 0;
        for (int o = origins; o >= 1; o--) {
            points += holdoutLength(o);
        }
        if (origins > 0) {
            for (ForecastMethod m : candidates) {
                double abs = 0;
                double sq = 0;
                for (int o = origins; o >= 1; o--) {
                    int origin = n - o * window;
                    double[] out = new double[holdoutLength(o)];
                    run(m, y, origin, out);
                    for (int h = 0; h < out.length; h++) {
                        double e = y[origin + h] - out[h];
                        abs += Math.abs(e);
                        sq += e * e;
                    }
                }
                if (m == ForecastMethod.SEASONAL_NAIVE) {
                    naiveAbs = abs;
                }
                if (abs < bestAbs - 1e-12) {
                    bestAbs = abs;
                    bestSq = sq;
                    best = m;
                }
            }
        } else {
            bestAbs = 0;
        }
        double sigma = points > 0 ? Math.sqrt(bestSq / points) : stdDev(y);
        double scale = 0;
        for (int t = ForecastMethods.SEASON; t < n; t++) {
            scale += Math.abs(y[t] - y[t - ForecastMethods.SEASON]);
        }
        scale = n > ForecastMethods.SEASON ? scale / (n - ForecastMethods.SEASON) : 0;
        double mase = points > 0 && scale > 0 ? bestAbs / points / scale : Double.NaN;
        double maseNaive = points > 0 && scale > 0 ? naiveAbs / points / scale : Double.NaN;

        double[] horizon = new double[settings.horizonDays()];
        run(best, y, n, horizon);
        return new SeriesForecast(
                key,
                best,
                firstForecastDay,
                horizon,
                sigma,
                mase,
                maseNaive,
                points > 0 ? bestAbs : 0,
                naiveAbs,
                scale,
                points,
                units);
    }

    static void run(ForecastMethod method, double[] y, int n, double[] out) {
        switch (method) {
            case SEASONAL_NAIVE -> ForecastMethods.seasonalNaive(y, n, out);
            case SIMPLE_EXPONENTIAL_SMOOTHING -> ForecastMethods.simpleExponentialSmoothing(y, n, out);
            case CROSTON_SBA -> ForecastMethods.crostonSba(y, n, out);
            case HOLT_WINTERS_ADDITIVE -> ForecastMethods.holtWinters(y, n, out);
            case WEEKDAY_PROFILE -> ForecastMethods.weekdayProfile(y, n, out);
        }
    }

    private static double stdDev(double[] y) {
        double mean = ForecastMethods.mean(y, y.length);
        double ss = 0;
        for (double v : y) {
            ss += (v - mean) * (v - mean);
        }
        return y.length > 1 ? Math.sqrt(ss / (y.length - 1)) : 0;
    }
}
