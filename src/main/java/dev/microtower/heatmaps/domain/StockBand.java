package dev.microtower.heatmaps.domain;

/**
 * Where available stock (on hand + in transit − reserved) stands against a target of the
 * allocation plan. The bands, checked in this order (for several SKUs together see {@link
 * #classify(double, double, long, double, long)}):
 *
 * <ol>
 *   <li>{@link #TOO_LITTLE}: below the safety stock, or nothing available where the target is
 *       above zero (a stockout with demand);
 *   <li>{@link #SERVICE_RISK}: at or above the safety stock but below the target;
 *   <li>{@link #WITHIN_TARGET}: from the target up to the maximum level;
 *   <li>{@link #TOO_MUCH}: above the maximum level (for a site that should not hold the stock at
 *       all, any stock).
 * </ol>
 *
 * {@link #NONE} is a site with neither a target nor stock: nothing to say.
 */
public enum StockBand {
    TOO_LITTLE("Too little", "below safety stock, or stocked out where there is demand"),
    SERVICE_RISK("Service risk", "at or above safety stock, below target"),
    WITHIN_TARGET("Within target", "from target up to the maximum level"),
    TOO_MUCH("Too much", "above the maximum level"),
    NONE("No target, no stock", "nothing planned or held here");

    private final String label;
    private final String rule;

    StockBand(String label, String rule) {
        this.label = label;
        this.rule = rule;
    }

    public String label() {
        return label;
    }

    /** The threshold of the band in words, for the legend and the docs. */
    public String rule() {
        return rule;
    }

    /** The band of {@code available} units of one SKU against its target, safety stock and maximum level. */
    public static StockBand classify(double available, long target, double safetyStock, long maxLevel) {
        return classify(Math.max(0, Math.min(available, maxLevel)), available, target, safetyStock, maxLevel);
    }

    /**
     * The band of several SKUs together. The two shortage bands look at {@code covering}: the sum
     * over the SKUs of their available stock up to each one's maximum level, so that a surplus of
     * one SKU cannot make up for the stockout of another. "Too much" looks at all available stock.
     * For a single SKU this is the same as {@link #classify(double, long, double, long)}.
     */
    public static StockBand classify(
            double covering, double available, long target, double safetyStock, long maxLevel) {
        if (target <= 0 && maxLevel <= 0) {
            return available > 0 ? TOO_MUCH : NONE;
        }
        if (covering < safetyStock || (covering <= 0 && target > 0)) {
            return TOO_LITTLE;
        }
        if (covering < target) {
            return SERVICE_RISK;
        }
        return available <= maxLevel ? WITHIN_TARGET : TOO_MUCH;
    }

    @Override
    public String toString() {
        return label;
    }
}
