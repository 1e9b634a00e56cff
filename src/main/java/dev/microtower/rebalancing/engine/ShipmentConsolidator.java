package dev.microtower.rebalancing.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The per-shipment fixed cost heuristic, run on top of the exact per-SKU flows. A shipment is a
 * lane: all units going from one node to another in this plan, whatever SKUs they are. The exact
 * flows ignore the fixed cost, so they may open lanes that carry a handful of units. Starting from
 * the lane with the fewest units, the heuristic prices closing it: each SKU flow on the lane
 * either moves, whole, to another source that already ships to the same destination and still
 * has that much surplus of the SKU (paying the difference in transport cost), or is dropped
 * (paying the shortage penalty instead of the transport cost), whichever is cheaper. If the extra
 * cost is below the fixed cost of the lane, the lane closes. Passes repeat until no lane closes.
 * Destinations never receive more than in the exact plan and sources never ship more than their
 * surplus, so capacity and availability still hold. The result is not guaranteed optimal for the
 * fixed-charge problem (which is NP-hard); its cost is reported next to the exact one.
 */
final class ShipmentConsolidator {
    static final class Flow {
        final int sku;
        int from;
        final int to;
        final long qty;
        long unitCost;

        Flow(int sku, int from, int to, long qty, long unitCost) {
            this.sku = sku;
            this.from = from;
            this.to = to;
            this.qty = qty;
            this.unitCost = unitCost;
        }
    }

    interface Costs {
        /** Unit cost of moving the SKU between two nodes, or a negative number when not allowed. */
        long unitCost(int sku, int from, int to);

        long penalty(int sku);
    }

    private static final int MAX_PASSES = 5;

    private final int nodes;
    private final Costs costs;
    private final long fixedCost;

    ShipmentConsolidator(int nodes, Costs costs, long fixedCost) {
        this.nodes = nodes;
        this.costs = costs;
        this.fixedCost = fixedCost;
    }

    /**
     * Consolidates {@code flows}; {@code spare} holds the surplus each (sku, node) still has
     * after the exact flows (key {@code sku * nodes + node}) and is updated. Returns the flows kept.
     */
    List<Flow> consolidate(List<Flow> flows, Map<Long, Long> spare) {
        Map<Long, List<Flow>> lanes = new LinkedHashMap<>();
        Map<Integer, TreeSet<Integer>> intoNode = new HashMap<>();
        for (Flow f : flows) {
            lanes.computeIfAbsent(lane(f.from, f.to), k -> new ArrayList<>()).add(f);
            intoNode.computeIfAbsent(f.to, k -> new TreeSet<>()).add(f.from);
        }
        if (fixedCost <= 0) {
            return flows;
        }
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            boolean closed = false;
            List<Long> order = new ArrayList<>(lanes.keySet());
            order.sort((a, b) -> {
                int c = Long.compare(units(lanes.get(a)), units(lanes.get(b)));
                return c != 0 ? c : Long.compare(a, b);
            });
            for (long key : order) {
                List<Flow> onLane = lanes.get(key);
                if (onLane == null) {
                    continue;
                }
                int from = (int) (key / nodes);
                int to = (int) (key % nodes);
                TreeSet<Integer> others = intoNode.get(to);
                long extra = 0;
                Map<Long, Long> used = new HashMap<>();
                int[] moveTo = new int[onLane.size()];
                long[] newCost = new long[onLane.size()];
                for (int k = 0; k < onLane.size() && extra < fixedCost; k++) {
                    Flow f = onLane.get(k);
                    long penalty = costs.penalty(f.sku);
                    long best = (penalty - f.unitCost) * f.qty;
                    int bestFrom = -1;
                    long bestCost = 0;
                    for (int alt : others) {
                        if (alt == from) {
                            continue;
                        }
                        long spareKey = (long) f.sku * nodes + alt;
                        long left = spare.getOrDefault(spareKey, 0L) - used.getOrDefault(spareKey, 0L);
                        long c = left >= f.qty ? costs.unitCost(f.sku, alt, to) : -1;
                        if (c >= 0 && c < penalty && (c - f.unitCost) * f.qty < best) {
                            best = (c - f.unitCost) * f.qty;
                            bestFrom = alt;
                            bestCost = c;
                        }
                    }
                    moveTo[k] = bestFrom;
                    newCost[k] = bestCost;
                    if (bestFrom >= 0) {
                        used.merge((long) f.sku * nodes + bestFrom, f.qty, Long::sum);
                    }
                    extra += best;
                }
                if (extra >= fixedCost) {
                    continue;
                }
                lanes.remove(key);
                others.remove(from);
                for (int k = 0; k < onLane.size(); k++) {
                    Flow f = onLane.get(k);
                    spare.merge((long) f.sku * nodes + from, f.qty, Long::sum);
                    if (moveTo[k] >= 0) {
                        spare.merge((long) f.sku * nodes + moveTo[k], -f.qty, Long::sum);
                        f.from = moveTo[k];
                        f.unitCost = newCost[k];
                        lanes.get(lane(f.from, to)).add(f);
                    }
                }
                closed = true;
            }
            if (!closed) {
                break;
            }
        }
        // merge flows of the same SKU that now share a lane
        Map<Long, Flow> merged = new TreeMap<>();
        for (var e : lanes.entrySet()) {
            for (Flow f : e.getValue()) {
                long k = e.getKey() * 1_000_003L + f.sku;
                Flow m = merged.get(k);
                merged.put(k, m == null ? f : new Flow(f.sku, f.from, f.to, m.qty + f.qty, f.unitCost));
            }
        }
        return new ArrayList<>(merged.values());
    }

    private long lane(int from, int to) {
        return (long) from * nodes + to;
    }

    private static long units(List<Flow> flows) {
        long u = 0;
        for (Flow f : flows) {
            u += f.qty;
        }
        return u;
    }
}
