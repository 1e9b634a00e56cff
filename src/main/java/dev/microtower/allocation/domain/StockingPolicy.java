package dev.microtower.allocation.domain;

import dev.microtower.network.domain.NodeType;

/**
 * Where a rule places the SKUs it selects. CENTRALISE keeps them only at regional DCs;
 * REGIONALISE also at micro-hubs; MICRO_FULFIL at every stocking site down to MFCs, dark stores
 * and ship-from-store; DO_NOT_STOCK keeps them out of the nodes the rule selects.
 */
public enum StockingPolicy {
    CENTRALISE,
    REGIONALISE,
    MICRO_FULFIL,
    DO_NOT_STOCK;

    public boolean stocksAt(NodeType type) {
        return switch (this) {
            case CENTRALISE -> type == NodeType.REGIONAL_DC;
            case REGIONALISE -> type == NodeType.REGIONAL_DC || type == NodeType.MICRO_HUB;
            case MICRO_FULFIL -> type.holdsStock();
            case DO_NOT_STOCK -> false;
        };
    }
}
