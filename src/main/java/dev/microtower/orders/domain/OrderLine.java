package dev.microtower.orders.domain;

import dev.microtower.core.SkuCode;
import java.util.Objects;

/** One line of a customer order: a positive quantity of one SKU. */
public record OrderLine(int lineNo, SkuCode sku, int quantity) {
    public OrderLine {
        if (lineNo <= 0) {
            throw new IllegalArgumentException("line number must be positive: " + lineNo);
        }
        Objects.requireNonNull(sku, "sku");
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive: " + quantity);
        }
    }
}
