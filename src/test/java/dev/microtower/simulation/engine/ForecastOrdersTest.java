package dev.microtower.simulation.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.core.GeoPoint;
import dev.microtower.core.NodeCode;
import dev.microtower.core.OrderCode;
import dev.microtower.core.SkuCode;
import dev.microtower.forecasting.domain.DemandHistory;
import dev.microtower.forecasting.domain.ForecastMethod;
import dev.microtower.forecasting.domain.NetworkForecast;
import dev.microtower.forecasting.domain.SeriesForecast;
import dev.microtower.forecasting.domain.SeriesKey;
import dev.microtower.orders.domain.Order;
import dev.microtower.orders.domain.OrderLine;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Forecast demand as orders, checked by hand: two weeks of history at one site, one order a day of
 * one unit of SKU A; a forecast of one unit a day, doubled on the second week by a demand change.
 */
class ForecastOrdersTest {
    private static final NodeCode SITE = NodeCode.of("MFC-1");
    private static final SkuCode A = SkuCode.of("A");
    private static final LocalDate FIRST = LocalDate.of(2026, 9, 1);

    @Test
    void eachForecastDayRepeatsTheSameWeekdayOfTheHistoryAsOftenAsTheForecastAsks() {
        List<Order> history = new ArrayList<>();
        double[] past = new double[14];
        for (int d = 0; d < 14; d++) {
            Instant at = FIRST.plusDays(d).atTime(10, 0).toInstant(java.time.ZoneOffset.UTC);
            history.add(order("H" + d, at, at.plusSeconds(6 * 3600)));
            past[d] = 1;
        }
        DemandHistory demand = new DemandHistory(FIRST, 14, Map.of(new SeriesKey(SITE, A), past), 14, 0, 0, 0);
        LocalDate start = FIRST.plusDays(14);
        double[] daily = new double[14];
        for (int d = 0; d < 14; d++) {
            daily[d] = d < 7 ? 1 : 2; // a ×2 demand change on the second week
        }
        NetworkForecast forecast = forecastOf(start, daily, 14);

        List<Order> orders = ForecastOrders.of(forecast, demand, history, o -> SITE, ZoneOffset.UTC);

        // the usual level is 1 a day: week one gives one copy a day, week two two copies a day
        assertEquals(7 + 14, orders.size());
        Order first = orders.get(0);
        assertEquals("F2026-09-15-1-H7", first.code().value(), "15 Sept is a Tuesday, like 8 Sept (H7)");
        assertEquals(history.get(7).createdAt().plusSeconds(7 * 86_400L), first.createdAt(), "the same time a week on");
        assertEquals(history.get(7).promisedBy().plusSeconds(7 * 86_400L), first.promisedBy());
        assertEquals(history.get(7).lines(), first.lines());
        long secondWeek = orders.stream()
                .filter(o ->
                        !o.createdAt().isBefore(start.plusDays(7).atStartOfDay().toInstant(java.time.ZoneOffset.UTC)))
                .count();
        assertEquals(14, secondWeek);
        assertEquals(orders, ForecastOrders.of(forecast, demand, history, o -> SITE, ZoneOffset.UTC), "deterministic");
        assertEquals(java.util.Optional.of(OrderCode.of("H7")), ForecastOrders.patternOf(first.code()));
        assertEquals(java.util.Optional.empty(), ForecastOrders.patternOf(OrderCode.of("H7")));
    }

    @Test
    void aFractionalFactorIsCarriedSoTheCopiesAddUpToTheForecast() {
        List<Order> history = new ArrayList<>();
        double[] past = new double[7];
        for (int d = 0; d < 7; d++) {
            Instant at = FIRST.plusDays(d).atTime(9, 0).toInstant(java.time.ZoneOffset.UTC);
            for (int i = 0; i < 10; i++) {
                history.add(order("H" + d + "-" + i, at.plusSeconds(i * 60L), null));
            }
            past[d] = 10;
        }
        DemandHistory demand = new DemandHistory(FIRST, 7, Map.of(new SeriesKey(SITE, A), past), 70, 0, 0, 0);
        LocalDate start = FIRST.plusDays(7);
        double[] daily = {13, 13, 13, 13, 13, 13, 13};
        NetworkForecast forecast = forecastOf(start, daily, 70);

        List<Order> orders = ForecastOrders.of(forecast, demand, history, o -> SITE, ZoneOffset.UTC);

        // factor 1.3 on 70 orders: 91 copies, carried from order to order
        assertEquals(91, orders.size());
    }

    @Test
    void anEveningOrderWestOfUtcIsThePatternOfItsLocalDay() {
        ZoneOffset bayArea = ZoneOffset.ofHours(-8);
        List<Order> history = new ArrayList<>();
        double[] past = new double[14];
        for (int d = 0; d < 14; d++) {
            // 18:00 in the Bay Area: 02:00 UTC on the next day
            Instant at = FIRST.plusDays(d).atTime(18, 0).toInstant(bayArea);
            history.add(order("H" + d, at, null));
            past[d] = 1;
        }
        // the demand history and the forecast count local days
        DemandHistory demand = new DemandHistory(FIRST, 14, Map.of(new SeriesKey(SITE, A), past), 14, 0, 0, 0);
        LocalDate start = FIRST.plusDays(14);
        double[] daily = {1, 1, 1, 1, 1, 1, 1};
        NetworkForecast forecast = forecastOf(start, daily, 14);

        List<Order> orders = ForecastOrders.of(forecast, demand, history, o -> SITE, bayArea);

        assertEquals(7, orders.size(), "one order on each forecast day");
        assertEquals("F2026-09-15-1-H7", orders.get(0).code().value(), "Tuesday 15 Sept repeats Tuesday 8 Sept");
        for (int d = 0; d < 7; d++) {
            Order o = orders.get(d);
            LocalDate day = start.plusDays(d);
            assertEquals(
                    day, o.createdAt().atOffset(bayArea).toLocalDate(), o.code().value());
            assertEquals(day.atTime(18, 0).toInstant(bayArea), o.createdAt(), "the same local time a week on");
            assertTrue(o.code().value().startsWith("F" + day + "-"), o.code().value());
        }
    }

    /** An order of one unit of A, at the site's customer. */
    private static Order order(String code, Instant at, Instant promisedBy) {
        return new Order(
                OrderCode.of(code),
                at,
                promisedBy,
                "web",
                new GeoPoint(37.8, -122.3),
                null,
                List.of(new OrderLine(1, A, 1)));
    }

    /** A forecast of {@code daily} units of A at the site from {@code start}. */
    private static NetworkForecast forecastOf(LocalDate start, double[] daily, double historyUnits) {
        SeriesForecast series = new SeriesForecast(
                new SeriesKey(SITE, A), ForecastMethod.values()[0], start, daily, 0, 0, 0, 0, 0, 1, 0, historyUnits);
        return new NetworkForecast(start, daily.length, Map.of(new SeriesKey(SITE, A), series), 0, 0, Map.of());
    }
}
