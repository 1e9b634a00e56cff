package dev.microtower.allocation.engine;

import dev.microtower.allocation.domain.AllocationPlan;
import dev.microtower.allocation.domain.CapacityReduction;
import dev.microtower.allocation.domain.RuleWarning;
import dev.microtower.allocation.domain.RulesPreview;
import dev.microtower.allocation.domain.StockTarget;
import dev.microtower.core.NodeCode;
import dev.microtower.core.SkuCode;
import dev.microtower.inventory.domain.StockLevel;
import dev.microtower.network.domain.Node;
import dev.microtower.network.domain.NodeType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares the targets of the stored rules with those of edited rules (both computed from the same
 * forecast) against today's stock, and sums up what applying the edit would change; see {@link
 * RulesPreview} for what each number means. A node × SKU that one plan lacks counts as a target
 * and maximum of 0 there.
 */
public final class RulesPreviewer {
    /** How many of the largest changes the preview lists. */
    public static final int LARGEST = 200;

    private record Key(NodeCode node, SkuCode sku) {}

    private final Map<Key, StockLevel> stock = new HashMap<>();
    private final Set<NodeCode> dcs = new HashSet<>();

    /** A previewer for the stock and nodes of one scenario. */
    public RulesPreviewer(Collection<Node> nodes, Collection<StockLevel> stockLevels) {
        for (StockLevel level : stockLevels) {
            stock.put(new Key(level.node(), level.sku()), level);
        }
        for (Node node : nodes) {
            if (node.type() == NodeType.REGIONAL_DC) {
                dcs.add(node.code());
            }
        }
    }

    public RulesPreview compare(AllocationPlan stored, AllocationPlan proposed) {
        Map<Key, StockTarget> before = new HashMap<>(stored.targets().size() * 2);
        for (StockTarget t : stored.targets()) {
            before.put(new Key(t.node(), t.sku()), t);
        }
        Set<Key> seen = new HashSet<>(before.size() * 2);
        List<RulesPreview.Change> changes = new ArrayList<>();
        long totalBefore = 0;
        long totalAfter = 0;
        long[] shortage = new long[2];
        long[] surplus = new long[2];
        Set<SkuCode> uncovered = new HashSet<>();
        Map<String, Long> byRule = new HashMap<>();
        for (StockTarget after : proposed.targets()) {
            Key key = new Key(after.node(), after.sku());
            seen.add(key);
            byRule.merge(after.rule(), 1L, Long::sum);
            if (StockTarget.DEFAULT_RULE.equals(after.rule())) {
                uncovered.add(after.sku());
            }
            StockTarget was = before.get(key);
            long b = was == null ? 0 : was.target();
            long bMax = was == null ? 0 : was.maxLevel();
            totalBefore += b;
            totalAfter += after.target();
            band(key, b, bMax, 0, shortage, surplus);
            band(key, after.target(), after.maxLevel(), 1, shortage, surplus);
            if (b != after.target() || bMax != after.maxLevel()) {
                changes.add(new RulesPreview.Change(
                        after.node(),
                        after.sku(),
                        b,
                        after.target(),
                        bMax,
                        after.maxLevel(),
                        was == null ? "" : was.rule(),
                        after.rule()));
            }
        }
        for (Map.Entry<Key, StockTarget> e : before.entrySet()) {
            StockTarget was = e.getValue();
            if (!seen.contains(e.getKey())) {
                totalBefore += was.target();
                band(e.getKey(), was.target(), was.maxLevel(), 0, shortage, surplus);
                band(e.getKey(), 0, 0, 1, shortage, surplus);
                if (was.target() != 0 || was.maxLevel() != 0) {
                    changes.add(new RulesPreview.Change(
                            was.node(), was.sku(), was.target(), 0, was.maxLevel(), 0, was.rule(), ""));
                }
            }
        }
        long rises = 0;
        long falls = 0;
        long maxRises = 0;
        long maxFalls = 0;
        Map<NodeCode, Long> net = new HashMap<>();
        Map<NodeCode, Long> maxNet = new HashMap<>();
        for (RulesPreview.Change c : changes) {
            long d = c.delta();
            long m = c.maxDelta();
            rises += Math.max(0, d);
            falls += Math.max(0, -d);
            maxRises += Math.max(0, m);
            maxFalls += Math.max(0, -m);
            net.merge(c.node(), d, Long::sum);
            maxNet.merge(c.node(), m, Long::sum);
        }
        int changed = changes.size();
        changes.sort(Comparator.comparingLong(
                        (RulesPreview.Change c) -> -Math.max(Math.abs(c.delta()), Math.abs(c.maxDelta())))
                .thenComparing(c -> c.node().value())
                .thenComparing(c -> c.sku().value()));
        List<RulesPreview.Change> largest = List.copyOf(changes.subList(0, Math.min(LARGEST, changes.size())));
        long cut =
                proposed.reductions().stream().mapToLong(CapacityReduction::cut).sum();
        return new RulesPreview(
                proposed.targets().size(),
                changed,
                rises,
                falls,
                maxRises,
                maxFalls,
                totalBefore,
                totalAfter,
                shortage[0],
                shortage[1],
                surplus[0],
                surplus[1],
                net,
                maxNet,
                largest,
                overCapacity(stored),
                overCapacity(proposed),
                cut,
                uncovered.size(),
                byRule,
                proposed.warnings());
    }

    /** Adds the units below the target and above the band, as the rebalancing engine counts them. */
    private void band(Key key, long target, long max, int slot, long[] shortage, long[] surplus) {
        StockLevel level = stock.get(key);
        long position = level == null ? 0 : level.available();
        long free = level == null ? 0 : Math.max(0, level.onHand() - level.reserved());
        if (dcs.contains(key.node())) {
            surplus[slot] += Math.max(0, free - target);
        } else if (position < target) {
            shortage[slot] += target - position;
        } else if (position > max) {
            surplus[slot] += Math.min(position - max, free);
        }
    }

    private static int overCapacity(AllocationPlan plan) {
        return (int) plan.warnings().stream()
                .filter(w -> w.kind() == RuleWarning.Kind.OVER_CAPACITY)
                .count();
    }
}
