package dev.microtower.allocation.domain;

import dev.microtower.core.NodeCode;
import dev.microtower.core.SkuCode;
import java.util.List;
import java.util.Map;

/**
 * What applying edited allocation rules would change, compared with the targets of the stored
 * rules on the same forecast and the same stock.
 *
 * <ul>
 *   <li>{@link #targetsChanged()}: node × SKU pairs whose target or maximum level (whole units)
 *       differ; {@link #pairs()} is how many pairs there are.
 *   <li>{@link #targetRises()} / {@link #targetFalls()}: the sums of the rises and of the falls of
 *       targets; {@link #maxRises()} / {@link #maxFalls()} the same for maximum levels.
 *   <li>{@link #shortageBefore()} / {@link #shortageAfter()}: units below target at sites other
 *       than regional DCs, against today's available stock; {@link #surplusBefore()} / {@link
 *       #surplusAfter()}: units above the maximum level (at a DC: free stock above its target),
 *       counted as the rebalancing engine counts them. The units that would move are the change of
 *       shortage plus surplus: {@link #unitsToMove()}.
 *   <li>{@link #netByNode()} / {@link #maxNetByNode()}: each node's net change of target and
 *       maximum units, what the target-change heatmap colours.
 *   <li>{@link #pairsByRule()}: how many pairs each rule decides under the edited rules ({@link
 *       StockTarget#DEFAULT_RULE} for the defaults); {@link #skusUncovered()}: SKUs the defaults
 *       decide at some stocked node.
 * </ul>
 *
 * Warnings (shadowed rules, capacity, uncovered SKUs…) are those of the edited rules.
 */
public record RulesPreview(
        int pairs,
        int targetsChanged,
        long targetRises,
        long targetFalls,
        long maxRises,
        long maxFalls,
        long totalBefore,
        long totalAfter,
        long shortageBefore,
        long shortageAfter,
        long surplusBefore,
        long surplusAfter,
        Map<NodeCode, Long> netByNode,
        Map<NodeCode, Long> maxNetByNode,
        List<Change> largestChanges,
        int overCapacityBefore,
        int overCapacityAfter,
        long capacityCutAfter,
        int skusUncovered,
        Map<String, Long> pairsByRule,
        List<RuleWarning> warnings) {

    /** One node × SKU whose target or maximum changes, with the rule that decides it before and after. */
    public record Change(
            NodeCode node,
            SkuCode sku,
            long before,
            long after,
            long maxBefore,
            long maxAfter,
            String ruleBefore,
            String ruleAfter) {
        public long delta() {
            return after - before;
        }

        public long maxDelta() {
            return maxAfter - maxBefore;
        }
    }

    public RulesPreview {
        netByNode = Map.copyOf(netByNode);
        maxNetByNode = Map.copyOf(maxNetByNode);
        largestChanges = List.copyOf(largestChanges);
        pairsByRule = Map.copyOf(pairsByRule);
        warnings = List.copyOf(warnings);
    }

    /** Net change of all targets, in units. */
    public long netUnits() {
        return targetRises - targetFalls;
    }

    /** How much more (or, negative, less) stock would be out of its band and have to move. */
    public long unitsToMove() {
        return (shortageAfter + surplusAfter) - (shortageBefore + surplusBefore);
    }

    public List<RuleWarning> warnings(RuleWarning.Kind kind) {
        return warnings.stream().filter(w -> w.kind() == kind).toList();
    }
}
