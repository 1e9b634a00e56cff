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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
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
        HierarchicalForecaster forecaster = new HierarchicalForecaster(ForecastSettings.DEFAULT, Runnable::run);
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
        assertThrows(CancelledException.class, () -> new HierarchicalForecaster(ForecastSettings.DEFAULT, Runnable::run)
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
        var result = new HierarchicalForecaster(ForecastSettings.DEFAULT, Runnable::run)
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

        var result = new HierarchicalForecaster(ForecastSettings.DEFAULT, Runnable::run)
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

        var result = new HierarchicalForecaster(ForecastSettings.DEFAULT, Runnable::run)
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

    @Test
    void aSlowSkuAtABusySiteGetsACountLikeErrorNotTheSiteOverdispersion() {
        Random random = new Random(3);
        double[] busy = new double[DAYS];
        double[] slow = new double[DAYS];
        for (int t = 0; t < DAYS; t++) {
            // a site whose days swing far more than counts would: 20 to 100 units of milk
            busy[t] = 20 + random.nextInt(81);
            slow[t] = t % 10 == 3 ? 1 : 0;
        }
        Map<SeriesKey, double[]> series = new HashMap<>();
        series.put(SeriesKey.of(NodeCode.of("DS-1"), SkuCode.of("MILK")), busy);
        series.put(SeriesKey.of(NodeCode.of("DS-1"), SkuCode.of("ROLLS")), slow);
        var result = new HierarchicalForecaster(ForecastSettings.DEFAULT, Runnable::run)
                .forecast(
                        new DemandHistory(START, DAYS, series, 0, 0, 0, 0),
                        HierarchicalForecasterTest::category,
                        List.of());
        SeriesForecast site = result.siteTotals().get(NodeCode.of("DS-1"));
        SeriesForecast rolls = result.cells().get(SeriesKey.of(NodeCode.of("DS-1"), SkuCode.of("ROLLS")));
        double q = HierarchicalForecaster.sum(rolls.daily()) / HierarchicalForecaster.sum(site.daily());
        double rollsPerDay = HierarchicalForecaster.sum(rolls.daily()) / rolls.daily().length;
        // the site's error is far above counts; the old √share scaling handed that to the rolls
        assertTrue(site.sigmaDaily() * site.sigmaDaily() > 5 * HierarchicalForecaster.sum(site.daily()) / DAYS);
        assertTrue(
                rolls.sigmaDaily() < 0.5 * Math.sqrt(q) * site.sigmaDaily(),
                rolls.sigmaDaily() + " vs √q σ " + Math.sqrt(q) * site.sigmaDaily());
        assertTrue(rolls.sigmaDaily() >= Math.sqrt(rollsPerDay) - 1e-9, "at least counts: " + rolls.sigmaDaily());
    }

    @Test
    void theSharesDispersionIsOneWhenTheyHeldAndAboveWhenTheyMoved() {
        int[] category = {0, 0};
        double[][] before = {{30, 10}, {20, 20}};
        assertEquals(
                1, HierarchicalForecaster.dispersion(before, new double[][] {{30, 10}, {20, 20}}, category, 1, 0.05));
        double moved = HierarchicalForecaster.dispersion(before, new double[][] {{10, 30}, {35, 5}}, category, 1, 0.05);
        assertTrue(moved > 5, "moved shares: " + moved);
    }

    @Test
    void theSkuTotalsRunOnTheExecutorItIsGiven() throws Exception {
        DemandHistory history = sparseHistory(7);
        List<String> ranOn = new CopyOnWriteArrayList<>();
        // each helper runs to its end on a thread of the test's before execute returns: it takes every SKU
        Executor given = helper -> {
            Thread thread = new Thread(
                    () -> {
                        ranOn.add(Thread.currentThread().getName());
                        helper.run();
                    },
                    "given-executor");
            thread.start();
            try {
                thread.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        };
        var onGiven = new HierarchicalForecaster(ForecastSettings.DEFAULT, given)
                .forecast(history, HierarchicalForecasterTest::category, List.of());
        var inline = new HierarchicalForecaster(ForecastSettings.DEFAULT, Runnable::run)
                .forecast(history, HierarchicalForecasterTest::category, List.of());

        assertTrue(!ranOn.isEmpty() && ranOn.stream().allMatch("given-executor"::equals), ranOn.toString());
        assertEquals(inline.skuTotals(), onGiven.skuTotals());
    }

    @Test
    void aForecastRunOnTheExecutorsOnlyThreadEndsWithoutWaitingForItself() throws Exception {
        ExecutorService lane = Executors.newSingleThreadExecutor();
        try {
            HierarchicalForecaster forecaster = new HierarchicalForecaster(ForecastSettings.DEFAULT, lane);
            var result = lane.submit(() ->
                            forecaster.forecast(sparseHistory(7), HierarchicalForecasterTest::category, List.of()))
                    .get(60, TimeUnit.SECONDS);
            assertTrue(!result.cells().isEmpty());
        } finally {
            lane.shutdownNow();
        }
    }
}
