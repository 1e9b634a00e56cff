package dev.microtower.simulation.domain;

/**
 * The hard filters a site must pass to fulfil an order, in the order they are checked. Each check
 * that rejects a site says why ({@link FenceCheck#reason()}).
 */
public enum Fence {
    OPEN("Site open"),
    ZONE("Customer in a delivery zone"),
    CUTOFF("Same-day cut-off"),
    CAPACITY("Orders per day"),
    STOCK("Stock");

    private final String label;

    Fence(String label) {
        this.label = label;
    }

    /** The fence in a logistics manager's words. */
    public String label() {
        return label;
    }
}
