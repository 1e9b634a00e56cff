package dev.microtower.allocation.domain;

import dev.microtower.core.NodeCode;
import dev.microtower.core.SkuCode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The targets of every stocked node × SKU, the capacity cuts made, and the rule warnings. */
public record AllocationPlan(
        List<StockTarget> targets, List<CapacityReduction> reductions, List<RuleWarning> warnings) {
    public AllocationPlan {
        targets = List.copyOf(targets);
        reductions = List.copyOf(reductions);
        warnings = List.copyOf(warnings);
    }

    /** Targets by SKU, then node: the shape the rebalancing engine reads. */
    public Map<SkuCode, Map<NodeCode, StockTarget>> bySku() {
        Map<SkuCode, Map<NodeCode, StockTarget>> map = new HashMap<>();
        for (StockTarget t : targets) {
            map.computeIfAbsent(t.sku(), k -> new HashMap<>()).put(t.node(), t);
        }
        return map;
    }
}
