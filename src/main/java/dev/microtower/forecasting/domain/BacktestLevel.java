package dev.microtower.forecasting.domain;

/**
 * The levels a backtest reports: the whole network, each site's total, each SKU network-wide, each
 * category network-wide, and each site × SKU. {@link #code()} is the word in the backtest file's
 * {@code level} column; {@link #label()} is what the window shows.
 */
public enum BacktestLevel {
    NETWORK("network", "Network"),
    NODE("node", "Site totals"),
    SKU("sku", "SKU (all sites)"),
    CATEGORY("category", "Category (all sites)"),
    NODE_SKU("node_sku", "Site × SKU");

    private final String code;
    private final String label;

    BacktestLevel(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
