package dev.microtower.forecasting.engine;

import dev.microtower.core.NodeCode;
import dev.microtower.core.SkuCode;
import dev.microtower.forecasting.domain.DemandHistory;
import dev.microtower.forecasting.domain.ForecastMethod;
import dev.microtower.forecasting.domain.NetworkForecast;
import dev.microtower.forecasting.domain.SeriesForecast;
import dev.microtower.forecasting.domain.SeriesKey;
import dev.microtower.scenarios.domain.DemandMultiplier;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Forecasts every series of a {@link DemandHistory} in parallel on a pool sized to the machine's
 * cores, then applies the scenario's demand multipliers to the forecast days they cover (the
 * product of every multiplier that applies to the node, the SKU or its category and the day).
 */
public final class ForecastEngine {
    private final ForecastSettings settings;
    private final int parallelism;

    public ForecastEngine(ForecastSettings settings) {
        this(settings, Runtime.getRuntime().availableProcessors());
    }

    public ForecastEngine(ForecastSettings settings, int parallelism) {
        this.settings = settings;
        this.parallelism = Math.max(1, parallelism);
    }

    public NetworkForecast forecast(
            DemandHistory history, Function<SkuCode, String> categoryOf, Collection<DemandMultiplier> multipliers) {
        LocalDate first = history.lastDay().plusDays(1);
        SeriesForecaster forecaster = new SeriesForecaster(settings);
        List<Map.Entry<SeriesKey, double[]>> entries =
                List.copyOf(history.series().entrySet());
        ForkJoinPool pool = new ForkJoinPool(parallelism);
        List<SeriesForecast> forecasts;
        try {
            forecasts = pool.submit(() -> entries.parallelStream()
                            .map(e -> forecaster.forecast(e.getKey(), e.getValue(), first))
                            .map(f -> applyMultipliers(f, categoryOf, multipliers))
                            .toList())
                    .get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("forecast interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("forecast failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdown();
        }
        double err = 0;
        double errNaive = 0;
        double scale = 0;
        Map<ForecastMethod, Integer> counts = new EnumMap<>(ForecastMethod.class);
        for (SeriesForecast f : forecasts) {
            counts.merge(f.method(), 1, Integer::sum);
            if (f.maseScale() > 0 && f.holdoutPoints() > 0) {
                err += f.holdoutAbsError();
                errNaive += f.holdoutAbsErrorSeasonalNaive();
                scale += f.maseScale() * f.holdoutPoints();
            }
        }
        Map<SeriesKey, SeriesForecast> byKey =
                forecasts.stream().collect(Collectors.toMap(SeriesForecast::key, f -> f, (a, b) -> a, HashMap::new));
        return new NetworkForecast(
                first,
                settings.horizonDays(),
                byKey,
                scale > 0 ? err / scale : Double.NaN,
                scale > 0 ? errNaive / scale : Double.NaN,
                counts);
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
