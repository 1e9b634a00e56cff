package dev.microtower.forecasting.engine;

import dev.microtower.core.Cancellation;
import dev.microtower.core.CancelledException;
import dev.microtower.core.NodeCode;
import dev.microtower.core.SkuCode;
import dev.microtower.forecasting.domain.DemandHistory;
import dev.microtower.forecasting.domain.NetworkForecast;
import dev.microtower.forecasting.domain.SeriesForecast;
import dev.microtower.forecasting.domain.SeriesKey;
import dev.microtower.scenarios.domain.DemandMultiplier;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * Forecasts every site × SKU of a {@link DemandHistory} from the site and SKU totals, reconciled
 * ({@link HierarchicalForecaster}, SKU totals in parallel on the executor it is given),
 * then applies the scenario's demand multipliers to the forecast days they cover (the
 * product of every multiplier that applies to the node, the SKU or its category and the day).
 */
public final class ForecastEngine {
    private final ForecastSettings settings;
    private final Executor executor;

    /** Runs on the calling thread and on helpers given to {@code executor} (the compute lane's). */
    public ForecastEngine(ForecastSettings settings, Executor executor) {
        this.settings = settings;
        this.executor = Objects.requireNonNull(executor);
    }

    public NetworkForecast forecast(
            DemandHistory history, Function<SkuCode, String> categoryOf, Collection<DemandMultiplier> multipliers) {
        return forecast(history, categoryOf, List.of(), multipliers);
    }

    /**
     * The reconciled forecast of every site × SKU ({@link HierarchicalForecaster}); the SKUs of
     * {@code catalogue} without history get their category's rate for new SKUs.
     */
    public NetworkForecast forecast(
            DemandHistory history,
            Function<SkuCode, String> categoryOf,
            Collection<SkuCode> catalogue,
            Collection<DemandMultiplier> multipliers) {
        return forecast(history, categoryOf, catalogue, multipliers, Cancellation.none());
    }

    /**
     * As {@link #forecast(DemandHistory, Function, Collection, Collection)}; a set {@code
     * cancellation} stops it between series with {@link CancelledException}.
     */
    public NetworkForecast forecast(
            DemandHistory history,
            Function<SkuCode, String> categoryOf,
            Collection<SkuCode> catalogue,
            Collection<DemandMultiplier> multipliers,
            Cancellation cancellation) {
        HierarchicalForecaster.Result result = new HierarchicalForecaster(settings, executor)
                .forecast(fromFirstDemand(history), categoryOf, catalogue, cancellation);
        Map<SeriesKey, SeriesForecast> byKey = new HashMap<>();
        for (SeriesForecast f : result.cells().values()) {
            byKey.put(f.key(), applyMultipliers(f, categoryOf, multipliers));
        }
        // the selection score of the site totals (in sample: the backtest is the honest figure)
        double err = 0;
        double errNaive = 0;
        double scale = 0;
        for (SeriesForecast f : result.siteTotals().values()) {
            if (f.maseScale() > 0 && f.holdoutPoints() > 0) {
                err += f.holdoutAbsError();
                errNaive += f.holdoutAbsErrorSeasonalNaive();
                scale += f.maseScale() * f.holdoutPoints();
            }
        }
        return new NetworkForecast(
                history.lastDay().plusDays(1),
                settings.horizonDays(),
                byKey,
                scale > 0 ? err / scale : Double.NaN,
                scale > 0 ? errNaive / scale : Double.NaN,
                HierarchicalForecaster.methodCounts(result));
    }

    /**
     * The history from its first day with any demand: a window longer than the network's orders
     * (a young network, a backtest reaching before the first order) holds days that are no data,
     * and read as days that sold nothing they drag levels, profiles and trends towards zero. A
     * history without any demand is kept as it is.
     */
    static DemandHistory fromFirstDemand(DemandHistory history) {
        int first = firstDayWithDemand(history);
        if (first == 0 || first >= history.days()) {
            return history;
        }
        Map<SeriesKey, double[]> series = new HashMap<>();
        for (var e : history.series().entrySet()) {
            series.put(e.getKey(), Arrays.copyOfRange(e.getValue(), first, history.days()));
        }
        return new DemandHistory(
                history.firstDay().plusDays(first),
                history.days() - first,
                series,
                history.ordersInZone(),
                history.ordersViaPickupPoint(),
                history.ordersToNearestNode(),
                history.ordersUnassigned());
    }

    /** The index of the first day on which any series sold; 0 when none did. */
    static int firstDayWithDemand(DemandHistory history) {
        int first = history.days();
        for (double[] y : history.series().values()) {
            for (int t = 0; t < first; t++) {
                if (y[t] > 0) {
                    first = t;
                    break;
                }
            }
        }
        return first == history.days() ? 0 : first;
    }

    private static SeriesForecast applyMultipliers(
            SeriesForecast f, Function<SkuCode, String> categoryOf, Collection<DemandMultiplier> multipliers) {
        if (multipliers.isEmpty()) {
            return f;
        }
        NodeCode node = f.key().node();
        String category = categoryOf.apply(f.key().sku());
        double[] factors = new double[f.horizonDays()];
        boolean any = false;
        for (int d = 0; d < factors.length; d++) {
            LocalDate day = f.firstDay().plusDays(d);
            double factor = 1;
            for (DemandMultiplier m : multipliers) {
                if (m.appliesTo(node, f.key().sku(), category, day)) {
                    factor *= m.factor();
                    any = true;
                }
            }
            factors[d] = factor;
        }
        return any ? f.scaled(factors) : f;
    }
}
