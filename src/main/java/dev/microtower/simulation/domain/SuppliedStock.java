package dev.microtower.simulation.domain;

import dev.microtower.core.NodeCode;
import dev.microtower.core.SkuCode;
import java.util.List;

/**
 * Every unit that was at each site × SKU over a replay, at the start or arriving later, in a flat
 * array ({@code units[site * skus.size() + sku]}): what a clairvoyant plan may ship at most.
 */
public record SuppliedStock(List<NodeCode> sites, List<SkuCode> skus, long[] units) {
    public SuppliedStock {
        sites = List.copyOf(sites);
        skus = List.copyOf(skus);
        if ((long) sites.size() * skus.size() != units.length) {
            throw new IllegalArgumentException("one figure per site and SKU");
        }
    }

    /** The larger figure of each site × SKU of this and {@code other} (same sites and SKUs). */
    public SuppliedStock max(SuppliedStock other) {
        long[] m = units.clone();
        for (int i = 0; i < m.length; i++) {
            m[i] = Math.max(m[i], other.units[i]);
        }
        return new SuppliedStock(sites, skus, m);
    }
}
