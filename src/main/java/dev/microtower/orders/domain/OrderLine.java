package dev.microtower.orders.domain;

import dev.microtower.core.Range;
import dev.microtower.core.SkuCode;
import java.util.Objects;

/** One line of a customer order: a positive quantity of one SKU. */
public record OrderLine(int lineNo, SkuCode sku, int quantity) {
    public static final Range LINE_NO = Range.above(0);
    public static final Range QUANTITY = Range.above(0);

    public OrderLine {
        if (!LINE_NO.contains(lineNo)) {
            throw new IllegalArgumentException("line number must be positive: " + lineNo);
        }
        Objects.requireNonNull(sku, "sku");
        if (!QUANTITY.contains(quantity)) {
            throw new IllegalArgumentException("quantity must be positive: " + quantity);
        }
    }
}
