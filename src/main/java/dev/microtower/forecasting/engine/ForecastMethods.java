package dev.microtower.forecasting.engine;

/**
 * The four forecasting methods as pure functions over a prefix of a daily series: each fits on
 * {@code y[0..n)} and writes the next {@code out.length} days into {@code out}. Working on a
 * prefix lets rolling-origin evaluation reuse one array without copying. Forecasts are never
 * negative. Parameters are chosen from small fixed grids by in-sample one-step squared error:
 * cheap enough for hundreds of thousands of series, and the holdout still decides between methods.
 */
public final class ForecastMethods {
    static final int SEASON = 7;
    private static final double[] SES_ALPHAS = {0.1, 0.3, 0.6};
    private static final double[][] HW_PARAMS = {{0.1, 0.01, 0.1}, {0.3, 0.05, 0.2}};
    /**
     * Holt-Winters' trend damping per day (Gardner and McKenzie): a trend fitted on a few weeks and
     * chosen on a one-week holdout must not run on undamped over a four-week horizon. 0.9 is the
     * literature's usual value, set once, not tuned on any backtest.
     */
    static final double HW_DAMPING = 0.9;

    static final double CROSTON_ALPHA = 0.1;

    private ForecastMethods() {}

    /** Next week repeats the last observed week: {@code y[n - 7 + (h - 1) mod 7]}. */
    public static void seasonalNaive(double[] y, int n, double[] out) {
        if (n < SEASON) {
            fill(out, mean(y, n));
            return;
        }
        for (int h = 0; h < out.length; h++) {
            out[h] = y[n - SEASON + h % SEASON];
        }
    }

    /** Level {@code l = a*y + (1-a)*l}, starting at the first observation; the forecast is flat. */
    public static void simpleExponentialSmoothing(double[] y, int n, double[] out) {
        if (n == 0) {
            fill(out, 0);
            return;
        }
        double bestSse = Double.POSITIVE_INFINITY;
        double bestLevel = 0;
        for (double a : SES_ALPHAS) {
            double level = y[0];
            double sse = 0;
            for (int t = 1; t < n; t++) {
                double e = y[t] - level;
                sse += e * e;
                level += a * e;
            }
            if (sse < bestSse) {
                bestSse = sse;
                bestLevel = level;
            }
        }
        fill(out, Math.max(0, bestLevel));
    }

    /** SES with a fixed smoothing constant (exposed for tests with known answers). */
    public static double sesLevel(double[] y, int n, double alpha) {
        double level = y[0];
        for (int t = 1; t < n; t++) {
            level += alpha * (y[t] - level);
        }
        return level;
    }

    /**
     * Additive Holt-Winters with a weekly season and a damped trend ({@code φ} = {@link
     * #HW_DAMPING}). Start: level = mean of week 1, trend = (mean of week 2 - mean of week 1) / 7,
     * season = week 1 minus the level. Update for t >= 7: {@code L = a(y - S) + (1-a)(L + φT)},
     * {@code T = b(L - L') + (1-b)φT}, {@code S = g(y - L) + (1-g)S}; forecast {@code L + (φ + … +
     * φ^h)T + S[(n + h - 1) mod 7]}. Needs two weeks; falls back to seasonal naive.
     */
    public static void holtWinters(double[] y, int n, double[] out) {
        if (n < 2 * SEASON) {
            seasonalNaive(y, n, out);
            return;
        }
        double bestSse = Double.POSITIVE_INFINITY;
        double[] season = new double[SEASON];
        double[] bestSeason = new double[SEASON];
        double bestLevel = 0;
        double bestTrend = 0;
        for (double[] p : HW_PARAMS) {
            double a = p[0];
            double b = p[1];
            double g = p[2];
            double m1 = mean(y, 0, SEASON);
            double m2 = mean(y, SEASON, 2 * SEASON);
            double level = m1;
            double trend = (m2 - m1) / SEASON;
            for (int k = 0; k < SEASON; k++) {
                season[k] = y[k] - m1;
            }
            // the first week fixed the start; level and trend stand at its middle, so move them to its end
            level += trend * (SEASON - 1) / 2.0;
            double sse = 0;
            for (int t = SEASON; t < n; t++) {
                int k = t % SEASON;
                double fitted = level + HW_DAMPING * trend + season[k];
                double e = y[t] - fitted;
                sse += e * e;
                double previous = level;
                level = a * (y[t] - season[k]) + (1 - a) * (level + HW_DAMPING * trend);
                trend = b * (level - previous) + (1 - b) * HW_DAMPING * trend;
                season[k] = g * (y[t] - level) + (1 - g) * season[k];
            }
            if (sse < bestSse) {
                bestSse = sse;
                bestLevel = level;
                bestTrend = trend;
                System.arraycopy(season, 0, bestSeason, 0, SEASON);
            }
        }
        double damped = 0;
        double factor = 1;
        for (int h = 1; h <= out.length; h++) {
            factor *= HW_DAMPING;
            damped += factor;
            out[h - 1] = Math.max(0, bestLevel + damped * bestTrend + bestSeason[(n + h - 1) % SEASON]);
        }
    }

    /**
     * Croston's method with the Syntetos-Boylan correction: smooth the non-zero demand sizes z and
     * the intervals p between them separately (alpha 0.1), forecast {@code (1 - alpha/2) * z / p}
     * per day. The first interval counts from the start of the series.
     */
    public static void crostonSba(double[] y, int n, double[] out) {
        double size = 0;
        double interval = 0;
        int sinceLast = 0;
        boolean started = false;
        for (int t = 0; t < n; t++) {
            sinceLast++;
            if (y[t] > 0) {
                if (!started) {
                    size = y[t];
                    interval = sinceLast;
                    started = true;
                } else {
                    size += CROSTON_ALPHA * (y[t] - size);
                    interval += CROSTON_ALPHA * (sinceLast - interval);
                }
                sinceLast = 0;
            }
        }
        fill(out, started ? (1 - CROSTON_ALPHA / 2) * size / interval : 0);
    }

    /**
     * The mean of the last four weeks times a weekday profile (each weekday's mean over the last
     * eight weeks divided by the mean of those weeks). On noisy weekly series it averages the noise
     * seasonal naive repeats; needs two weeks, falls back to the mean.
     */
    public static void weekdayProfile(double[] y, int n, double[] out) {
        if (n < 2 * SEASON) {
            fill(out, mean(y, n));
            return;
        }
        double level = mean(y, n - Math.min(n, 4 * SEASON), n);
        int span = Math.min(n, 8 * SEASON) / SEASON * SEASON;
        double all = mean(y, n - span, n);
        double[] profile = new double[SEASON];
        for (int t = n - span; t < n; t++) {
            profile[Math.floorMod(t - n, SEASON)] += y[t];
        }
        for (int h = 0; h < out.length; h++) {
            double weekday = all > 0 ? profile[h % SEASON] / (span / (double) SEASON) / all : 1;
            out[h] = Math.max(0, level * weekday);
        }
    }

    /** Whether demand is intermittent: average interval between demands of at least 1.32 days. */
    public static boolean isIntermittent(double[] y, int n) {
        int nonZero = 0;
        for (int t = 0; t < n; t++) {
            if (y[t] > 0) {
                nonZero++;
            }
        }
        return nonZero > 0 && (double) n / nonZero >= 1.32;
    }

    static double mean(double[] y, int n) {
        return n == 0 ? 0 : mean(y, 0, n);
    }

    static double mean(double[] y, int from, int to) {
        double sum = 0;
        for (int t = from; t < to; t++) {
            sum += y[t];
        }
        return sum / (to - from);
    }

    private static void fill(double[] out, double value) {
        java.util.Arrays.fill(out, value);
    }
}
