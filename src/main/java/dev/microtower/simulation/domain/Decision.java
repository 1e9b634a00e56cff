package dev.microtower.simulation.domain;

import dev.microtower.core.NodeCode;
import dev.microtower.core.OrderCode;
import dev.microtower.network.domain.SlaTier;
import java.util.List;
import java.util.Objects;

/**
 * "Why this site?" for one order: the tier it was promised, the pickup point it goes to if any,
 * every site considered with the fences it passed or failed and its score, the shipments chosen,
 * a note in words (a same-day order no site could make the same day, lines lost or
 * backordered), and how the regional DC behind each line restocks it from its vendors (the lead
 * time and review period that applied and whether they were set for the line's category, for the
 * DC, or are the default), e.g. "Dairy at DC-NORTH: vendor lead time 10 days (set for the category
 * at this DC), ordered every 7 days (the default)".
 */
public record Decision(
        OrderCode order,
        SlaTier promised,
        NodeCode pickupPoint,
        List<Candidate> candidates,
        List<Shipment> shipments,
        String note,
        List<String> restock) {
    public Decision {
        restock = List.copyOf(restock);
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(promised, "promised");
        candidates = List.copyOf(candidates);
        shipments = List.copyOf(shipments);
        note = note == null ? "" : note;
    }
}
