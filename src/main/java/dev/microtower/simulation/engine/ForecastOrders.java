package dev.microtower.simulation.engine;

import dev.microtower.core.NodeCode;
import dev.microtower.core.OrderCode;
import dev.microtower.forecasting.domain.DemandHistory;
import dev.microtower.forecasting.domain.NetworkForecast;
import dev.microtower.forecasting.domain.SeriesForecast;
import dev.microtower.forecasting.domain.SeriesKey;
import dev.microtower.orders.domain.Order;
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
 * order as often as the forecast asks. An order's factor is its site's forecast units that day (all
 * SKUs) over the site's average units on the pattern days of the whole horizon (1 for a site with no
 * history there): so a site's forecast total is met on average, and a multiplier on some days only
 * raises those days. (A factor per site × SKU was tried first: most series are sparse, the ratio of
 * a forecast rate to a few sales is wild, and an order carrying one such line was copied with all
 * its lines; on the demo it made 73 % more orders than the forecast's units allow.) The copies are whole, carried per
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
     * counted each order at, and {@code zone} the time zone it counted its days in (the planner's,
     * {@code Planner.Forecasted.zone()}: an evening order west of UTC is a pattern of its local day).
     */
    public static List<Order> of(
            NetworkForecast forecast,
            DemandHistory demand,
            Collection<Order> history,
            Function<Order, NodeCode> siteOf,
            ZoneOffset zone) {
        LocalDate histFirst = demand.firstDay();
        LocalDate histLast = histFirst.plusDays(demand.days() - 1L);
        // the history's orders by local day, the days the demand history and the forecast count in
        Map<LocalDate, List<Order>> byDay = new HashMap<>();
        for (Order o : history) {
            LocalDate day = o.createdAt().atOffset(zone).toLocalDate();
            if (!day.isBefore(histFirst) && !day.isAfter(histLast)) {
                byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(o);
            }
        }
        int[] patternOf = new int[forecast.horizonDays()];
        for (int d = 0; d < patternOf.length; d++) {
            LocalDate pattern = patternDay(forecast.firstDay().plusDays(d), histFirst, histLast);
            patternOf[d] = (int) (pattern.toEpochDay() - histFirst.toEpochDay());
        }
        // per site: the forecast units of each day, and the usual units of a pattern day
        Map<NodeCode, double[]> forecastBySite = new HashMap<>();
        for (SeriesForecast f : forecast.series().values()) {
            double[] days = forecastBySite.computeIfAbsent(f.key().node(), n -> new double[patternOf.length]);
            for (int d = 0; d < patternOf.length; d++) {
                int fd = (int) (forecast.firstDay().plusDays(d).toEpochDay()
                        - f.firstDay().toEpochDay());
                if (fd >= 0 && fd < f.daily().length) {
                    days[d] += f.daily()[fd];
                }
            }
        }
        Map<NodeCode, Double> usualBySite = new HashMap<>();
        for (Map.Entry<SeriesKey, double[]> e : demand.series().entrySet()) {
            double sum = 0;
            for (int hd : patternOf) {
                sum += e.getValue()[hd];
            }
            usualBySite.merge(e.getKey().node(), sum / patternOf.length, Double::sum);
        }
        Map<NodeCode, Double> carry = new HashMap<>();
        List<Order> out = new ArrayList<>();
        for (int d = 0; d < forecast.horizonDays(); d++) {
            LocalDate day = forecast.firstDay().plusDays(d);
            LocalDate pattern = patternDay(day, histFirst, histLast);
            long shift = (day.toEpochDay() - pattern.toEpochDay()) * 86_400L;
            int copyNo = 0;
            for (Order o : byDay.getOrDefault(pattern, List.of())) {
                NodeCode site = siteOf.apply(o);
                double[] wanted = site == null ? null : forecastBySite.get(site);
                double usual = site == null ? 0 : usualBySite.getOrDefault(site, 0.0);
                double factor = wanted == null || usual <= 0 ? 1 : wanted[d] / usual;
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
}
