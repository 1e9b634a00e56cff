package dev.microtower.simulation.domain;

import dev.microtower.core.NodeCode;
import dev.microtower.core.OrderCode;
import dev.microtower.network.domain.SlaTier;
import java.util.List;
import java.util.Objects;

/**
 * "Why this site?" for one order: the tier it was promised, the pickup point it goes to if any,
 * every site considered with the fences it passed or failed and its score, the shipments chosen,
 * and a note in words (a same-day order no site could make the same day, lines lost or
 * backordered).
 */
public record Decision(
        OrderCode order,
        SlaTier promised,
        NodeCode pickupPoint,
        List<Candidate> candidates,
        List<Shipment> shipments,
        String note) {
    public Decision {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(promised, "promised");
        candidates = List.copyOf(candidates);
        shipments = List.copyOf(shipments);
        note = note == null ? "" : note;
    }
}
