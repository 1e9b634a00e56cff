package dev.microtower.forecasting.engine;

import dev.microtower.core.NodeCode;
import dev.microtower.core.SkuCode;
import dev.microtower.forecasting.domain.DemandHistory;
import dev.microtower.forecasting.domain.NetworkForecast;
import dev.microtower.forecasting.domain.SeriesKey;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 200 nodes x 2,000 SKUs, 12 weeks of daily history each (steady, weekly-seasonal and
 * intermittent series): time to forecast all 400,000 series on the machine's cores. Target: 10 s
 * on 2 cores. Run with {@code ./mvnw -Pbench test -Dtest=ForecastBench}.
 */
@Tag("bench")
class ForecastBench {
    @Test
    void forecastsTwoHundredNodesTimesTwoThousandSkus() {
        int nodes = 200;
        int skus = 2_000;
        int days = 84;
        Random r = new Random(7);
        double[] weekly = {0.8, 0.9, 1.0, 1.0, 1.2, 1.4, 0.7};
        Map<SeriesKey, double[]> series = new HashMap<>();
        for (int n = 0; n < nodes; n++) {
            for (int s = 0; s < skus; s++) {
                double rate = 20.0 / Math.pow(1 + s, 0.7) * (0.5 + r.nextDouble());
                double[] y = new double[days];
                for (int t = 0; t < days; t++) {
                    double mean = rate * weekly[t % 7];
                    y[t] = poisson(r, mean);
                }
                series.put(SeriesKey.of(NodeCode.of("N" + n), SkuCode.of("S" + s)), y);
            }
        }
        DemandHistory history = new DemandHistory(LocalDate.of(2026, 1, 5), days, series, 0, 0, 0, 0);
        ForecastEngine engine = new ForecastEngine(ForecastSettings.DEFAULT, ForkJoinPool.commonPool());
        engine.forecast(new DemandHistory(history.firstDay(), days, Map.of(), 0, 0, 0, 0), sku -> "x", List.of());
        long t0 = System.nanoTime();
        NetworkForecast f = engine.forecast(history, sku -> "x", List.of());
        long elapsed = System.nanoTime() - t0;
        System.out.printf(
                Locale.ROOT,
                "forecast %d series (%d nodes x %d SKUs, %d days, horizon %d) on %d cores: %.2f s (target <= 10 s)%n",
                series.size(),
                nodes,
                skus,
                days,
                f.horizonDays(),
                Runtime.getRuntime().availableProcessors(),
                elapsed / 1e9);
        System.out.printf(
                Locale.ROOT,
                "network MASE %.3f vs seasonal naive %.3f; methods chosen %s%n",
                f.networkMase(),
                f.networkMaseSeasonalNaive(),
                f.methodCounts());
    }

    private static int poisson(Random r, double mean) {
        if (mean > 30) {
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * r.nextGaussian()));
        }
        double l = Math.exp(-mean);
        int k = 0;
        double p = 1;
        do {
            k++;
            p *= r.nextDouble();
        } while (p > l);
        return k - 1;
    }
}
