package dev.microtower.forecasting.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * Daily demand in units per node × SKU over {@code days} consecutive days starting at {@code
 * firstDay}; series with no demand at all are absent. The arrays are owned by this record: treat
 * them as frozen. The counts say how the orders were assigned to nodes: by a delivery zone that
 * contains the customer, through a pickup point to the node that serves it, or to the nearest
 * stocked node when no zone contains the customer.
 */
public record DemandHistory(
        LocalDate firstDay,
        int days,
        Map<SeriesKey, double[]> series,
        long ordersInZone,
        long ordersViaPickupPoint,
        long ordersToNearestNode,
        long ordersUnassigned) {

    public DemandHistory {
        Objects.requireNonNull(firstDay, "first day");
        if (days <= 0) {
            throw new IllegalArgumentException("a demand history needs at least one day");
        }
        series = FrozenMaps.copyOf(series);
        for (var e : series.entrySet()) {
            if (e.getValue().length != days) {
                throw new IllegalArgumentException(
                        "series " + e.getKey() + " has " + e.getValue().length + " days, expected " + days);
            }
        }
    }

    /** The series of a node × SKU, or a shared all-zero series when it had no demand. */
    public double[] demand(SeriesKey key) {
        double[] s = series.get(key);
        return s != null ? s : new double[days];
    }

    public LocalDate lastDay() {
        return firstDay.plusDays(days - 1L);
    }
}
