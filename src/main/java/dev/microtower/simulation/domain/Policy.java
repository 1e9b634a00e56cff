package dev.microtower.simulation.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * The routing presets: each is a set of {@link RoutingWeights}, which the window and the command
 * line let the user change.
 */
public enum Policy {
    /** The nearest site that has any of the lines; the rest is split to the next nearest. */
    NEAREST("nearest", "Nearest site with stock", new RoutingWeights(1, 0, 0, 0)),
    /** A site with every line wins over any split, then the nearest: common commerce platforms' rule. */
    FEWEST_SPLITS("fewest-splits", "Fewest splits, then nearest", new RoutingWeights(1, 0, 1000, 0)),
    /** Handling plus last-mile cost, a split charged at about one more shipment. */
    LOWEST_COST("lowest-cost", "Lowest cost to serve", new RoutingWeights(0, 1, 8, 0));

    private final String key;
    private final String label;
    private final RoutingWeights weights;

    Policy(String key, String label, RoutingWeights weights) {
        this.key = key;
        this.label = label;
        this.weights = weights;
    }

    /** The word used on the command line. */
    public String key() {
        return key;
    }

    /** The name shown in the window. */
    public String label() {
        return label;
    }

    public RoutingWeights weights() {
        return weights;
    }

    /** The preset called {@code key} on the command line, if any. */
    public static Optional<Policy> ofKey(String key) {
        String k = key == null ? "" : key.trim().toLowerCase(Locale.ROOT);
        for (Policy p : values()) {
            if (p.key.equals(k)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
