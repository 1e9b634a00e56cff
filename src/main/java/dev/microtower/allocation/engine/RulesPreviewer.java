package dev.microtower.allocation.engine;

import dev.microtower.allocation.domain.AllocationPlan;
import dev.microtower.allocation.domain.CapacityReduction;
import dev.microtower.allocation.domain.RuleWarning;
import dev.microtower.allocation.domain.RulesPreview;
import dev.microtower.allocation.domain.StockTarget;
import dev.microtower.common.NodeCode;
import dev.microtower.common.SkuCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Compares the targets of the stored rules with those of edited rules (both computed from the same
 * forecast) and sums up what applying the edit would change; see {@link RulesPreview} for what
 * each number means. A node × SKU that one plan lacks counts as a target of 0 there.
 */
public final class RulesPreviewer {
    /** How many of the largest changes the preview lists. */
    public static final int LARGEST = 200;

    private record Key(NodeCode node, SkuCode sku) {}

    public RulesPreview compare(AllocationPlan stored, AllocationPlan proposed) {
        Map<Key, StockTarget> before = new HashMap<>(stored.targets().size() * 2);
        for (StockTarget t : stored.targets()) {
            before.put(new Key(t.node(), t.sku()), t);
        }
        Set<Key> seen = new HashSet<>(before.size() * 2);
        Map<NodeCode, Long> net = new TreeMap<>(Comparator.comparing(NodeCode::value));
        List<RulesPreview.Change> changes = new ArrayList<>();
        long in = 0;
        long out = 0;
        long totalBefore = 0;
        long totalAfter = 0;
        Set<SkuCode> uncovered = new HashSet<>();
        Map<String, Long> byRule = new HashMap<>();
        for (StockTarget after : proposed.targets()) {
            byRule.merge(after.rule(), 1L, Long::sum);
            Key key = new Key(after.node(), after.sku());
            seen.add(key);
            StockTarget was = before.get(key);
            long b = was == null ? 0 : was.target();
            totalBefore += b;
            totalAfter += after.target();
            if (StockTarget.DEFAULT_RULE.equals(after.rule())) {
                uncovered.add(after.sku());
            }
            if (b != after.target()) {
                changes.add(new RulesPreview.Change(
                        after.node(), after.sku(), b, after.target(), was == null ? "" : was.rule(), after.rule()));
            }
        }
        for (Map.Entry<Key, StockTarget> e : before.entrySet()) {
            if (!seen.contains(e.getKey()) && e.getValue().target() != 0) {
                StockTarget was = e.getValue();
                totalBefore += was.target();
                changes.add(new RulesPreview.Change(was.node(), was.sku(), was.target(), 0, was.rule(), ""));
            }
        }
        for (RulesPreview.Change c : changes) {
            long d = c.delta();
            if (d > 0) {
                in += d;
            } else {
                out -= d;
            }
            net.merge(c.node(), d, Long::sum);
        }
        int changed = changes.size();
        changes.sort(Comparator.comparingLong((RulesPreview.Change c) -> -Math.abs(c.delta()))
                .thenComparing(c -> c.node().value())
                .thenComparing(c -> c.sku().value()));
        List<RulesPreview.Change> largest = List.copyOf(changes.subList(0, Math.min(LARGEST, changes.size())));
        long cut =
                proposed.reductions().stream().mapToLong(CapacityReduction::cut).sum();
        return new RulesPreview(
                proposed.targets().size(),
                changed,
                in,
                out,
                totalBefore,
                totalAfter,
                net,
                largest,
                overCapacity(stored),
                overCapacity(proposed),
                cut,
                uncovered.size(),
                byRule,
                proposed.warnings());
    }

    private static int overCapacity(AllocationPlan plan) {
        return (int) plan.warnings().stream()
                .filter(w -> w.kind() == RuleWarning.Kind.OVER_CAPACITY)
                .count();
    }
}
