package dev.microtower.network.domain;

/** The kinds of site in a micro-distribution network, from the regional DC down to a locker. */
public enum NodeType {
    REGIONAL_DC("Regional DC"),
    MICRO_FULFILLMENT_CENTER("Micro-fulfilment centre"),
    DARK_STORE("Dark store"),
    MICRO_HUB("Micro-hub"),
    STORE("Ship-from-store"),
    PICKUP_POINT("Pickup point / locker");

    private final String label;

    NodeType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Pickup points hold no stock of their own: another node serves them. */
    public boolean holdsStock() {
        return this != PICKUP_POINT;
    }
}
