package dev.microtower.simulation.domain;

import dev.microtower.core.NodeCode;
import dev.microtower.core.Range;
import java.util.Objects;

/**
 * How a site operates, as far as the fulfilment simulation needs it: how many orders it can
 * dispatch per day, the local hour after which a same-day order waits for the next day, and, for
 * a site replenished from outside the network (a regional DC), the vendors' lead time and the days
 * between two vendor orders. Every field is optional ({@code null}); the {@code effective…}
 * methods apply the documented defaults. Kept apart from the site record itself so that the
 * simulation's fields are read and written by the simulation alone.
 */
public record SiteOperations(
        NodeCode node,
        Integer ordersPerDay,
        Double sameDayCutoffHour,
        Double supplyLeadTimeDays,
        Integer supplyReviewDays) {
    public static final Range ORDERS_PER_DAY = Range.atLeast(0);
    public static final Range SAME_DAY_CUTOFF_HOUR = Range.between(0, 24);
    public static final Range SUPPLY_LEAD_TIME_DAYS = Range.atLeast(0);
    public static final Range SUPPLY_REVIEW_DAYS = Range.atLeast(1);

    /** Orders per m² of floor area and day when no capacity is given: a compact picking floor. */
    public static final double ORDERS_PER_M2 = 0.25;
    /** The fewest orders per day a default capacity gives, so small sites are not starved. */
    public static final int MIN_DEFAULT_ORDERS_PER_DAY = 50;
    /** Capacity of a site that states neither capacity nor floor area. */
    public static final int DEFAULT_ORDERS_PER_DAY = 200;

    public static final double DEFAULT_CUTOFF_HOUR = 14;
    public static final double DEFAULT_SUPPLY_LEAD_TIME_DAYS = 3;
    public static final int DEFAULT_SUPPLY_REVIEW_DAYS = 7;

    public SiteOperations {
        Objects.requireNonNull(node, "node");
        if (ordersPerDay != null) {
            ORDERS_PER_DAY.require(ordersPerDay, "orders per day");
        }
        SAME_DAY_CUTOFF_HOUR.requireOrNull(sameDayCutoffHour, "same-day cut-off hour");
        SUPPLY_LEAD_TIME_DAYS.requireOrNull(supplyLeadTimeDays, "supply lead time");
        if (supplyReviewDays != null) {
            SUPPLY_REVIEW_DAYS.require(supplyReviewDays, "supply review days");
        }
    }

    /** Nothing stated: every default applies. */
    public static SiteOperations unknown(NodeCode node) {
        return new SiteOperations(node, null, null, null, null);
    }

    /** The stated capacity, else 0.25 orders per m² of floor area (at least 50), else 200. */
    public int effectiveOrdersPerDay(Double floorAreaM2) {
        if (ordersPerDay != null) {
            return ordersPerDay;
        }
        if (floorAreaM2 != null && floorAreaM2 > 0) {
            return Math.max(MIN_DEFAULT_ORDERS_PER_DAY, (int) Math.round(floorAreaM2 * ORDERS_PER_M2));
        }
        return DEFAULT_ORDERS_PER_DAY;
    }

    public double effectiveCutoffHour() {
        return sameDayCutoffHour == null ? DEFAULT_CUTOFF_HOUR : sameDayCutoffHour;
    }

    public double effectiveSupplyLeadTimeDays() {
        return supplyLeadTimeDays == null ? DEFAULT_SUPPLY_LEAD_TIME_DAYS : supplyLeadTimeDays;
    }

    public int effectiveSupplyReviewDays() {
        return supplyReviewDays == null ? DEFAULT_SUPPLY_REVIEW_DAYS : supplyReviewDays;
    }
}
