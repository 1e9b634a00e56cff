package dev.microtower.rebalancing.domain;

/**
 * What one lost sale costs a plan: the margin it would have earned (price − cost; the default, for
 * a retailer whose customer buys elsewhere this once) or the whole price (for a customer lost with
 * the sale, or a contract that charges it back).
 */
public enum LostSaleBasis {
    MARGIN("the margin (price − cost)"),
    PRICE("the selling price");

    private final String label;

    LostSaleBasis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
