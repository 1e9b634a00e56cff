package dev.microtower.inventory.domain;

import static dev.microtower.core.Requirements.requireNonNegative;

import dev.microtower.core.NodeCode;
import dev.microtower.core.Range;
import dev.microtower.core.SkuCode;
import java.time.Instant;
import java.util.Objects;

/**
 * Units of one SKU at one node at a point in time: physically on hand, reserved for open orders,
 * and in transit towards the node.
 */
public record StockLevel(NodeCode node, SkuCode sku, long onHand, long reserved, long inTransit, Instant asOf) {
    /** On hand, reserved and in transit alike. */
    public static final Range UNITS = Range.atLeast(0);

    public StockLevel {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(sku, "sku");
        requireNonNegative(onHand, "on hand");
        requireNonNegative(reserved, "reserved");
        requireNonNegative(inTransit, "in transit");
        Objects.requireNonNull(asOf, "as of");
    }

    /** Stock that can still be promised: on hand plus in transit, less what is reserved. */
    public long available() {
        return onHand + inTransit - reserved;
    }

    public StockLevel withInTransit(long newInTransit) {
        return new StockLevel(node, sku, onHand, reserved, newInTransit, asOf);
    }
}
