package dev.microtower.demo;

import dev.microtower.network.domain.NodeType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Sizes every site's storage capacity and floor area from the stock it holds. The demo history is
 * deliberately small (about 1,500 orders a day, to keep the committed files small), so sites with
 * the capacities of real ones would stand nearly empty; sizing them from their stock keeps
 * utilisation plausible instead: ordinary sites at 50-78 %, the deliberately overstocked ones at
 * 92-108 % (some over capacity, which is worth seeing), sites short of their fast movers at 38-50 %
 * (empty shelves) and DCs at 52-68 %. Floor area follows from the capacity and a storage density
 * per site type, so the two columns agree. Sites with no stock of their own (planned ones) get the
 * median capacity of their stocked peers. Draws come from their own random stream, so demand and
 * stock do not move when the sizing does.
 */
final class SiteSizing {
    private SiteSizing() {}

    static void apply(List<DemoNode> nodes, StockPlan stock, Rng rng) {
        long[] units = new long[nodes.size()];
        for (StockPlan.Row row : stock.rows()) {
            units[row.node()] += row.onHand();
        }
        Map<NodeType, List<Long>> sized = new EnumMap<>(NodeType.class);
        for (int i = 0; i < nodes.size(); i++) {
            DemoNode node = nodes.get(i);
            if (!node.stocked()) {
                continue;
            }
            double utilisation =
                    switch (stock.role(i)) {
                        case OVERSTOCKED -> rng.uniform(0.92, 1.08);
                        case SHORT_OF_FAST_MOVERS -> rng.uniform(0.38, 0.50);
                        case LONG_TAIL_EXCESS, NORMAL ->
                            node.type() == NodeType.REGIONAL_DC ? rng.uniform(0.52, 0.68) : rng.uniform(0.50, 0.78);
                    };
            long step = step(node.type());
            long capacity = Math.max(step, Math.round(units[i] / utilisation / step) * step);
            nodes.set(i, node.withSize(capacity, area(node.type(), capacity, rng)));
            sized.computeIfAbsent(node.type(), t -> new ArrayList<>()).add(capacity);
        }
        for (int i = 0; i < nodes.size(); i++) {
            DemoNode node = nodes.get(i);
            List<Long> peers = sized.get(node.type());
            if (node.stocked() || !node.type().holdsStock() || peers == null) {
                continue;
            }
            List<Long> sorted = peers.stream().sorted().toList();
            long capacity = sorted.get(sorted.size() / 2);
            nodes.set(i, node.withSize(capacity, area(node.type(), capacity, rng)));
        }
    }

    /** Capacities are round numbers, coarser for the big sites. */
    private static long step(NodeType type) {
        return type == NodeType.REGIONAL_DC ? 1000 : 100;
    }

    /** Units per square metre: racked DCs, automated MFCs, shelved dark stores and hubs with bulky goods. */
    private static double area(NodeType type, long capacity, Rng rng) {
        return switch (type) {
            case REGIONAL_DC -> Math.max(100, Math.round(capacity / rng.uniform(28, 34) / 100.0) * 100.0);
            case MICRO_FULFILLMENT_CENTER -> Math.max(10, Math.round(capacity / rng.uniform(60, 70) / 10.0) * 10.0);
            case DARK_STORE -> Math.max(10, Math.round(capacity / rng.uniform(30, 40) / 5.0) * 5.0);
            default -> Math.max(10, Math.round(capacity / rng.uniform(35, 45) / 10.0) * 10.0);
        };
    }
}
