package dev.microtower.allocation.domain;

import dev.microtower.common.NodeCode;
import dev.microtower.common.SkuCode;
import java.util.List;
import java.util.Map;

/**
 * What applying edited allocation rules would change, compared with the targets of the stored
 * rules on the same forecast. A target "changes" when the whole units of a node × SKU differ.
 * {@link #unitsIn()} is the sum of the rises (stock that would have to be brought to those sites),
 * {@link #unitsOut()} the sum of the falls (stock that would become surplus there); the units
 * that would move are {@code unitsIn}, because every unit a site should gain has to come from
 * somewhere, while a fall only frees stock. {@link #netByNode()} is each node's net change (rises
 * minus falls), what the target-change heatmap colours. {@link #pairsByRule()} counts the node ×
 * SKU pairs each rule decides under the proposed rules ({@link StockTarget#DEFAULT_RULE} for the
 * defaults). Warnings are those of the proposed rules.
 */
public record RulesPreview(
        int pairs,
        int targetsChanged,
        long unitsIn,
        long unitsOut,
        long totalBefore,
        long totalAfter,
        Map<NodeCode, Long> netByNode,
        List<Change> largestChanges,
        int overCapacityBefore,
        int overCapacityAfter,
        long capacityCutAfter,
        int skusUncovered,
        Map<String, Long> pairsByRule,
        List<RuleWarning> warnings) {

    /** One node × SKU whose target changes, with the rule that decides it before and after. */
    public record Change(NodeCode node, SkuCode sku, long before, long after, String ruleBefore, String ruleAfter) {
        public long delta() {
            return after - before;
        }
    }

    public RulesPreview {
        netByNode = Map.copyOf(netByNode);
        pairsByRule = Map.copyOf(pairsByRule);
        largestChanges = List.copyOf(largestChanges);
        warnings = List.copyOf(warnings);
    }

    /** Net change of all targets, in units. */
    public long netUnits() {
        return unitsIn - unitsOut;
    }

    public List<RuleWarning> warnings(RuleWarning.Kind kind) {
        return warnings.stream().filter(w -> w.kind() == kind).toList();
    }
}
