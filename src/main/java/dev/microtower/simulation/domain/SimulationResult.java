package dev.microtower.simulation.domain;

import dev.microtower.core.NodeCode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one replay of one routing policy over one period produced: the network's figures, each
 * site's (orders counted at the site that served, or would have served, the customer; shipments,
 * stock and costs where they happened), those of orders outside every zone, each day's, the lost
 * lines and late orders behind the fill and on-time rates (the first {@link #KEPT} of each, with
 * the full counts), and the stock each site had, for the clairvoyant bound.
 */
public record SimulationResult(
        SimulationSettings settings,
        LocalDate firstDay,
        LocalDate lastDay,
        Totals network,
        Map<NodeCode, Totals> bySite,
        Totals outsideZones,
        List<DayTotals> byDay,
        List<LostLine> lostLines,
        long lostLineCount,
        List<LateOrder> lateOrders,
        long lateOrderCount,
        SuppliedStock supplied) {
    /** How many lost lines and late orders are kept for the drill-down. */
    public static final int KEPT = 50_000;

    public SimulationResult {
        bySite = Collections.unmodifiableMap(new LinkedHashMap<>(bySite));
        byDay = List.copyOf(byDay);
        lostLines = List.copyOf(lostLines);
        lateOrders = List.copyOf(lateOrders);
    }

    public double fulfilmentCost() {
        return network.fulfilmentCost();
    }
}
