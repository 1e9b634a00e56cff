package dev.microtower.core;

/**
 * The kinds of data a change can touch. Views and caches listen for the kinds they show, so an
 * accepted transfer (stock) recolours the stock heatmap but does not make the demand heatmap read
 * the order history again.
 */
public enum DataKind {
    /** Sites: added, removed, moved, their type, capacity or status. */
    NETWORK,
    /** SKUs and stock levels. */
    STOCK,
    /** The order history. */
    ORDERS,
    /** Allocation rules. */
    RULES,
    /** Delivery zones. */
    ZONES,
    /** Demand multipliers of a scenario. */
    DEMAND_MULTIPLIERS,
    /**
     * The regional DCs' vendor supply by category: it feeds the replay (simulation, compare,
     * differences) but not the forecast or the plan, so it keeps the forecasts and backtests.
     */
    SUPPLY,
    /** Stored plan runs and the decisions on their suggestions. */
    PLANS
}
