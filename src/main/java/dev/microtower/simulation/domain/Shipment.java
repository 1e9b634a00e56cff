package dev.microtower.simulation.domain;

import dev.microtower.core.NodeCode;
import dev.microtower.core.SkuCode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Part of an order sent from one site: its SKUs and units, how far, what it cost, when it arrives. */
public record Shipment(NodeCode site, List<SkuCode> skus, int units, double distanceKm, double cost, Instant arrives) {
    public Shipment {
        Objects.requireNonNull(site, "site");
        skus = List.copyOf(skus);
        Objects.requireNonNull(arrives, "arrives");
    }
}
