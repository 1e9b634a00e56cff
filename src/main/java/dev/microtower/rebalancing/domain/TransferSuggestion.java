package dev.microtower.rebalancing.domain;

import dev.microtower.core.NodeCode;
import dev.microtower.core.SkuCode;
import java.util.Objects;

/**
 * A proposed move of {@code quantity} whole units of a SKU from one node to another, with the
 * distance, the transport cost (without the per-shipment fixed cost, which belongs to the whole
 * lane) and the reason in numbers, e.g. "Oakland MFC: 1.2 days of cover vs 3.0 target; San
 * Leandro dark store: 11.0 days vs 4.0 max".
 */
public record TransferSuggestion(
        NodeCode from,
        NodeCode to,
        SkuCode sku,
        SuggestionKind kind,
        long quantity,
        double distanceKm,
        double cost,
        String reason) {
    public TransferSuggestion {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        if (quantity <= 0) {
            throw new IllegalArgumentException("a suggestion moves a positive quantity: " + quantity);
        }
        if (from.equals(to)) {
            throw new IllegalArgumentException("a suggestion cannot move stock from " + from + " to itself");
        }
    }
}
