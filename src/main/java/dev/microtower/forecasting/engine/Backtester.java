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
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Executor;
import java.util.function.DoubleUnaryOperator;
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
    private static final double LOWEST_LEVEL = 0.01;
    private static final double HIGHEST_LEVEL = 0.995;
    private final BacktestSettings settings;
    private final Executor executor;
    private double serviceLevel = Double.NaN;

    /** Forecasts on the calling thread and on helpers given to {@code executor} (the compute lane's). */
    public Backtester(BacktestSettings settings, Executor executor) {
        this.settings = settings;
        this.executor = Objects.requireNonNull(executor);
    }

    /**
     * Also replays the evaluated days through a weekly fill-up policy aiming at this fill rate, on
     * the forecasts and on seasonal naive ({@link ServiceReplay}).
     */
    public Backtester replayingAt(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("a service level must be between 0 and 1: " + level);
        }
        this.serviceLevel = level;
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

    /**
     * The origins (as indexes into the history) that leave a training window of at least three weeks
     * from {@code firstDay}, the history's first day with any demand.
     */
    int[] origins(int days, int firstDay) {
        List<Integer> out = new ArrayList<>();
        for (int k = settings.origins(); k >= 1; k--) {
            int origin = days - k * settings.horizonDays();
            if (origin - firstDay >= BacktestSettings.MIN_TRAINING_DAYS) {
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
        ForecastEngine engine = new ForecastEngine(new ForecastSettings(Math.max(28, horizon), 2, 7), executor);
        // a history longer than the orders (a network younger than the backtest's window) starts on
        // its first day with demand: the days before it are no data, not days that sold nothing
        int firstDay = ForecastEngine.firstDayWithDemand(history);
        int[] origins = origins(history.days(), firstDay);
        Map<String, Totals> totals = new TreeMap<>();
        List<LocalDate> originDays = new ArrayList<>();
        double[] replay = new double[ReplayCells.FIGURES];
        // the forecast of the origin before: where it lies the replay's inner weeks before this one,
        // its errors there are this origin's measured weekly errors (no second forecast)
        NetworkForecast previous = null;
        int previousOrigin = -1;
        for (int i = 0; i < origins.length; i++) {
            cancellation.check();
            progress.progress(
                    i, origins.length, "Backtesting the forecast: origin " + (i + 1) + " of " + origins.length);
            int origin = origins[i];
            int start = Math.max(firstDay, origin - settings.trainingDays());
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
            ReplayCells cells = null;
            if (!Double.isNaN(serviceLevel)) {
                cells = new ReplayCells(cancellation);
                if (previous != null && origin - previousOrigin == INNER_WEEKS * ForecastMethods.SEASON) {
                    cells.measure(previous, history.series(), previousOrigin, INNER_WEEKS);
                } else {
                    cells.measure(engine, window, training, categoryOf, catalogue);
                }
                cancellation.check();
            }
            previous = forecast;
            previousOrigin = origin;
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
                if (cells != null) {
                    cells.add(fc, naive, actual);
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
            if (cells != null) {
                cells.replay(replay);
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
                        serviceLevel,
                        replay[0],
                        replay[1],
                        replay[2],
                        replay[3],
                        replay[4],
                        origins.length * horizon,
                        replay[5] / origins.length,
                        replay[6] / origins.length,
                        replay[7],
                        replay[8],
                        replay[9],
                        replay[10],
                        replay[11],
                        replay[12],
                        replay[13]);
        return new Backtest(originDays, horizon, settings.trainingDays(), rows, service);
    }

    /**
     * One origin's site × SKUs through the weekly fill-up policy ({@link OrderUpTo}), on the
     * forecasts and on seasonal naive, <b>both under the same rules</b>. A week's error variance
     * comes, for each policy, from its own errors over whole weeks at site × SKU inside the training
     * window ({@link #measure}): the forecaster and seasonal naive are fitted at an inner origin
     * before the window's last weeks and their weekly errors there are pooled by the size of the
     * weekly forecast ({@link ErrorModel}). Measuring weeks, not days, keeps what daily errors share
     * within a week (a share or level that is off stays off all week), which a daily σ × √7 leaves
     * out. The service level is a fill rate over the network, so each policy fills every site × SKU
     * up to the same cycle level, the one at which its own error model expects that fill rate
     * (before the evaluated days: a common cycle level puts each unit of stock where it serves the
     * most, and leaves out items so slow that a unit would mostly sit). Also replayed: the plan's
     * own reading of the level ({@code SafetyStock}: a fill rate over the network, one safety factor
     * from the loss function, targets in whole units), and, for the record and not for any plan, the cycle level at which each policy
     * would have met the fill rate exactly on the evaluated days, and the stock it would have held
     * there: both on the same footing.
     */
    private final class ReplayCells {
        static final int FIGURES = 14;
        private final List<double[]> forecast = new ArrayList<>();
        private final List<double[]> naive = new ArrayList<>();
        private final List<double[]> actual = new ArrayList<>();
        private final ErrorModel[] errors = {new ErrorModel(), new ErrorModel()};
        // each search replays every site × SKU some thirty times: a cancel is seen between the passes
        private final Cancellation cancellation;

        ReplayCells(Cancellation cancellation) {
            this.cancellation = cancellation;
        }

        /**
         * Both policies' weekly errors inside the training window: fitted on the window without its
         * last weeks ({@link #INNER_WEEKS}, fewer when the window is short) and scored on those
         * weeks, site × SKU by site × SKU. The evaluated days are not read. Used for the first
         * origin; the later ones, {@link #INNER_WEEKS} weeks apart, take the origin before's forecast.
         */
        void measure(
                ForecastEngine engine,
                DemandHistory window,
                Map<SeriesKey, double[]> training,
                Function<SkuCode, String> categoryOf,
                Collection<SkuCode> catalogue) {
            int length = window.days();
            int weeks = Math.min(INNER_WEEKS, (length - BacktestSettings.MIN_TRAINING_DAYS) / ForecastMethods.SEASON);
            if (weeks <= 0) {
                return;
            }
            int inner = length - weeks * ForecastMethods.SEASON;
            Map<SeriesKey, double[]> cut = new HashMap<>();
            for (var e : training.entrySet()) {
                cut.put(e.getKey(), Arrays.copyOf(e.getValue(), inner));
            }
            NetworkForecast f = engine.forecast(
                    new DemandHistory(window.firstDay(), inner, cut, 0, 0, 0, 0),
                    categoryOf,
                    catalogue,
                    List.of(),
                    cancellation);
            measure(f, training, inner, weeks);
        }

        /**
         * Both policies' weekly errors over the {@code weeks} weeks from {@code inner} (an index into
         * {@code series}): the forecast {@code f} made at {@code inner} from the days before it, and
         * seasonal naive there. Only days before {@code inner} plus {@code weeks} weeks are read.
         */
        void measure(NetworkForecast f, Map<SeriesKey, double[]> series, int inner, int weeks) {
            int days = weeks * ForecastMethods.SEASON;
            double[] naiveDays = new double[days];
            TreeSet<SeriesKey> keys = new TreeSet<>(series.keySet());
            keys.addAll(f.series().keySet());
            double[] none = new double[inner + days];
            for (SeriesKey key : keys) {
                double[] y = series.getOrDefault(key, none);
                SeriesForecast sf = f.get(key);
                ForecastMethods.seasonalNaive(y, inner, naiveDays);
                for (int w = 0; w < weeks; w++) {
                    int from = w * ForecastMethods.SEASON;
                    int to = from + ForecastMethods.SEASON;
                    double sold = units(y, inner + from, inner + to);
                    if (sf != null) {
                        errors[0].add(units(sf.daily(), from, to), sold);
                    }
                    errors[1].add(units(naiveDays, from, to), sold);
                }
            }
        }

        void add(double[] fc, double[] naiveFc, double[] actualDays) {
            forecast.add(fc);
            naive.add(naiveFc.clone());
            actual.add(actualDays);
        }

        /**
         * {demand, served, stock unit-days, naive served, naive stock, levels, naive level, at target,
         * naive at target, served holding naive's stock, served and stock at the plan's reading,
         * naive served and stock at the plan's reading}.
         */
        void replay(double[] into) {
            // each policy's weeks with their forecast, error and distribution, computed once for all the searches
            Weeks own = new Weeks(forecast, actual, errors[0]);
            Weeks base = new Weeks(naive, actual, errors[1]);
            into[0] += total(actual);
            double ownLevel = expectedLevel(own);
            double baseLevel = expectedLevel(base);
            double[] a = run(own, ownLevel);
            double[] b = run(base, baseLevel);
            into[1] += a[0];
            into[2] += a[1];
            into[3] += b[0];
            into[4] += b[1];
            into[5] += ownLevel;
            into[6] += baseLevel;
            into[7] += stockAtTarget(own);
            into[8] += stockAtTarget(base);
            into[9] += servedHolding(own, b[1]);
            double[] c = runAsPlanned(own);
            double[] d = runAsPlanned(base);
            into[10] += c[0];
            into[11] += c[1];
            into[12] += d[0];
            into[13] += d[1];
        }

        /** The units the policy serves at the highest cycle level that holds no more than {@code stock} unit-days. */
        private double servedHolding(Weeks weeks, double stock) {
            double low = LOWEST_LEVEL;
            double high = HIGHEST_LEVEL;
            double[] lowest = run(weeks, low);
            if (lowest[1] > stock) {
                return lowest[0];
            }
            for (int i = 0; i < 30; i++) {
                cancellation.check();
                double mid = (low + high) / 2;
                if (run(weeks, mid)[1] <= stock) {
                    low = mid;
                } else {
                    high = mid;
                }
            }
            return run(weeks, low)[0];
        }

        /** The cycle level at which the policy's own model expects the target fill rate. */
        private double expectedLevel(Weeks weeks) {
            double demand = weeks.forecastUnits();
            if (demand <= 0) {
                return serviceLevel;
            }
            return bisect(level -> weeks.expectedServed(level) / demand);
        }

        /** The stock unit-days of the policy at the level that meets the fill rate on the evaluated days; NaN if none does. */
        private double stockAtTarget(Weeks weeks) {
            double demand = total(actual);
            if (demand <= 0) {
                return 0;
            }
            double total = demand;
            if (run(weeks, HIGHEST_LEVEL)[0] / total < serviceLevel) {
                return Double.NaN;
            }
            double level = bisect(l -> run(weeks, l)[0] / total);
            return run(weeks, level)[1];
        }

        /** The lowest cycle level (to a bisection's precision) whose fill rate reaches the service level. */
        private double bisect(DoubleUnaryOperator fillAt) {
            double low = LOWEST_LEVEL;
            double high = HIGHEST_LEVEL;
            if (fillAt.applyAsDouble(high) < serviceLevel) {
                return high;
            }
            for (int i = 0; i < 30; i++) {
                cancellation.check();
                double mid = (low + high) / 2;
                if (fillAt.applyAsDouble(mid) >= serviceLevel) {
                    high = mid;
                } else {
                    low = mid;
                }
            }
            return high;
        }

        /**
         * {served, stock unit-days} of the policy read as the plan's safety stock reads its service
         * level ({@code SafetyStock}): a fill rate over the network, one safety factor {@code k} for
         * every site × SKU from the loss function over the weeks' summed forecasts and error
         * deviations ({@link OrderUpTo#fillRateFactor}), each week filled up to {@code ceil(forecast
         * + max(0, k)·σ)}, whole units as a target is.
         */
        private double[] runAsPlanned(Weeks weeks) {
            double k = weeks.fillRateFactor(serviceLevel);
            double served = 0;
            double held = 0;
            for (int w = 0; w < weeks.size(); w++) {
                double[] r = ServiceReplay.week(
                        weeks.plannedLevel(w, k), actual.get(weeks.cell[w]), weeks.from[w], weeks.to[w]);
                served += r[0];
                held += r[1];
            }
            return new double[] {served, held};
        }

        /** {served, stock unit-days} of the policy at a cycle level on the evaluated days. */
        private double[] run(Weeks weeks, double level) {
            double z = Normal.quantile(level);
            double served = 0;
            double held = 0;
            for (int w = 0; w < weeks.size(); w++) {
                double[] r = ServiceReplay.week(
                        weeks.level(w, level, z), actual.get(weeks.cell[w]), weeks.from[w], weeks.to[w]);
                served += r[0];
                held += r[1];
            }
            return new double[] {served, held};
        }
    }

    /**
     * One policy's weeks of every site × SKU of an origin: the week's forecast, its error variance
     * from the policy's {@link ErrorModel} and, for a count-sized week, its distribution, each
     * computed once, so that the thirty-odd passes of a search over cycle levels read them instead
     * of summing days and walking distributions again. The levels and served units are those of
     * {@link OrderUpTo#level} and {@link OrderUpTo#expectedServed}, the same sums in the same order.
     */
    private static final class Weeks {
        final int[] cell;
        final int[] from;
        final int[] to;
        private final double[] mean;
        private final double[] variance;
        private final double[] sd;
        // P(D <= k) up to the highest cycle level searched, and E[min(D, k)], for count-sized weeks
        private final double[][] cumulative;
        private final double[][] served;
        private final double forecastUnits;

        Weeks(List<double[]> forecasts, List<double[]> actual, ErrorModel errors) {
            int n = 0;
            for (double[] y : actual) {
                n += (y.length + ForecastMethods.SEASON - 1) / ForecastMethods.SEASON;
            }
            cell = new int[n];
            from = new int[n];
            to = new int[n];
            mean = new double[n];
            variance = new double[n];
            sd = new double[n];
            cumulative = new double[n][];
            served = new double[n][];
            forecastUnits = total(forecasts);
            int w = 0;
            for (int c = 0; c < forecasts.size(); c++) {
                double[] f = forecasts.get(c);
                int days = actual.get(c).length;
                for (int start = 0; start < days; start += ForecastMethods.SEASON) {
                    int end = Math.min(days, start + ForecastMethods.SEASON);
                    double week = units(f, start, end);
                    double v = Math.max(0, errors.variance(week, end - start));
                    cell[w] = c;
                    from[w] = start;
                    to[w] = end;
                    mean[w] = week;
                    variance[w] = v;
                    sd[w] = Math.sqrt(v);
                    if (week > 0 && week < OrderUpTo.DISCRETE_BELOW) {
                        double[] p = OrderUpTo.cumulative(week, v, HIGHEST_LEVEL);
                        double[] s = new double[p.length + 1];
                        for (int j = 0; j < p.length; j++) {
                            s[j + 1] = s[j] + Math.max(0, 1 - p[j]);
                        }
                        cumulative[w] = p;
                        served[w] = s;
                    }
                    w++;
                }
            }
        }

        int size() {
            return mean.length;
        }

        double forecastUnits() {
            return forecastUnits;
        }

        /** {@link OrderUpTo#level} of week {@code w} at a cycle level whose normal quantile is {@code z}. */
        double level(int w, double cycleLevel, double z) {
            double m = mean[w];
            if (!(m > 0)) {
                return 0;
            }
            double[] p = cumulative[w];
            if (p == null) {
                return m + Math.max(0, z) * sd[w];
            }
            int k = 0;
            while (p[k] < cycleLevel && k + 1 < p.length) {
                k++;
            }
            return p[k] >= cycleLevel ? k : OrderUpTo.level(m, variance[w], cycleLevel);
        }

        /** The one safety factor of the weeks with a forecast for a fill rate over all of them. */
        double fillRateFactor(double fillRate) {
            double demand = 0;
            double sigma = 0;
            for (int w = 0; w < mean.length; w++) {
                if (mean[w] > 0) {
                    demand += mean[w];
                    sigma += sd[w];
                }
            }
            return OrderUpTo.fillRateFactor(fillRate, demand, sigma);
        }

        /** The plan's target for week {@code w} at the safety factor {@code k}: whole units. */
        double plannedLevel(int w, double k) {
            return mean[w] > 0 ? Math.ceil(mean[w] + Math.max(0, k) * sd[w] - 1e-9) : 0;
        }

        /** The units the weeks are expected to serve at a cycle level, by each week's own distribution. */
        double expectedServed(double cycleLevel) {
            double z = Normal.quantile(cycleLevel);
            double total = 0;
            for (int w = 0; w < mean.length; w++) {
                double level = level(w, cycleLevel, z);
                double[] s = served[w];
                total += s != null && level < s.length
                        ? s[(int) level]
                        : OrderUpTo.expectedServed(mean[w], variance[w], level);
            }
            return total;
        }
    }

    /** How many weeks at the end of a training window measure the replay's weekly errors. */
    static final int INNER_WEEKS = 4;

    /**
     * A policy's weekly error variance as a function of its weekly forecast, measured: weeks of
     * site × SKUs are pooled by the size of the forecast (bins a factor of 2 wide), and a bin's
     * variance per forecast unit is {@code Σ error² / Σ forecast} over its weeks (1 is Poisson).
     * A bin with fewer than {@link #FEW} weeks borrows its neighbours'. Without any measured week
     * the variance is Poisson's.
     */
    static final class ErrorModel {
        static final int FEW = 30;
        private static final int BINS = 40;
        private static final int OFFSET = 20;
        private final double[] squares = new double[BINS];
        private final double[] forecastUnits = new double[BINS];
        private final int[] weeks = new int[BINS];
        private double[] perUnit;

        private static int bin(double week) {
            int b = (int) Math.floor(Math.log(week) / Math.log(2)) + OFFSET;
            return Math.max(0, Math.min(BINS - 1, b));
        }

        void add(double forecastWeek, double actualWeek) {
            if (!(forecastWeek > 0)) {
                return;
            }
            int b = bin(forecastWeek);
            double e = actualWeek - forecastWeek;
            squares[b] += e * e;
            forecastUnits[b] += forecastWeek;
            weeks[b]++;
            perUnit = null;
        }

        /** The error variance of a period of {@code days} days whose forecast is {@code units}. */
        double variance(double units, int days) {
            if (!(units > 0)) {
                return 0;
            }
            if (perUnit == null) {
                perUnit = new double[BINS];
                for (int b = 0; b < BINS; b++) {
                    double sq = 0;
                    double fu = 0;
                    int n = 0;
                    for (int r = 0; r < BINS && n < FEW; r++) {
                        for (int c : r == 0 ? new int[] {b} : new int[] {b - r, b + r}) {
                            if (c >= 0 && c < BINS) {
                                sq += squares[c];
                                fu += forecastUnits[c];
                                n += weeks[c];
                            }
                        }
                    }
                    perUnit[b] = fu > 0 ? sq / fu : 1;
                }
            }
            // a part week (the horizon's last) is a week's forecast of that size: the same bin
            return perUnit[bin(units * ForecastMethods.SEASON / days)] * units;
        }
    }

    private static double total(List<double[]> series) {
        double units = 0;
        for (double[] days : series) {
            units += units(days, 0, days.length);
        }
        return units;
    }

    private static double units(double[] days, int from, int to) {
        double units = 0;
        for (int d = from; d < to; d++) {
            units += days[d];
        }
        return units;
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
