package dev.microtower.forecasting.engine;

import dev.microtower.core.Cancellation;
import dev.microtower.core.Progress;
import dev.microtower.core.SkuCode;
import dev.microtower.forecasting.domain.Backtest;
import dev.microtower.forecasting.domain.BacktestLevel;
import dev.microtower.forecasting.domain.BacktestRow;
import dev.microtower.forecasting.domain.DemandHistory;
import dev.microtower.forecasting.domain.NetworkForecast;
import dev.microtower.forecasting.domain.SeriesForecast;
import dev.microtower.forecasting.domain.SeriesKey;
import dev.microtower.forecasting.domain.ServiceReplay;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Rolling-origin, out-of-sample backtest of the site × SKU forecasts. At each origin the history is
 * cut: the forecaster sees only the training days before the origin, so its method choice (its own
 * holdout at the end of the training window) is nested inside the window and the evaluated days
 * never choose the method. The forecasts of the following days are compared with what was sold,
 * next to seasonal naive on the very same days, at site × SKU and summed to each site, SKU,
 * category and the network: the levels a planner reads. The MASE scale is each series' own
 * training window (mean absolute week-on-week change), as in Hyndman and Koehler (2006).
 */
public final class Backtester {
    private final BacktestSettings settings;
    private final int parallelism;
    private double serviceLevel = Double.NaN;
    private double z;

    public Backtester(BacktestSettings settings) {
        this(settings, Runtime.getRuntime().availableProcessors());
    }

    public Backtester(BacktestSettings settings, int parallelism) {
        this.settings = settings;
        this.parallelism = parallelism;
    }

    /**
     * Also replays the evaluated days through a weekly fill-up policy at this service level ({@code
     * z} its standard normal quantile), on the forecasts and on seasonal naive ({@link ServiceReplay}).
     */
    public Backtester replayingAt(double level, double quantile) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("a service level must be between 0 and 1: " + level);
        }
        this.serviceLevel = level;
        this.z = quantile;
        return this;
    }

    /** Everything summed over the origins for one series of one level. */
    private static final class Totals {
        final BacktestLevel level;
        final String series;
        String method = "";
        boolean intermittent;
        int points;
        double actual;
        double forecast;
        double naive;
        double abs;
        double naiveAbs;
        double scaledAbs;
        double scaledNaiveAbs;
        double sq;
        double naiveSq;
        double scale;
        double sqScale;
        double withoutHistory;

        Totals(BacktestLevel level, String series) {
            this.level = level;
            this.series = series;
        }

        BacktestRow row() {
            return new BacktestRow(
                    level,
                    series,
                    method,
                    intermittent,
                    points,
                    actual,
                    forecast,
                    naive,
                    abs,
                    naiveAbs,
                    scaledAbs,
                    scaledNaiveAbs,
                    sq,
                    naiveSq,
                    scale,
                    sqScale,
                    withoutHistory);
        }
    }

    /** One aggregate's series at one origin: summed training days, forecasts and actuals. */
    private static final class Sum {
        final double[] training;
        final double[] forecast;
        final double[] naive;
        final double[] actual;
        double withoutHistory;

        Sum(int trainingDays, int horizon) {
            training = new double[trainingDays];
            forecast = new double[horizon];
            naive = new double[horizon];
            actual = new double[horizon];
        }
    }

    /** The origins (as indexes into the history) that leave a training window of at least three weeks. */
    int[] origins(int days) {
        List<Integer> out = new ArrayList<>();
        for (int k = settings.origins(); k >= 1; k--) {
            int origin = days - k * settings.horizonDays();
            if (origin >= BacktestSettings.MIN_TRAINING_DAYS) {
                out.add(origin);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    public Backtest run(
            DemandHistory history, Function<SkuCode, String> categoryOf, Progress progress, Cancellation cancellation) {
        return run(history, categoryOf, List.of(), progress, cancellation);
    }

    /**
     * The backtest of the forecasts as plans make them: the SKUs of {@code catalogue} without
     * history get their category's rate for new SKUs, and every site × SKU with a forecast is
     * scored, sold or not.
     */
    public Backtest run(
            DemandHistory history,
            Function<SkuCode, String> categoryOf,
            Collection<SkuCode> catalogue,
            Progress progress,
            Cancellation cancellation) {
        int horizon = settings.horizonDays();
        ForecastEngine engine = new ForecastEngine(new ForecastSettings(Math.max(28, horizon), 2, 7), parallelism);
        int[] origins = origins(history.days());
        Map<String, Totals> totals = new TreeMap<>();
        List<LocalDate> originDays = new ArrayList<>();
        double[] replay = new double[5];
        for (int i = 0; i < origins.length; i++) {
            cancellation.check();
            progress.progress(
                    i, origins.length, "Backtesting the forecast: origin " + (i + 1) + " of " + origins.length);
            int origin = origins[i];
            int start = Math.max(0, origin - settings.trainingDays());
            int length = origin - start;
            originDays.add(history.firstDay().plusDays(origin));
            Map<SeriesKey, double[]> training = new HashMap<>();
            for (var e : history.series().entrySet()) {
                training.put(e.getKey(), Arrays.copyOfRange(e.getValue(), start, origin));
            }
            DemandHistory window = new DemandHistory(history.firstDay().plusDays(start), length, training, 0, 0, 0, 0);
            NetworkForecast forecast = engine.forecast(window, categoryOf, catalogue, List.of(), cancellation);
            cancellation.check();

            Map<String, Sum> sums = new HashMap<>();
            double[] naive = new double[horizon];
            double[] noDemand = new double[history.days()];
            double[] noTraining = new double[length];
            TreeSet<SeriesKey> keys = new TreeSet<>(history.series().keySet());
            keys.addAll(forecast.series().keySet());
            for (SeriesKey key : keys) {
                double[] y = history.series().getOrDefault(key, noDemand);
                double[] train = training.getOrDefault(key, noTraining);
                SeriesForecast f = forecast.get(key);
                double[] fc = f == null ? new double[horizon] : Arrays.copyOf(f.daily(), horizon);
                ForecastMethods.seasonalNaive(train, length, naive);
                double[] actual = Arrays.copyOfRange(y, origin, origin + horizon);
                double trainUnits = Arrays.stream(train).sum();
                double without = trainUnits == 0 ? Arrays.stream(actual).sum() : 0;
                Totals t = totals.computeIfAbsent(
                        BacktestLevel.NODE_SKU.code() + "\t" + key.node().value() + "/"
                                + key.sku().value(),
                        k -> new Totals(
                                BacktestLevel.NODE_SKU,
                                key.node().value() + "/" + key.sku().value()));
                t.method = f == null ? "none (no history)" : f.method().label();
                t.intermittent = ForecastMethods.isIntermittent(train, length);
                add(t, train, fc, naive, actual, without);
                if (!Double.isNaN(serviceLevel)) {
                    replay(replay, train, fc, f == null ? 0 : f.sigmaDaily(), naive, actual);
                }
                String category = categoryOf.apply(key.sku());
                addTo(sums, BacktestLevel.NETWORK, "network", length, horizon, train, fc, naive, actual, without);
                addTo(sums, BacktestLevel.NODE, key.node().value(), length, horizon, train, fc, naive, actual, without);
                addTo(sums, BacktestLevel.SKU, key.sku().value(), length, horizon, train, fc, naive, actual, without);
                addTo(
                        sums,
                        BacktestLevel.CATEGORY,
                        category == null ? "(no category)" : category,
                        length,
                        horizon,
                        train,
                        fc,
                        naive,
                        actual,
                        without);
            }
            for (var e : sums.entrySet()) {
                String[] parts = e.getKey().split("\t", 2);
                BacktestLevel level = levelOf(parts[0]);
                Totals t = totals.computeIfAbsent(e.getKey(), k -> new Totals(level, parts[1]));
                Sum s = e.getValue();
                t.intermittent = ForecastMethods.isIntermittent(s.training, length);
                add(t, s.training, s.forecast, s.naive, s.actual, s.withoutHistory);
            }
        }
        progress.progress(origins.length, origins.length, "Backtest done");
        List<BacktestRow> rows = new ArrayList<>(totals.size());
        for (BacktestLevel level : BacktestLevel.values()) {
            for (Totals t : totals.values()) {
                if (t.level == level) {
                    rows.add(t.row());
                }
            }
        }
        ServiceReplay service = Double.isNaN(serviceLevel)
                ? null
                : new ServiceReplay(
                        serviceLevel, replay[0], replay[1], replay[2], replay[3], replay[4], origins.length * horizon);
        return new Backtest(originDays, horizon, settings.trainingDays(), rows, service);
    }

    /**
     * One site × SKU's evaluated days through the weekly fill-up policy, on its forecast (daily
     * error from the forecast) and on seasonal naive (daily error: the root mean square of its
     * week-on-week errors over the training window).
     */
    private void replay(double[] into, double[] train, double[] fc, double sigma, double[] naive, double[] actual) {
        int season = ForecastMethods.SEASON;
        double sq = 0;
        for (int t = season; t < train.length; t++) {
            double d = train[t] - train[t - season];
            sq += d * d;
        }
        double naiveSigma = train.length > season ? Math.sqrt(sq / (train.length - season)) : 0;
        for (int from = 0; from < actual.length; from += season) {
            int to = Math.min(actual.length, from + season);
            double week = 0;
            double naiveWeek = 0;
            for (int d = from; d < to; d++) {
                week += fc[d];
                naiveWeek += naive[d];
                into[0] += actual[d];
            }
            double root = Math.sqrt(to - from);
            double[] a = ServiceReplay.week(week + z * sigma * root, actual, from, to);
            double[] b = ServiceReplay.week(naiveWeek + z * naiveSigma * root, actual, from, to);
            into[1] += a[0];
            into[2] += a[1];
            into[3] += b[0];
            into[4] += b[1];
        }
    }

    private static BacktestLevel levelOf(String code) {
        for (BacktestLevel l : BacktestLevel.values()) {
            if (l.code().equals(code)) {
                return l;
            }
        }
        throw new IllegalArgumentException(code);
    }

    private static void addTo(
            Map<String, Sum> sums,
            BacktestLevel level,
            String series,
            int length,
            int horizon,
            double[] train,
            double[] fc,
            double[] naive,
            double[] actual,
            double without) {
        Sum s = sums.computeIfAbsent(level.code() + "\t" + series, k -> new Sum(length, horizon));
        for (int t = 0; t < length; t++) {
            s.training[t] += train[t];
        }
        for (int h = 0; h < horizon; h++) {
            s.forecast[h] += fc[h];
            s.naive[h] += naive[h];
            s.actual[h] += actual[h];
        }
        s.withoutHistory += without;
    }

    /** Adds one origin's errors of one series, scaled by that series' own training window. */
    private static void add(Totals t, double[] train, double[] fc, double[] naive, double[] actual, double without) {
        int season = ForecastMethods.SEASON;
        double diff = 0;
        double diffSq = 0;
        for (int i = season; i < train.length; i++) {
            double d = train[i] - train[i - season];
            diff += Math.abs(d);
            diffSq += d * d;
        }
        int diffs = train.length - season;
        double meanDiff = diffs > 0 ? diff / diffs : 0;
        double meanDiffSq = diffs > 0 ? diffSq / diffs : 0;
        double abs = 0;
        double naiveAbs = 0;
        double sq = 0;
        double naiveSq = 0;
        for (int h = 0; h < actual.length; h++) {
            double e = fc[h] - actual[h];
            double n = naive[h] - actual[h];
            t.actual += actual[h];
            t.forecast += fc[h];
            t.naive += naive[h];
            abs += Math.abs(e);
            naiveAbs += Math.abs(n);
            sq += e * e;
            naiveSq += n * n;
        }
        t.abs += abs;
        t.naiveAbs += naiveAbs;
        // a window without week-on-week change has no scale: its errors count in WAPE but not in MASE
        if (meanDiff > 0) {
            t.scale += meanDiff * actual.length;
            t.sqScale += meanDiffSq * actual.length;
            t.scaledAbs += abs;
            t.scaledNaiveAbs += naiveAbs;
            t.sq += sq;
            t.naiveSq += naiveSq;
        }
        t.points += actual.length;
        t.withoutHistory += without;
    }
}
