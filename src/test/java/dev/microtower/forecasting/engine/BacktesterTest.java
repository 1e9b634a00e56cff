package dev.microtower.forecasting.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.core.Cancellation;
import dev.microtower.core.CancelledException;
import dev.microtower.core.NodeCode;
import dev.microtower.core.Progress;
import dev.microtower.core.SkuCode;
import dev.microtower.forecasting.domain.Backtest;
import dev.microtower.forecasting.domain.BacktestLevel;
import dev.microtower.forecasting.domain.BacktestRow;
import dev.microtower.forecasting.domain.DemandHistory;
import dev.microtower.forecasting.domain.ForecastMethod;
import dev.microtower.forecasting.domain.SeriesForecast;
import dev.microtower.forecasting.domain.SeriesKey;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BacktesterTest {
    private static final LocalDate START = LocalDate.of(2026, 1, 5);
    private static final SeriesKey GROWING = SeriesKey.of(NodeCode.of("DS-1"), SkuCode.of("MILK"));
    private static final SeriesKey STEADY = SeriesKey.of(NodeCode.of("DS-1"), SkuCode.of("BREAD"));
    private static final SeriesKey NEW = SeriesKey.of(NodeCode.of("DS-2"), SkuCode.of("MILK"));

    /**
     * Twelve weeks of steady growth with a weekly pattern, then four weeks of decline: a trend model
     * wins on the training data and keeps climbing (damped) when demand turns.
     */
    private static double[] growthThenDecline() {
        double[] week = {0, 3, 6, 9, 6, 3, 0};
        double[] y = new double[84 + 28];
        for (int t = 0; t < y.length; t++) {
            y[t] = 10 + 0.5 * Math.min(t, 83) - (t > 83 ? 0.5 * (t - 83) : 0) + week[t % 7];
        }
        return y;
    }

    @Test
    void theInSampleWinnerThatLosesOutOfSampleIsReportedAsLosing() {
        double[] y = growthThenDecline();
        SeriesForecast inSample = new SeriesForecaster(ForecastSettings.DEFAULT)
                .forecast(GROWING, Arrays.copyOf(y, 84), START.plusDays(84));
        // the holdout inside the training window prefers the trend and scores it below seasonal naive
        assertEquals(ForecastMethod.HOLT_WINTERS_ADDITIVE, inSample.method());
        assertTrue(
                inSample.mase() < inSample.maseSeasonalNaive(),
                inSample.mase() + " vs " + inSample.maseSeasonalNaive());

        Backtest backtest = new Backtester(new BacktestSettings(1, 28, 84), Runnable::run)
                .run(history(Map.of(GROWING, y)), sku -> "dairy", Progress.NONE, Cancellation.none());

        BacktestRow row = backtest.rows(BacktestLevel.NODE_SKU).get(0);
        assertEquals("DS-1/MILK", row.series());
        assertEquals(ForecastMethod.HOLT_WINTERS_ADDITIVE.label(), row.method());
        assertEquals(28, row.points());
        assertTrue(
                row.mase() > row.naiveMase(),
                "out of sample the trend must lose: " + row.mase() + " vs naive " + row.naiveMase());
        assertTrue(row.bias() > 0, "the trend over-forecasts falling demand: " + row.bias());
        assertEquals(List.of(START.plusDays(84)), backtest.origins());
    }

    @Test
    void everyLevelSumsTheSiteTimesSkuSeriesAndCountsUnitsWithoutHistory() {
        double[] steady = new double[112];
        Arrays.fill(steady, 4);
        double[] newOne = new double[112];
        for (int t = 84; t < 112; t++) {
            newOne[t] = 2;
        }
        Map<SeriesKey, double[]> series = new HashMap<>();
        series.put(GROWING, growthThenDecline());
        series.put(STEADY, steady);
        series.put(NEW, newOne);
        Map<SkuCode, String> category = Map.of(SkuCode.of("MILK"), "dairy", SkuCode.of("BREAD"), "bakery");

        Backtest backtest = new Backtester(new BacktestSettings(1, 28, 84), Runnable::run)
                .run(history(series), category::get, Progress.NONE, Cancellation.none());

        double total =
                Arrays.stream(Arrays.copyOfRange(growthThenDecline(), 84, 112)).sum() + 28 * 4 + 28 * 2;
        BacktestRow network = backtest.rows(BacktestLevel.NETWORK).get(0);
        assertEquals(total, network.actualUnits(), 1e-9);
        assertEquals(56 / total, network.shareWithoutHistory(), 1e-9);
        assertEquals(3, backtest.rows(BacktestLevel.NODE_SKU).size());
        assertEquals(2, backtest.rows(BacktestLevel.NODE).size());
        assertEquals(2, backtest.rows(BacktestLevel.SKU).size());
        assertEquals(
                List.of("bakery", "dairy"),
                backtest.rows(BacktestLevel.CATEGORY).stream()
                        .map(BacktestRow::series)
                        .toList());
        BacktestRow newRow = backtest.rows(BacktestLevel.NODE_SKU).stream()
                .filter(r -> r.series().equals("DS-2/MILK"))
                .findFirst()
                .orElseThrow();
        assertEquals(1.0, newRow.shareWithoutHistory(), 1e-12);
        assertEquals(0, newRow.forecastUnits(), 1e-12);
        assertTrue(Double.isNaN(newRow.mase()), "no training variation, no MASE");
        assertEquals(1.0, newRow.wape(), 1e-12);
        // the site × SKU forecasts are shares of the site's forecast: they add up to it
        double ds1Cells = backtest.rows(BacktestLevel.NODE_SKU).stream()
                .filter(r -> r.series().startsWith("DS-1/"))
                .mapToDouble(BacktestRow::forecastUnits)
                .sum();
        BacktestRow ds1 = backtest.rows(BacktestLevel.NODE).stream()
                .filter(r -> r.series().equals("DS-1"))
                .findFirst()
                .orElseThrow();
        assertEquals(ds1.forecastUnits(), ds1Cells, 1e-6);
        for (BacktestLevel level : BacktestLevel.values()) {
            double sum = backtest.rows(level).stream()
                    .mapToDouble(BacktestRow::actualUnits)
                    .sum();
            assertEquals(total, sum, 1e-9, level.code());
        }
    }

    @Test
    void theReplayServesSteadyDemandFullyAndHoldsLessStockThanSeasonalNaiveOnNoisyDemand() {
        double[] steady = new double[112];
        Arrays.fill(steady, 4);
        Backtest exact = new Backtester(new BacktestSettings(1, 28, 84), Runnable::run)
                .replayingAt(0.95)
                .run(history(Map.of(STEADY, steady)), sku -> "bakery", Progress.NONE, Cancellation.none());
        // filled up to 28 each week: on hand 28, 24, ... 4 at the start of the days
        assertEquals(1.0, exact.replay().fillRate(), 1e-9);
        assertEquals(4 * 112.0 / 28, exact.replay().meanStock(), 1e-9);
        assertEquals(exact.replay().meanStock(), exact.replay().naiveMeanStock(), 1e-9);

        Random random = new Random(11);
        double[] noisy = new double[168];
        for (int t = 0; t < noisy.length; t++) {
            noisy[t] = random.nextInt(11); // 0..10, mean 5
        }
        Backtest replayed = new Backtester(new BacktestSettings(3, 28, 84), Runnable::run)
                .replayingAt(0.95)
                .run(history(Map.of(STEADY, noisy)), sku -> "bakery", Progress.NONE, Cancellation.none());
        var r = replayed.replay();
        assertEquals(3 * 28, r.days());
        assertTrue(r.fillRate() > 0.9, "fill rate " + r.fillRate());
        assertTrue(
                r.meanStock() < r.naiveMeanStock(),
                "seasonal naive repeats last week's noise and needs more safety stock: " + r.meanStock() + " vs "
                        + r.naiveMeanStock());
        assertTrue(replayed.describe().stream().anyMatch(l -> l.contains("fill rate")), "printed");
    }

    @Test
    void originsThatLeaveLessThanThreeWeeksOfTrainingAreSkipped() {
        double[] y = new double[60];
        Arrays.fill(y, 3);
        Backtest backtest = new Backtester(new BacktestSettings(3, 14, 84), Runnable::run)
                .run(history(Map.of(STEADY, y)), sku -> "bakery", Progress.NONE, Cancellation.none());
        // origins at day 18 (too early), 32 and 46
        assertEquals(List.of(START.plusDays(32), START.plusDays(46)), backtest.origins());
        assertEquals(28, backtest.rows(BacktestLevel.NETWORK).get(0).points());
    }

    @Test
    void aCancelledBacktestStops() {
        Cancellation cancellation = Cancellation.none();
        cancellation.cancel();
        Backtester backtester = new Backtester(BacktestSettings.DEFAULT, Runnable::run);
        DemandHistory history = history(Map.of(GROWING, growthThenDecline()));
        assertThrows(
                CancelledException.class, () -> backtester.run(history, sku -> "dairy", Progress.NONE, cancellation));
    }

    @Test
    void settingsOutOfRangeAreRefusedInWords() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new BacktestSettings(0, 28, 84));
        assertEquals("the number of origins must be a whole number from 1 to 12: 0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new BacktestSettings(3, 92, 84));
        assertThrows(IllegalArgumentException.class, () -> new BacktestSettings(3, 28, 20));
    }

    @Test
    void daysBeforeTheFirstOrderAreNoDataNotDaysThatSoldNothing() {
        // 120 days of orders; the backtest's window of 3 × 28 + 84 = 168 days starts 48 days before them
        Random random = new Random(3);
        Map<SeriesKey, double[]> orders = new HashMap<>();
        Map<SeriesKey, double[]> padded = new HashMap<>();
        for (SeriesKey key : List.of(STEADY, GROWING, NEW)) {
            double[] y = new double[120];
            for (int t = 0; t < y.length; t++) {
                y[t] = poisson(random, 3 + (t % 7 == 5 ? 4 : 0));
            }
            double[] p = new double[168];
            System.arraycopy(y, 0, p, 48, 120);
            orders.put(key, y);
            padded.put(key, p);
        }
        BacktestSettings settings = new BacktestSettings(3, 28, 84);
        Backtest fromOrders = new Backtester(settings, Runnable::run)
                .replayingAt(0.95)
                .run(history(orders), sku -> "bakery", Progress.NONE, Cancellation.none());
        Backtest fromWindow = new Backtester(settings, Runnable::run)
                .replayingAt(0.95)
                .run(
                        new DemandHistory(START.minusDays(48), 168, padded, 0, 0, 0, 0),
                        sku -> "bakery",
                        Progress.NONE,
                        Cancellation.none());
        assertEquals(fromOrders.origins(), fromWindow.origins());
        assertEquals(3, fromWindow.origins().size());
        for (BacktestLevel level : BacktestLevel.values()) {
            List<BacktestRow> a = fromOrders.rows(level);
            List<BacktestRow> b = fromWindow.rows(level);
            assertEquals(a.size(), b.size(), level.code());
            for (int i = 0; i < a.size(); i++) {
                // the scale of MASE too: a window of zeros then demand has a jump no training week had
                assertEquals(
                        a.get(i).mase(),
                        b.get(i).mase(),
                        1e-12,
                        level.code() + " " + a.get(i).series());
                assertEquals(
                        a.get(i).forecastUnits(),
                        b.get(i).forecastUnits(),
                        1e-9,
                        a.get(i).series());
            }
        }
        assertEquals(fromOrders.replay().fillRate(), fromWindow.replay().fillRate(), 1e-12);
        assertEquals(fromOrders.replay().meanStock(), fromWindow.replay().meanStock(), 1e-9);
    }

    private static DemandHistory history(Map<SeriesKey, double[]> series) {
        int days = series.values().iterator().next().length;
        return new DemandHistory(START, days, series, 0, 0, 0, 0);
    }

    @Test
    void theReplayAimsAtTheFillRateNotACycleLevelAndReportsTheStockToMeetItExactly() {
        Random random = new Random(5);
        double[] fast = new double[168];
        double[] rare = new double[168];
        for (int t = 0; t < fast.length; t++) {
            fast[t] = poisson(random, 6);
            rare[t] = t == 20 ? 1 : 0; // one sale in 24 weeks
        }
        SeriesKey rareKey = SeriesKey.of(NodeCode.of("DS-2"), SkuCode.of("ROLLS"));
        Backtest replayed = new Backtester(new BacktestSettings(3, 28, 84), Runnable::run)
                .replayingAt(0.95)
                .run(history(Map.of(STEADY, fast, rareKey, rare)), sku -> "bakery", Progress.NONE, Cancellation.none());
        var r = replayed.replay();
        assertTrue(Math.abs(r.fillRate() - 0.95) <= 0.03, "fill rate " + r.fillRate());
        // a week's fill-up serves most of a week even when it runs out: 95 % of the units needs a
        // clearly lower cycle level than 95 %
        assertTrue(r.cycleLevel() > 0.2 && r.cycleLevel() < 0.85, "cycle level " + r.cycleLevel());
        // the plan's reading, one safety factor for a 95 % fill rate by the normal loss function, also lands near it
        assertTrue(Math.abs(r.fillRateAsPlanned() - 0.95) <= 0.03, "as planned " + r.fillRateAsPlanned());
        assertTrue(r.meanStockAsPlanned() < 42, "as planned " + r.meanStockAsPlanned());
        // filled weekly to about a week's 42 units plus a buffer, so on hand averages below 42
        assertTrue(r.meanStock() < 42, "stock " + r.meanStock());
        assertTrue(r.meanStockAtTarget() > 0 && r.meanStockAtTarget() < 42, "at target " + r.meanStockAtTarget());
        assertTrue(replayed.describe().stream().anyMatch(l -> l.contains("to meet the 95.0 % fill rate")));
    }

    @Test
    void theReplayMeasuresWeeklyErrorsSoAWeekThatRunsHighAllWeekIsPlannedFor() {
        // 20 a day, but each week as a whole runs 35 % above or below: the days of a week share
        // their error, so a week varies far more than seven independent days would
        Random random = new Random(9);
        Map<SeriesKey, double[]> series = new java.util.HashMap<>();
        for (int site = 0; site < 20; site++) {
            double[] y = new double[168];
            for (int w = 0; w < 24; w++) {
                double level = 20 * (random.nextBoolean() ? 1.35 : 0.65);
                for (int d = 0; d < 7; d++) {
                    y[7 * w + d] = poisson(random, level);
                }
            }
            series.put(SeriesKey.of(NodeCode.of("DS-" + site), SkuCode.of("MILK")), y);
        }
        Backtest replayed = new Backtester(new BacktestSettings(3, 28, 84), Runnable::run)
                .replayingAt(0.95)
                .run(history(series), sku -> "dairy", Progress.NONE, Cancellation.none());
        var r = replayed.replay();
        assertTrue(Math.abs(r.fillRate() - 0.95) <= 0.02, "fill rate " + r.fillRate());
    }

    @Test
    void theWeeklyErrorModelPoolsWeeksBySizeAndScalesToTheForecast() {
        var model = new Backtester.ErrorModel();
        for (int i = 0; i < 40; i++) {
            model.add(10, i % 2 == 0 ? 17 : 3); // errors of ±7 on 10: 4.9 per forecast unit
        }
        assertEquals(4.9 * 12, model.variance(12, 7), 1e-9);
        // a part week of 3 days forecasting 5 is a week of 11.7: the same bin
        assertEquals(4.9 * 5, model.variance(5, 3), 1e-9);
        assertEquals(0, model.variance(0, 7), 1e-9);
        assertEquals(7, new Backtester.ErrorModel().variance(7, 7), 1e-9, "Poisson without a measured week");
    }

    private static double poisson(Random random, double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int k = 0;
        while (product > limit) {
            product *= random.nextDouble();
            k++;
        }
        return k;
    }
}
