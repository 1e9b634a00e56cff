package dev.microtower.network.domain;

/** The delivery promise a node (or a delivery zone) is built for. */
public enum SlaTier {
    SAME_DAY("Same day"),
    NEXT_DAY("Next day"),
    REPLENISHMENT_HUB("Replenishment hub");

    private final String label;

    SlaTier(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
