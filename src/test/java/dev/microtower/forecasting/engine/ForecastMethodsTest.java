package dev.microtower.forecasting.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.core.NodeCode;
import dev.microtower.core.SkuCode;
import dev.microtower.forecasting.domain.ForecastMethod;
import dev.microtower.forecasting.domain.SeriesForecast;
import dev.microtower.forecasting.domain.SeriesKey;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ForecastMethodsTest {
    private static final double[] WEEK = {10, 12, 14, 16, 30, 40, 5};
    private static final SeriesKey KEY = SeriesKey.of(NodeCode.of("N1"), SkuCode.of("S1"));

    private static double[] weekly(int weeks) {
        double[] y = new double[weeks * 7];
        for (int t = 0; t < y.length; t++) {
            y[t] = WEEK[t % 7];
        }
        return y;
    }

    @Test
    void everyMethodForecastsAConstantSeriesAsThatConstant() {
        double[] y = new double[56];
        Arrays.fill(y, 6);
        double[] out = new double[28];
        double[] expected = new double[28];
        Arrays.fill(expected, 6);
        for (ForecastMethod m : ForecastMethod.values()) {
            SeriesForecaster.run(m, y, y.length, out);
            double[] want = m == ForecastMethod.CROSTON_SBA ? scaled(expected, 0.95) : expected;
            assertArrayEquals(want, out, 1e-9, m.label());
        }
    }

    @Test
    void seasonalNaiveAndHoltWintersRepeatAWeeklyPatternExactly() {
        double[] y = weekly(8);
        double[] out = new double[28];
        ForecastMethods.seasonalNaive(y, y.length, out);
        assertArrayEquals(Arrays.copyOf(weekly(4), 28), out, 1e-9);
        ForecastMethods.holtWinters(y, y.length, out);
        assertArrayEquals(Arrays.copyOf(weekly(4), 28), out, 1e-9);
    }

    @Test
    void holtWintersContinuesTheSeasonFromTheRightWeekday() {
        double[] y = weekly(8);
        double[] out = new double[3];
        ForecastMethods.holtWinters(y, 53, out); // 53 = 7 * 7 + 4: next day is weekday 4
        assertArrayEquals(new double[] {30, 40, 5}, out, 1e-9);
    }

    @Test
    void crostonSbaForecastsSizeOverIntervalTimesTheBiasCorrection() {
        // 4 units every 4th day: size 4, interval 4, SBA = (1 - 0.1 / 2) * 4 / 4 = 0.95 per day
        double[] y = new double[56];
        for (int t = 3; t < y.length; t += 4) {
            y[t] = 4;
        }
        assertTrue(ForecastMethods.isIntermittent(y, y.length));
        double[] out = new double[28];
        ForecastMethods.crostonSba(y, y.length, out);
        assertEquals(0.95, out[0], 1e-12);
        assertEquals(0.95, out[27], 1e-12);
    }

    @Test
    void simpleExponentialSmoothingMovesTheLevelByAlphaOfTheError() {
        // level starts at 10, then 10 + 0.5 * (20 - 10) = 15, then 15 + 0.5 * (15 - 15) = 15
        assertEquals(15, ForecastMethods.sesLevel(new double[] {10, 20, 15}, 3, 0.5), 1e-12);
    }

    @Test
    void theHoldoutPicksAMethodWithoutErrorOnAWeeklyPatternAndReportsMaseAgainstSeasonalNaive() {
        SeriesForecast f =
                new SeriesForecaster(ForecastSettings.DEFAULT).forecast(KEY, weekly(12), LocalDate.of(2026, 1, 1));
        assertTrue(f.method() == ForecastMethod.SEASONAL_NAIVE || f.method() == ForecastMethod.HOLT_WINTERS_ADDITIVE);
        assertEquals(0, f.holdoutAbsError(), 1e-9);
        assertEquals(28, f.horizonDays());
        assertEquals(WEEK[0], f.daily()[0], 1e-9);
        assertEquals(0, f.sigmaDaily(), 1e-9);
        // no week-on-week change: MASE has no scale
        assertTrue(Double.isNaN(f.mase()));
    }

    @Test
    void intermittentDemandIsForecastWithCrostonWhenItBeatsTheOthersOnTheHoldout() {
        double[] y = new double[84];
        for (int t = 2; t < y.length; t += 3) {
            y[t] = 3;
        }
        // demand every 3rd day does not line up with the week: seasonal naive misses every week
        SeriesForecast f = new SeriesForecaster(ForecastSettings.DEFAULT).forecast(KEY, y, LocalDate.of(2026, 1, 1));
        assertEquals(ForecastMethod.CROSTON_SBA, f.method());
        assertEquals(0.95, f.daily()[0], 1e-9);
        assertTrue(f.mase() < f.maseSeasonalNaive(), f.mase() + " vs " + f.maseSeasonalNaive());
    }

    @Test
    void steadyDemandIsNotIntermittent() {
        assertFalse(ForecastMethods.isIntermittent(weekly(4), 28));
    }

    @Test
    void aSeriesWithoutDemandForecastsZero() {
        SeriesForecast f =
                new SeriesForecaster(ForecastSettings.DEFAULT).forecast(KEY, new double[30], LocalDate.of(2026, 1, 1));
        assertEquals(0, f.unitsOver(28), 0);
    }

    @Test
    void unitsOverFractionalDaysCountTheLastDayProRata() {
        SeriesForecast f =
                new SeriesForecaster(ForecastSettings.DEFAULT).forecast(KEY, weekly(8), LocalDate.of(2026, 1, 1));
        assertEquals(10 + 12 + 0.5 * 14, f.unitsOver(2.5), 1e-9);
    }

    private static double[] scaled(double[] a, double f) {
        double[] c = a.clone();
        for (int i = 0; i < c.length; i++) {
            c[i] *= f;
        }
        return c;
    }
}
