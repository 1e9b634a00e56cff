package dev.microtower.forecasting.engine;

import dev.microtower.core.Cancellation;
import dev.microtower.core.CancelledException;
import dev.microtower.core.NodeCode;
import dev.microtower.core.Parallel;
import dev.microtower.core.SkuCode;
import dev.microtower.forecasting.domain.DemandHistory;
import dev.microtower.forecasting.domain.ForecastMethod;
import dev.microtower.forecasting.domain.SeriesForecast;
import dev.microtower.forecasting.domain.SeriesKey;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * Forecasts where the signal is and hands the result down to site × SKU, reconciled.
 *
 * <ol>
 *   <li>The network total, each site's total and each SKU's network-wide total are forecast as
 *       series of their own, the method chosen per series by {@link SeriesForecaster}'s holdout
 *       inside the history it is given (so, inside a backtest's training window, nested; four
 *       weekly origins for the network and the sites). A site's total is then either its own
 *       forecast or its share of the last eight weeks times the network's, whichever had the lower
 *       error on the same holdout; then the sites are scaled, day by day, to the network's own
 *       forecast. An intermittent SKU total is
 *       forecast at its Croston (SBA) rate: absolute-error selection would pick a zero forecast.
 *   <li>SKUs of the catalogue without history get their category's rate for new SKUs: the units
 *       that SKUs unsold before the last four weeks of the window sold in those four weeks, per
 *       such SKU.
 *   <li>The SKU totals are scaled to the sum of the site totals, so both add up to one network.
 *   <li>Shares: each site × SKU starts from its own units in the window plus {@code pooling} times
 *       what the site would have sold had it the network's mix within each category (the site's
 *       units in the category × the SKU's share of the category). The pooling weight is chosen from
 *       {@link #POOLING} by squared error on the last four weeks of the window, with shares from
 *       the weeks before (nested again).
 *   <li>Iterative proportional fitting scales the shares until every site adds up to its total and
 *       every SKU to its network total; a last pass makes the sites exact on every day.
 * </ol>
 *
 * A site × SKU forecast is its share of the site's daily forecast; its daily error is the site's
 * holdout error thinned to the share ({@link #cellSigma}: binomial thinning, where the site's units
 * fall among its SKUs widened by how far the shares strayed inside the window, plus the site's own
 * error in proportion to the share).
 *
 * <p>A {@link Cancellation} is checked between series (every site total, every SKU total, on every
 * thread of the loop), between the rounds of the fit and between the sites of the result, so a
 * cancelled forecast stops within one series and frees the cores; it throws {@link
 * CancelledException} and returns nothing.
 */
public final class HierarchicalForecaster {
    /** The weights of the category prior tried against a site × SKU's own history. */
    static final double[] POOLING = {0.05, 0.25, 1, 4, 16};

    private static final int FIT_ROUNDS = 60;
    private static final int NEW_SKU_DAYS = 28;
    private static final int TOTAL_ORIGINS = 4;
    private static final int SHARE_DAYS = 56;

    /** The forecast and how it was made, for the window and the tests. */
    public record Result(
            Map<SeriesKey, SeriesForecast> cells,
            Map<NodeCode, SeriesForecast> siteTotals,
            Map<SkuCode, Double> skuTotals,
            double pooling,
            int newSkus,
            int sitesFromNetwork) {}

    private final ForecastSettings settings;
    private final Executor executor;

    /** SKU totals are forecast on the calling thread and on helpers given to {@code executor}. */
    public HierarchicalForecaster(ForecastSettings settings, Executor executor) {
        this.settings = settings;
        this.executor = Objects.requireNonNull(executor);
    }

    public Result forecast(DemandHistory history, Function<SkuCode, String> categoryOf, Collection<SkuCode> catalogue) {
        return forecast(history, categoryOf, catalogue, Cancellation.none());
    }

    /** As {@link #forecast(DemandHistory, Function, Collection)}, stopping when {@code cancellation} is set. */
    public Result forecast(
            DemandHistory history,
            Function<SkuCode, String> categoryOf,
            Collection<SkuCode> catalogue,
            Cancellation cancellation) {
        cancellation.check();
        int n = history.days();
        int horizon = settings.horizonDays();
        LocalDate first = history.lastDay().plusDays(1);
        TreeSet<NodeCode> nodeSet = new TreeSet<>();
        TreeSet<SkuCode> skuSet = new TreeSet<>(catalogue);
        for (SeriesKey key : history.series().keySet()) {
            nodeSet.add(key.node());
            skuSet.add(key.sku());
        }
        List<NodeCode> nodes = new ArrayList<>(nodeSet);
        List<SkuCode> skus = new ArrayList<>(skuSet);
        int nn = nodes.size();
        int nk = skus.size();
        Map<NodeCode, Integer> nodeIndex = new HashMap<>();
        for (int i = 0; i < nn; i++) {
            nodeIndex.put(nodes.get(i), i);
        }
        Map<SkuCode, Integer> skuIndex = new HashMap<>();
        for (int k = 0; k < nk; k++) {
            skuIndex.put(skus.get(k), k);
        }
        Map<String, Integer> categoryIndex = new HashMap<>();
        int[] category = new int[nk];
        for (int k = 0; k < nk; k++) {
            String c = categoryOf.apply(skus.get(k));
            category[k] = categoryIndex.computeIfAbsent(c == null ? "" : c, x -> categoryIndex.size());
        }
        int nc = categoryIndex.size();

        int split = Math.max(0, n - Math.min(NEW_SKU_DAYS, n / 3));
        double[][] siteSeries = new double[nn][n];
        double[][] skuSeries = new double[nk][];
        double[][] units = new double[nn][nk];
        double[][] unitsBefore = new double[nn][nk];
        double[][] unitsAfter = new double[nn][nk];
        for (var e : history.series().entrySet()) {
            int i = nodeIndex.get(e.getKey().node());
            int k = skuIndex.get(e.getKey().sku());
            double[] y = e.getValue();
            if (skuSeries[k] == null) {
                skuSeries[k] = new double[n];
            }
            for (int t = 0; t < n; t++) {
                siteSeries[i][t] += y[t];
                skuSeries[k][t] += y[t];
                units[i][k] += y[t];
                if (t < split) {
                    unitsBefore[i][k] += y[t];
                } else {
                    unitsAfter[i][k] += y[t];
                }
            }
        }

        SeriesForecaster forecaster = new SeriesForecaster(settings);
        // totals are few and smooth: a longer holdout chooses their methods more steadily
        // and they are used for the whole horizon: each origin is scored on all the days to the window's end
        SeriesForecaster totals = new SeriesForecaster(
                new ForecastSettings(horizon, Math.max(settings.origins(), TOTAL_ORIGINS), settings.holdoutDays()),
                true);
        double[] networkSeries = new double[n];
        for (double[] y : siteSeries) {
            for (int t = 0; t < n; t++) {
                networkSeries[t] += y[t];
            }
        }
        SeriesForecast network = totals.forecast(SeriesKey.of(NodeCode.of("*"), SkuCode.of("*")), networkSeries, first);
        SeriesForecast[] site = new SeriesForecast[nn];
        int fromNetwork = 0;
        for (int i = 0; i < nn; i++) {
            cancellation.check();
            SeriesKey key = SeriesKey.of(nodes.get(i), SkuCode.of("*"));
            SeriesForecast own = totals.forecast(key, siteSeries[i], first);
            SeriesForecast share = shareOfNetwork(totals, key, network, networkSeries, siteSeries[i], own, first);
            if (share != null && share.holdoutAbsError() < own.holdoutAbsError() - 1e-9) {
                site[i] = share;
                fromNetwork++;
            } else {
                site[i] = own;
            }
        }
        double[] skuTotal = new double[nk];
        Parallel.forEach(nk, executor, k -> {
            cancellation.check();
            skuTotal[k] = skuSeries[k] == null ? 0 : skuHorizonUnits(forecaster, skuSeries[k], first, horizon);
        });
        cancellation.check();

        // SKUs of the catalogue without history: their category's rate for new SKUs
        double[] newUnits = new double[nc];
        int[] newCount = new int[nc];
        int newSkus = 0;
        for (int k = 0; k < nk; k++) {
            double before = 0;
            double after = 0;
            for (int i = 0; i < nn; i++) {
                before += unitsBefore[i][k];
                after += unitsAfter[i][k];
            }
            if (before == 0) {
                newUnits[category[k]] += after;
                newCount[category[k]]++;
            }
        }
        for (int k = 0; k < nk; k++) {
            if (skuSeries[k] == null) {
                int c = category[k];
                int days = n - split;
                skuTotal[k] = newCount[c] > 0 && days > 0 ? newUnits[c] / newCount[c] / days * horizon : 0;
                if (skuTotal[k] > 0) {
                    newSkus++;
                }
            }
        }

        scaleToNetwork(site, network, horizon);
        double[] rowTarget = new double[nn];
        double rows = 0;
        for (int i = 0; i < nn; i++) {
            rowTarget[i] = sum(site[i].daily());
            rows += rowTarget[i];
        }
        double columns = sum(skuTotal);
        if (columns > 0) {
            for (int k = 0; k < nk; k++) {
                skuTotal[k] *= rows / columns;
            }
        }

        double pooling = choosePooling(unitsBefore, unitsAfter, category, nc);
        double dispersion = dispersion(unitsBefore, unitsAfter, category, nc, pooling);
        cancellation.check();
        double[][] share = seeds(units, skuTotal, category, nc, pooling);
        fit(share, rowTarget, skuTotal, cancellation);

        Map<SeriesKey, SeriesForecast> cells = new HashMap<>();
        Map<NodeCode, SeriesForecast> siteTotals = new HashMap<>();
        for (int i = 0; i < nn; i++) {
            cancellation.check();
            SeriesForecast s = site[i];
            siteTotals.put(nodes.get(i), s);
            double total = sum(share[i]);
            if (total <= 0) {
                continue;
            }
            double mean = sum(s.daily()) / horizon;
            for (int k = 0; k < nk; k++) {
                double q = share[i][k] / total;
                if (q <= 1e-12) {
                    continue;
                }
                double[] daily = new double[horizon];
                for (int d = 0; d < horizon; d++) {
                    daily[d] = q * s.daily()[d];
                }
                SeriesKey key = SeriesKey.of(nodes.get(i), skus.get(k));
                cells.put(
                        key,
                        new SeriesForecast(
                                key,
                                s.method(),
                                first,
                                daily,
                                cellSigma(q, mean, s.sigmaDaily(), dispersion),
                                Double.NaN,
                                Double.NaN,
                                0,
                                0,
                                0,
                                0,
                                units[i][k]));
            }
        }
        Map<SkuCode, Double> skuTotals = new HashMap<>();
        for (int k = 0; k < nk; k++) {
            skuTotals.put(skus.get(k), skuTotal[k]);
        }
        return new Result(cells, siteTotals, skuTotals, pooling, newSkus, fromNetwork);
    }

    /**
     * A site × SKU's daily error from its site's: each unit the site sells falls on the SKU with
     * probability {@code q} (binomial thinning), so the cell's variance is {@code q(1 − q)·m} from
     * where the units fall plus {@code q²·σ²} from the site's own error. The first part is widened by
     * {@code dispersion}, the error of the shares themselves measured inside the window ({@link
     * #dispersion}). Scaling the site's σ by √q instead gave every slow cell the site's
     * overdispersion, whatever its own.
     */
    static double cellSigma(double q, double siteMean, double siteSigma, double dispersion) {
        return Math.sqrt(dispersion * q * (1 - q) * siteMean + q * q * siteSigma * siteSigma);
    }

    /**
     * How much more the site × SKU units of the window's last four weeks strayed from what the
     * shares of the weeks before predicted (each site's actual units spread by them) than counts
     * would: the squared errors over the predicted units, at least 1 (Poisson). Measured inside the
     * window, so the evaluated days of a backtest never set it.
     */
    static double dispersion(double[][] before, double[][] after, int[] category, int nc, double pooling) {
        double[] error = shareError(before, after, skuUnits(before), category, nc, pooling);
        return error[1] > 0 ? Math.max(1, error[0] / error[1]) : 1;
    }

    private static double[] skuUnits(double[][] units) {
        int nk = units.length == 0 ? 0 : units[0].length;
        double[] sku = new double[nk];
        for (double[] row : units) {
            for (int k = 0; k < nk; k++) {
                sku[k] += row[k];
            }
        }
        return sku;
    }

    /**
     * How well shares from {@code before} spread each site's actual units {@code after} over its
     * SKUs: {squared error, predicted units}.
     */
    private static double[] shareError(
            double[][] before, double[][] after, double[] skuBefore, int[] category, int nc, double pooling) {
        double[][] seed = seeds(before, skuBefore, category, nc, pooling);
        double squares = 0;
        double predictedUnits = 0;
        for (int i = 0; i < before.length; i++) {
            double actual = sum(after[i]);
            double total = sum(seed[i]);
            for (int k = 0; k < skuBefore.length; k++) {
                double predicted = total > 0 ? seed[i][k] / total * actual : 0;
                double e = predicted - after[i][k];
                squares += e * e;
                predictedUnits += predicted;
            }
        }
        return new double[] {squares, predictedUnits};
    }

    /** The network's own forecast sets the total of every day; the sites share it in their proportions. */
    private static void scaleToNetwork(SeriesForecast[] site, SeriesForecast network, int horizon) {
        int nn = site.length;
        double[] sumOfSites = new double[horizon];
        for (SeriesForecast f : site) {
            for (int d = 0; d < horizon; d++) {
                sumOfSites[d] += f.daily()[d];
            }
        }
        double[] factors = new double[horizon];
        for (int d = 0; d < horizon; d++) {
            factors[d] = sumOfSites[d] > 0 ? network.daily()[d] / sumOfSites[d] : 1;
        }
        for (int i = 0; i < nn; i++) {
            site[i] = site[i].scaled(factors);
        }
    }

    /**
     * A site's total as its share of the network's forecast (the share of the last eight weeks),
     * scored on the same holdout windows as the site's own forecast; {@code null} without a holdout.
     */
    private SeriesForecast shareOfNetwork(
            SeriesForecaster totals,
            SeriesKey key,
            SeriesForecast network,
            double[] networkSeries,
            double[] y,
            SeriesForecast own,
            LocalDate first) {
        int n = y.length;
        int window = settings.holdoutDays();
        int origins = Math.min(Math.max(settings.origins(), TOTAL_ORIGINS), (n - ForecastMethods.SEASON) / window);
        if (origins <= 0 || own.holdoutPoints() == 0) {
            return null;
        }
        double abs = 0;
        double sq = 0;
        int points = 0;
        for (int o = origins; o >= 1; o--) {
            int origin = n - o * window;
            double[] out = new double[totals.holdoutLength(o)];
            SeriesForecaster.run(network.method(), networkSeries, origin, out);
            double q = share(y, networkSeries, origin);
            for (int h = 0; h < out.length; h++) {
                double e = y[origin + h] - q * out[h];
                abs += Math.abs(e);
                sq += e * e;
            }
            points += out.length;
        }
        double q = share(y, networkSeries, n);
        double[] daily = network.daily().clone();
        for (int d = 0; d < daily.length; d++) {
            daily[d] *= q;
        }
        double scale = own.maseScale();
        return new SeriesForecast(
                key,
                network.method(),
                first,
                daily,
                Math.sqrt(sq / points),
                scale > 0 ? abs / points / scale : Double.NaN,
                own.maseSeasonalNaive(),
                abs,
                own.holdoutAbsErrorSeasonalNaive(),
                scale,
                points,
                own.historyUnits());
    }

    private static double share(double[] part, double[] whole, int end) {
        int from = Math.max(0, end - SHARE_DAYS);
        double p = 0;
        double w = 0;
        for (int t = from; t < end; t++) {
            p += part[t];
            w += whole[t];
        }
        return w > 0 ? p / w : 0;
    }

    private double skuHorizonUnits(SeriesForecaster forecaster, double[] y, LocalDate first, int horizon) {
        if (ForecastMethods.isIntermittent(y, y.length)) {
            double[] out = new double[1];
            ForecastMethods.crostonSba(y, y.length, out);
            return out[0] * horizon;
        }
        return sum(forecaster
                .forecast(SeriesKey.of(NodeCode.of("*"), SkuCode.of("*")), y, first)
                .daily());
    }

    /**
     * The pooling weight whose shares, taken from the weeks before the split, best spread each
     * site's actual units after it over its SKUs (squared error, so an unbiased spread wins).
     */
    static double choosePooling(double[][] before, double[][] after, int[] category, int nc) {
        double[] skuBefore = skuUnits(before);
        double best = POOLING[POOLING.length / 2];
        double bestError = Double.POSITIVE_INFINITY;
        for (double pooling : POOLING) {
            double error = shareError(before, after, skuBefore, category, nc, pooling)[0];
            if (error < bestError - 1e-9) {
                bestError = error;
                best = pooling;
            }
        }
        return best;
    }

    /** Own units plus {@code pooling} × the site's category units spread by the SKUs' weight in their category. */
    static double[][] seeds(double[][] units, double[] skuWeight, int[] category, int nc, double pooling) {
        int nn = units.length;
        int nk = skuWeight.length;
        double[] categoryWeight = new double[nc];
        for (int k = 0; k < nk; k++) {
            categoryWeight[category[k]] += skuWeight[k];
        }
        double all = sum(skuWeight);
        double[][] seed = new double[nn][nk];
        for (int i = 0; i < nn; i++) {
            double[] siteCategory = new double[nc];
            for (int k = 0; k < nk; k++) {
                siteCategory[category[k]] += units[i][k];
            }
            double siteUnits = sum(siteCategory);
            for (int k = 0; k < nk; k++) {
                int c = category[k];
                double inCategory = categoryWeight[c] > 0 ? siteCategory[c] * skuWeight[k] / categoryWeight[c] : 0;
                // a trace of the network mix, so that a SKU the site never sold in its category can still get a share
                double network = all > 0 ? 0.01 * siteUnits * skuWeight[k] / all : 0;
                seed[i][k] = units[i][k] + pooling * (inCategory + network);
            }
        }
        return seed;
    }

    /** Iterative proportional fitting of {@code cells} to the row and column totals, rows exact at the end. */
    static void fit(double[][] cells, double[] rowTarget, double[] columnTarget, Cancellation cancellation) {
        int nn = cells.length;
        int nk = columnTarget.length;
        for (int round = 0; round < FIT_ROUNDS; round++) {
            cancellation.check();
            scaleRows(cells, rowTarget);
            double[] column = new double[nk];
            for (double[] row : cells) {
                for (int k = 0; k < nk; k++) {
                    column[k] += row[k];
                }
            }
            double worst = 0;
            for (int k = 0; k < nk; k++) {
                if (column[k] > 0) {
                    double f = columnTarget[k] / column[k];
                    worst = Math.max(worst, Math.abs(column[k] - columnTarget[k]));
                    for (int i = 0; i < nn; i++) {
                        cells[i][k] *= f;
                    }
                }
            }
            if (worst < 1e-9) {
                break;
            }
        }
        scaleRows(cells, rowTarget);
    }

    private static void scaleRows(double[][] cells, double[] rowTarget) {
        for (int i = 0; i < cells.length; i++) {
            double row = sum(cells[i]);
            if (row > 0) {
                double f = rowTarget[i] / row;
                for (int k = 0; k < cells[i].length; k++) {
                    cells[i][k] *= f;
                }
            }
        }
    }

    static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }

    /** The method counts of the site totals, for the one-line summary. */
    static Map<ForecastMethod, Integer> methodCounts(Result result) {
        Map<ForecastMethod, Integer> counts = new EnumMap<>(ForecastMethod.class);
        for (SeriesForecast f : result.siteTotals().values()) {
            counts.merge(f.method(), 1, Integer::sum);
        }
        return counts;
    }
}
