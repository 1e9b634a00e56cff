package dev.microtower.allocation.engine;

import dev.microtower.allocation.domain.AllocationRule;
import dev.microtower.allocation.domain.CapacityReduction;
import dev.microtower.allocation.domain.RuleWarning;
import dev.microtower.allocation.domain.RuleWarning.Kind;
import dev.microtower.allocation.domain.StockTarget;
import dev.microtower.core.SkuCode;
import dev.microtower.forecasting.domain.DemandClasses;
import dev.microtower.inventory.domain.Sku;
import dev.microtower.network.domain.Node;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Checks allocation rules against the actual network and catalogue: rules that never decide
 * because earlier rules take all their node × SKU pairs (shadowed), rules that match nothing,
 * pairs of rules that overlap only partly and disagree on the overlap (one stocks it there and the
 * other does not, or their cover windows do not overlap: only their order decides), nodes whose
 * targets exceed capacity, and SKUs that no enabled rule covers at some stocked node. An earlier
 * rule that lies wholly inside a later one is the usual "exception first" pattern and is not
 * reported.
 */
public final class RuleValidator {
    private static final int EXAMPLES = 5;

    public List<RuleWarning> validate(
            List<AllocationRule> rules,
            Collection<Node> nodes,
            Collection<Sku> skus,
            DemandClasses classes,
            List<CapacityReduction> reductions,
            List<StockTarget> targets) {
        List<AllocationRule> ordered = AllocationEngine.enabledInOrder(rules);
        int n = ordered.size();
        long[] matched = new long[n];
        long[] decided = new long[n];
        long[][] conflicts = new long[n][n];
        long[][] both = new long[n][n];
        String[][] conflictWhy = new String[n][n];
        TreeSet<SkuCode> uncovered = new TreeSet<>();
        int[] hits = new int[n];
        for (Node node : nodes) {
            if (!node.isStocked()) {
                continue;
            }
            boolean[] nodeMatch = new boolean[n];
            for (int r = 0; r < n; r++) {
                nodeMatch[r] = ordered.get(r).nodes().matches(node);
            }
            for (Sku sku : skus) {
                int count = 0;
                for (int r = 0; r < n; r++) {
                    if (nodeMatch[r]
                            && ordered.get(r).skus().matches(sku, classes.abc(sku.code()), classes.xyz(sku.code()))) {
                        hits[count++] = r;
                        matched[r]++;
                    }
                }
                if (count == 0) {
                    uncovered.add(sku.code());
                    continue;
                }
                for (int x = 0; x < count; x++) {
                    for (int y = x + 1; y < count; y++) {
                        both[hits[x]][hits[y]]++;
                    }
                }
                int first = hits[0];
                decided[first]++;
                AllocationRule winner = ordered.get(first);
                for (int k = 1; k < count; k++) {
                    AllocationRule other = ordered.get(hits[k]);
                    String why = disagreement(winner, other, node);
                    if (why != null) {
                        conflicts[first][hits[k]]++;
                        conflictWhy[first][hits[k]] = why;
                    }
                }
            }
        }
        List<RuleWarning> warnings = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            AllocationRule rule = ordered.get(r);
            if (matched[r] == 0) {
                warnings.add(new RuleWarning(
                        Kind.MATCHES_NOTHING,
                        rule.name(),
                        "rule '" + rule.name() + "' matches no SKU at any stocked node"));
            } else if (decided[r] == 0) {
                List<String> earlier = new ArrayList<>();
                for (int q = 0; q < r; q++) {
                    if (decided[q] > 0) {
                        earlier.add("'" + ordered.get(q).name() + "'");
                    }
                }
                warnings.add(new RuleWarning(
                        Kind.SHADOWED,
                        rule.name(),
                        "rule '" + rule.name() + "' never applies: all " + skusAtSites(matched[r])
                                + " it matches are decided by earlier rules ("
                                + String.join(", ", earlier) + ")"));
            }
        }
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                // an earlier rule inside a later one is an exception (fine); a later rule inside an
                // earlier one is shadowed (reported above); only a partial overlap that disagrees
                // leaves the outcome to the order of the rules
                boolean exception = both[a][b] == matched[a];
                boolean inside = both[a][b] == matched[b];
                if (conflicts[a][b] > 0 && !exception && !inside) {
                    String first = ordered.get(a).name();
                    String second = ordered.get(b).name();
                    warnings.add(new RuleWarning(
                            Kind.CONTRADICTORY,
                            second,
                            "rules '" + first + "' and '" + second + "' contradict each other on "
                                    + skusAtSites(conflicts[a][b]) + " (" + conflictWhy[a][b] + "); '" + first
                                    + "' comes first and wins"));
                }
            }
        }
        for (CapacityReduction c : reductions) {
            String rule = c.rule();
            if (rule == null) {
                Map<String, Long> sums = new TreeMap<>();
                for (StockTarget t : targets) {
                    if (t.node().equals(c.node())) {
                        sums.merge(t.rule(), t.unconstrainedTarget(), Long::sum);
                    }
                }
                String byRule = sums.entrySet().stream()
                        .filter(e -> e.getValue() > 0)
                        .map(e -> "'" + e.getKey() + "' " + e.getValue())
                        .collect(Collectors.joining(", "));
                warnings.add(new RuleWarning(
                        Kind.OVER_CAPACITY,
                        sums.isEmpty() ? null : sums.keySet().iterator().next(),
                        "node " + c.node() + ": targets of " + c.requested() + " units exceed its capacity of "
                                + c.capacity() + " (by rule: " + byRule + "); cut " + c.cutFromC() + " C, "
                                + c.cutFromB() + " B, " + c.cutFromA() + " A units"));
            } else {
                warnings.add(new RuleWarning(
                        Kind.OVER_CAPACITY,
                        rule,
                        "rule '" + rule + "' at node " + c.node() + ": targets of " + c.requested()
                                + " units exceed its capacity share of " + c.capacity() + "; cut " + c.cutFromC()
                                + " C, " + c.cutFromB() + " B, " + c.cutFromA() + " A units"));
            }
        }
        if (!uncovered.isEmpty()) {
            String examples =
                    uncovered.stream().limit(EXAMPLES).map(SkuCode::value).collect(Collectors.joining(", "));
            warnings.add(new RuleWarning(
                    Kind.UNCOVERED,
                    null,
                    uncovered.size() + " SKUs are covered by no enabled rule at some stocked node (" + examples
                            + (uncovered.size() > EXAMPLES ? ", ..." : "") + "); the default policy applies"));
        }
        return warnings;
    }

    private static String disagreement(AllocationRule winner, AllocationRule other, Node node) {
        boolean a = winner.policy().stocksAt(node.type());
        boolean b = other.policy().stocksAt(node.type());
        if (a != b) {
            return "'" + winner.name() + "' " + (a ? "stocks" : "does not stock") + " at "
                    + node.type().label() + ", '" + other.name() + "' " + (b ? "stocks" : "does not stock");
        }
        if (a
                && winner.minDaysCover() != null
                && other.maxDaysCover() != null
                && winner.minDaysCover() > other.maxDaysCover()) {
            return "cover " + winner.minDaysCover() + "+ days vs at most " + other.maxDaysCover();
        }
        if (a
                && winner.maxDaysCover() != null
                && other.minDaysCover() != null
                && other.minDaysCover() > winner.maxDaysCover()) {
            return "cover at most " + winner.maxDaysCover() + " days vs " + other.minDaysCover() + "+";
        }
        return null;
    }

    /** A count of site × SKU targets in the words planners use. */
    private static String skusAtSites(long count) {
        return count == 1 ? "1 SKU at a site" : count + " SKUs at sites";
    }
}
