package dev.microtower.simulation.domain;

/**
 * The additive figures a replay counts, for the network, each site and each day; every KPI is a
 * ratio of them. Because they are sums, a site's figures and the network's add up.
 */
public enum Measure {
    ORDERS,
    ORDERS_FILLED,
    ORDERS_SHIPPED,
    LINES,
    LINES_FILLED,
    UNITS,
    UNITS_FILLED,
    ORDERS_LOCAL,
    ORDERS_PROMISED,
    ORDERS_ON_TIME,
    ORDERS_SPLIT,
    ORDERS_IN_SAME_DAY_ZONE,
    SHIPMENTS,
    DISTANCE_KM,
    HANDLING_COST,
    LAST_MILE_COST,
    REPLENISHMENT_COST,
    FIXED_COST,
    LOST_PENALTY,
    STOCK_UNIT_DAYS,
    CAPACITY_UNIT_DAYS,
    STOCK_AT_CAPACITY_SITES_UNIT_DAYS,
    STOCKED_SKU_DAYS,
    OUT_OF_STOCK_SKU_DAYS,
    ORDER_CAPACITY_DAYS
}
