package dev.microtower.heatmaps.domain;

import dev.microtower.core.NodeCode;
import java.util.Locale;
import java.util.Objects;

/**
 * The numbers behind the colour of one site on the stock heatmap, for one measure and one part of
 * the assortment. Quantities are sums over the SKUs the filter selects; {@link #band()} is the
 * band of those sums, and {@link #skusTooLittle()} counts the SKUs that are each in the "too
 * little" band, so a surplus of one SKU cannot hide the stockout of another from the inspector.
 *
 * @param covering the available stock of each SKU counted up to its maximum level, summed: what
 *     can cover the targets, as a surplus of one SKU cannot stand in for another
 * @param value the measure's value: covering / target, days of cover or on hand / capacity;
 *     {@code NaN} when it has no meaning (no target, no forecast, no capacity)
 * @param skus SKUs with a target or stock at the site that the filter selects
 */
public record SiteReading(
        NodeCode node,
        StockMeasure measure,
        AssortmentFilter filter,
        double value,
        StockBand band,
        long covering,
        long onHand,
        long reserved,
        long inTransit,
        long target,
        double safetyStock,
        long maxLevel,
        double dailyForecast,
        Long capacity,
        int skus,
        int skusTooLittle) {

    public SiteReading {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(band, "band");
    }

    /** On hand + in transit − reserved. */
    public long available() {
        return onHand + inTransit - reserved;
    }

    /** Available over forecast daily demand; infinite with stock and no demand, NaN with neither. */
    public double daysOfCover() {
        if (dailyForecast > 0) {
            return available() / dailyForecast;
        }
        return available() > 0 ? Double.POSITIVE_INFINITY : Double.NaN;
    }

    /** On hand over storage capacity, NaN without a capacity. */
    public double utilisation() {
        return capacity == null || capacity <= 0 ? Double.NaN : (double) onHand / capacity;
    }

    /** "about 0.2", or "less than 0.1" for a rate that would print as 0.0. */
    private static String weeklyRate(double perWeek) {
        return perWeek < 0.05 ? "less than 0.1" : String.format(Locale.ROOT, "about %.1f", perWeek);
    }

    /** The value formatted as the legend states it. */
    public String formattedValue() {
        if (Double.isNaN(value)) {
            return "—";
        }
        return switch (measure) {
            case STOCK_AGAINST_TARGET -> String.format(Locale.ROOT, "%.0f %% of target covered", value * 100);
            case DAYS_OF_COVER ->
                Double.isInfinite(value)
                        ? "no demand forecast"
                        : dailyForecast * 7 < 1
                                // a slow seller's cover reads as hundreds of days: say units and the weekly rate
                                ? String.format(
                                        Locale.ROOT,
                                        "%d units, sells %s a week (%.0f days)",
                                        available(),
                                        weeklyRate(dailyForecast * 7),
                                        value)
                                : String.format(Locale.ROOT, "%.1f days", value);
            case CAPACITY_UTILISATION -> String.format(Locale.ROOT, "%.0f %% of capacity", value * 100);
        };
    }
}
