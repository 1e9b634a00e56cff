package dev.microtower.simulation.engine;

import dev.microtower.network.domain.SlaTier;
import dev.microtower.orders.domain.Order;
import dev.microtower.simulation.domain.Shipment;
import java.util.ArrayList;
import java.util.List;

/** One order while the replay routes it (and, when backordered, until it is filled or the period ends). */
final class OrderState {
    final Order order;
    final int day;
    final int[] sku;
    final int[] qty;
    final boolean[] done;
    final int[] candidates;
    final int[] candidateTiers;
    final int pickup;
    final SlaTier promised;
    final boolean inSameDayZone;
    int remainingLines;
    int home = -1;
    int firstSite = -1;
    int shipments;
    int linesFilled;
    long unitsFilled;
    long deliveredSecond = Long.MIN_VALUE;
    boolean downgraded;
    /** Only when a decision log is wanted. */
    final List<Shipment> log;

    OrderState(
            Order order,
            int day,
            int[] sku,
            int[] qty,
            int[] candidates,
            int[] candidateTiers,
            int pickup,
            SlaTier promised,
            boolean inSameDayZone,
            boolean logging) {
        this.order = order;
        this.day = day;
        this.sku = sku;
        this.qty = qty;
        this.done = new boolean[sku.length];
        this.candidates = candidates;
        this.candidateTiers = candidateTiers;
        this.pickup = pickup;
        this.promised = promised;
        this.inSameDayZone = inSameDayZone;
        this.remainingLines = sku.length;
        this.log = logging ? new ArrayList<>() : null;
    }

    long units() {
        long u = 0;
        for (int q : qty) {
            u += q;
        }
        return u;
    }

    int tiersOf(int site) {
        for (int c = 0; c < candidates.length; c++) {
            if (candidates[c] == site) {
                return candidateTiers[c];
            }
        }
        return 0;
    }
}
