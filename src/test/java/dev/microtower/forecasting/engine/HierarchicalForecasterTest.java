package dev.microtower.forecasting.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.core.Cancellation;
import dev.microtower.core.CancelledException;
import dev.microtower.core.NodeCode;
import dev.microtower.core.SkuCode;
import dev.microtower.forecasting.domain.DemandHistory;
import dev.microtower.forecasting.domain.SeriesForecast;
import dev.microtower.forecasting.domain.SeriesKey;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class HierarchicalForecasterTest {
    private static final LocalDate START = LocalDate.of(2026, 1, 5);
    private static final int DAYS = 84;
    private static final List<String> SITES = List.of("DS-1", "DS-2", "DS-3");
    private static final List<String> SKUS = List.of("MILK", "CREAM", "BUTTER", "BREAD", "ROLLS");

    private static String category(SkuCode sku) {
        return switch (sku.value()) {
            case "MILK", "CREAM", "BUTTER", "YOGHURT" -> "dairy";
            default -> "bakery";
        };
    }

    /** Sparse, noisy daily demand: each site × SKU sells now and then, more at DS-1 and of milk. */
    private static DemandHistory sparseHistory(long seed) {
        Random random = new Random(seed);
        Map<SeriesKey, double[]> series = new HashMap<>();
        for (int i = 0; i < SITES.size(); i++) {
            for (int k = 0; k < SKUS.size(); k++) {
                double rate = 0.6 / (1 + i) / (1 + k);
                double[] y = new double[DAYS];
                double units = 0;
                for (int t = 0; t < DAYS; t++) {
                    y[t] = random.nextDouble() < rate ? 1 + random.nextInt(3) : 0;
                    units += y[t];
                }
                if (units > 0) {
                    series.put(SeriesKey.of(NodeCode.of(SITES.get(i)), SkuCode.of(SKUS.get(k))), y);
                }
            }
        }
        return new DemandHistory(START, DAYS, series, 0, 0, 0, 0);
    }

    @Test
    void aForecastCancelledWhileItRunsStopsWithoutAResult() {
        DemandHistory history = sparseHistory(7);
        Cancellation cancellation = new Cancellation();
        AtomicInteger asked = new AtomicInteger();
        // the forecast asks for the categories once it has started: the user cancels right then
        HierarchicalForecaster forecaster = new HierarchicalForecaster(ForecastSettings.DEFAULT, 2);
        assertThrows(
                CancelledException.class,
                () -> forecaster.forecast(
                        history,
                        sku -> {
                            asked.incrementAndGet();
                            cancellation.cancel();
                            return category(sku);
                        },
                        List.of(),
                        cancellation));
        assertTrue(asked.get() > 0, "the forecast had started");

        // the same forecast not cancelled still runs to the end
        assertTrue(!forecaster
                .forecast(history, HierarchicalForecasterTest::category, List.of(), new Cancellation())
                .cells()
                .isEmpty());
    }

    @Test
    void aForecastCancelledBeforeItStartsDoesNoWork() {
        Cancellation cancellation = new Cancellation();
        cancellation.cancel();
        AtomicInteger asked = new AtomicInteger();
        assertThrows(CancelledException.class, () -> new HierarchicalForecaster(ForecastSettings.DEFAULT, 2)
                .forecast(
                        sparseHistory(7),
                        sku -> {
                            asked.incrementAndGet();
                            return category(sku);
                        },
                        List.of(),
                        cancellation));
        assertEquals(0, asked.get());
    }

    @Test
    void siteTimesSkuForecastsAddUpToTheSiteTotalsEveryDayAndToTheSkuTotals() {
        DemandHistory history = sparseHistory(7);
        var result = new HierarchicalForecaster(ForecastSettings.DEFAULT, 1)
                .forecast(history, HierarchicalForecasterTest::category, List.of());

        for (String site : SITES) {
            SeriesForecast total = result.siteTotals().get(NodeCode.of(site));
            assertTrue(HierarchicalForecaster.sum(total.daily()) > 0, site + " has a forecast");
            for (int d = 0; d < 28; d++) {
                double cells = 0;
                for (SeriesForecast f : result.cells().values()) {
                    if (f.key().node().value().equals(site)) {
                        cells += f.daily()[d];
                    }
                }
                assertEquals(total.daily()[d], cells, 1e-9, site + " day " + d);
            }
        }
        double network = 0;
        for (String sku : SKUS) {
            double cells = result.cells().values().stream()
                    .filter(f -> f.key().sku().value().equals(sku))
                    .mapToDouble(f -> f.unitsOver(28))
                    .sum();
            double target = result.skuTotals().get(SkuCode.of(sku));
            assertEquals(target, cells, 1e-6 * Math.max(1, target), sku);
            network += cells;
        }
        double sites = result.siteTotals().values().stream()
                .mapToDouble(f -> f.unitsOver(28))
                .sum();
        assertEquals(sites, network, 1e-6, "the SKU totals add up to the same network as the sites");
    }

    @Test
    void aSiteGetsAShareOfASkuItNeverSoldThroughItsCategory() {
        // DS-2 sells cream and butter but never milk; milk is the network's best dairy seller
        Map<SeriesKey, double[]> series = new HashMap<>();
        series.put(key("DS-1", "MILK"), constant(6));
        series.put(key("DS-1", "CREAM"), constant(2));
        series.put(key("DS-2", "CREAM"), constant(2));
        series.put(key("DS-2", "BUTTER"), constant(1));
        DemandHistory history = new DemandHistory(START, DAYS, series, 0, 0, 0, 0);

        var result = new HierarchicalForecaster(ForecastSettings.DEFAULT, 1)
                .forecast(history, HierarchicalForecasterTest::category, List.of());

        SeriesForecast milkAtDs2 = result.cells().get(key("DS-2", "MILK"));
        assertTrue(milkAtDs2 != null && milkAtDs2.unitsOver(28) > 0, "pooled from the dairy category");
        assertEquals(28 * 3, result.siteTotals().get(NodeCode.of("DS-2")).unitsOver(28), 1e-6);
    }

    @Test
    void aNewSkuOfTheCatalogueGetsItsCategorysRateForNewSkus() {
        // yoghurt was launched four weeks before the end and sells 2 a day at DS-1
        Map<SeriesKey, double[]> series = new HashMap<>();
        series.put(key("DS-1", "MILK"), constant(6));
        double[] yoghurt = new double[DAYS];
        for (int t = DAYS - 28; t < DAYS; t++) {
            yoghurt[t] = 2;
        }
        series.put(key("DS-1", "YOGHURT"), yoghurt);
        DemandHistory history = new DemandHistory(START, DAYS, series, 0, 0, 0, 0);

        var result = new HierarchicalForecaster(ForecastSettings.DEFAULT, 1)
                .forecast(history, HierarchicalForecasterTest::category, List.of(SkuCode.of("CREAM")));

        // two dairy SKUs had no sales before the last four weeks (yoghurt, cream): 56 units / 2 SKUs / 28 days
        assertEquals(1, result.newSkus());
        SeriesForecast cream = result.cells().get(key("DS-1", "CREAM"));
        assertTrue(cream != null, "the new SKU has a forecast");
        double rate = cream.unitsOver(28) / 28;
        assertTrue(rate > 0.5 && rate < 1.5, "about one a day, scaled with the site: " + rate);
    }

    @Test
    void thePoolingWeightIsChosenOnTheLastWeeksOfTheWindow() {
        int[] category = {0, 0};
        // own history predicts the split exactly: little pooling wins
        double[][] before = {{30, 10}, {10, 30}};
        double[][] after = {{9, 3}, {3, 9}};
        assertEquals(
                HierarchicalForecaster.POOLING[0], HierarchicalForecaster.choosePooling(before, after, category, 1));
        // the sites swap their mix: the shared category mix wins
        double[][] swapped = {{3, 9}, {9, 3}};
        assertEquals(
                HierarchicalForecaster.POOLING[HierarchicalForecaster.POOLING.length - 1],
                HierarchicalForecaster.choosePooling(before, swapped, category, 1));
    }

    private static SeriesKey key(String site, String sku) {
        return SeriesKey.of(NodeCode.of(site), SkuCode.of(sku));
    }

    private static double[] constant(double value) {
        double[] y = new double[DAYS];
        java.util.Arrays.fill(y, value);
        return y;
    }
}
