package dev.microtower.forecasting.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * Forecasts for every node × SKU of the network, with the network-wide MASE of the chosen
 * methods next to that of seasonal naive (both pooled: total holdout absolute error over total
 * scale, so big series weigh more) and how often each method was chosen.
 */
public record NetworkForecast(
        LocalDate firstDay,
        int horizonDays,
        Map<SeriesKey, SeriesForecast> series,
        double networkMase,
        double networkMaseSeasonalNaive,
        Map<ForecastMethod, Integer> methodCounts) {

    public NetworkForecast {
        Objects.requireNonNull(firstDay, "first day");
        series = FrozenMaps.copyOf(series);
        methodCounts = Map.copyOf(methodCounts);
    }

    /** The forecast of a node × SKU, or {@code null} when the series had no demand history. */
    public SeriesForecast get(SeriesKey key) {
        return series.get(key);
    }
}
