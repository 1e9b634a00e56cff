package dev.microtower.simulation.engine;

import dev.microtower.core.NodeCode;
import dev.microtower.core.OrderCode;
import dev.microtower.forecasting.domain.DemandHistory;
import dev.microtower.forecasting.domain.NetworkForecast;
import dev.microtower.forecasting.domain.SeriesForecast;
import dev.microtower.forecasting.domain.SeriesKey;
import dev.microtower.orders.domain.Order;
import dev.microtower.orders.domain.OrderLine;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Forecast demand as orders, so the replay can run over the forecast horizon: each forecast day
 * takes the orders of a history day on the same weekday (the latest whole number of weeks back that
 * lies in the history) as its pattern of customers, times, promises and baskets, and repeats each
 * order as often as the forecast asks. An order's factor is, over its lines weighted by units, the
 * forecast of the line's site × SKU that day over that series' average on the pattern days of the
 * whole horizon (1 for a series with no history there): so a series' forecast total is met on
 * average, and a multiplier on some days only raises those days. The copies are whole, carried per
 * site in the orders' time order (a factor of 1.3 gives one copy, then one, then two…). The forecast already holds the scenario's demand multipliers, so
 * they reach the orders. No randomness: the same history and forecast give the same orders.
 */
public final class ForecastOrders {
    private static final Pattern CODE = Pattern.compile("F\\d{4}-\\d{2}-\\d{2}-\\d+-(.+)");

    private ForecastOrders() {}

    /** The history order a forecast order repeats (same customer and basket); empty for a history order. */
    public static Optional<OrderCode> patternOf(OrderCode forecastOrder) {
        Matcher m = CODE.matcher(forecastOrder.value());
        return m.matches() ? Optional.of(OrderCode.of(m.group(1))) : Optional.empty();
    }

    /**
     * The orders of the forecast's days, oldest first, made from {@code history} (the orders of
     * {@code demand}'s days, in time order); {@code siteOf} gives the site the demand history
     * counted each order at.
     */
    public static List<Order> of(
            NetworkForecast forecast,
            DemandHistory demand,
            Collection<Order> history,
            Function<Order, NodeCode> siteOf) {
        LocalDate histFirst = demand.firstDay();
        LocalDate histLast = histFirst.plusDays(demand.days() - 1L);
        // the history's orders by UTC day, the days the demand history counts in
        Map<LocalDate, List<Order>> byDay = new HashMap<>();
        for (Order o : history) {
            LocalDate day = o.createdAt().atOffset(ZoneOffset.UTC).toLocalDate();
            if (!day.isBefore(histFirst) && !day.isAfter(histLast)) {
                byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(o);
            }
        }
        int[] patternOf = new int[forecast.horizonDays()];
        for (int d = 0; d < patternOf.length; d++) {
            LocalDate pattern = patternDay(forecast.firstDay().plusDays(d), histFirst, histLast);
            patternOf[d] = (int) (pattern.toEpochDay() - histFirst.toEpochDay());
        }
        Map<SeriesKey, Double> averages = new HashMap<>();
        Function<SeriesKey, Double> average = key -> {
            double[] past = demand.demand(key);
            double sum = 0;
            for (int hd : patternOf) {
                sum += past[hd];
            }
            return sum / patternOf.length;
        };
        Map<NodeCode, Double> carry = new HashMap<>();
        List<Order> out = new ArrayList<>();
        for (int d = 0; d < forecast.horizonDays(); d++) {
            LocalDate day = forecast.firstDay().plusDays(d);
            LocalDate pattern = patternDay(day, histFirst, histLast);
            long shift = (day.toEpochDay() - pattern.toEpochDay()) * 86_400L;
            int copyNo = 0;
            for (Order o : byDay.getOrDefault(pattern, List.of())) {
                NodeCode site = siteOf.apply(o);
                double factor =
                        site == null ? 1 : factor(o, site, forecast, day, k -> averages.computeIfAbsent(k, average));
                double owed = carry.getOrDefault(site, 0.0) + factor;
                int copies = (int) Math.floor(owed + 1e-9);
                carry.put(site, owed - copies);
                for (int c = 0; c < copies; c++) {
                    out.add(new Order(
                            OrderCode.of("F" + day + "-" + (++copyNo) + "-"
                                    + o.code().value()),
                            o.createdAt().plusSeconds(shift),
                            o.promisedBy() == null ? null : o.promisedBy().plusSeconds(shift),
                            o.channel(),
                            o.customer(),
                            o.fulfilledBy(),
                            o.lines()));
                }
            }
        }
        return out;
    }

    /**
     * The history day on the same weekday as {@code day}, the fewest whole weeks back; for a history
     * shorter than a week, its days in turn from the last.
     */
    static LocalDate patternDay(LocalDate day, LocalDate histFirst, LocalDate histLast) {
        long ahead = day.toEpochDay() - histLast.toEpochDay();
        long weeks = Math.max(1, Math.floorDiv(ahead + 6, 7));
        LocalDate pattern = day.minusWeeks(weeks);
        if (!pattern.isBefore(histFirst)) {
            return pattern;
        }
        long days = histLast.toEpochDay() - histFirst.toEpochDay() + 1;
        return histLast.minusDays(Math.floorMod(ahead - 1, days));
    }

    private static double factor(
            Order o, NodeCode site, NetworkForecast forecast, LocalDate day, Function<SeriesKey, Double> average) {
        double weighted = 0;
        double units = 0;
        for (OrderLine line : o.lines()) {
            SeriesKey key = new SeriesKey(site, line.sku());
            SeriesForecast f = forecast.get(key);
            int fd = f == null ? -1 : (int) (day.toEpochDay() - f.firstDay().toEpochDay());
            double usual = fd < 0 || fd >= f.daily().length ? 0 : average.apply(key);
            weighted += line.quantity() * (usual <= 0 ? 1 : f.daily()[fd] / usual);
            units += line.quantity();
        }
        return units == 0 ? 1 : weighted / units;
    }
}
