package dev.microtower.heatmaps.domain;

/** What the stock heatmap colours sites by. */
public enum StockMeasure {
    /** Available stock against the allocation target, in four bands (see {@link StockBand}). */
    STOCK_AGAINST_TARGET("Stock against target"),
    /** Available stock over the forecast daily demand. */
    DAYS_OF_COVER("Days of cover"),
    /** Units on hand over the site's storage capacity. */
    CAPACITY_UTILISATION("Capacity utilisation");

    private final String label;

    StockMeasure(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
