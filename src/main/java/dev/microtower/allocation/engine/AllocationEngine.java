package dev.microtower.allocation.engine;

import dev.microtower.allocation.domain.AllocationPlan;
import dev.microtower.allocation.domain.AllocationRule;
import dev.microtower.allocation.domain.CapacityReduction;
import dev.microtower.allocation.domain.RuleWarning;
import dev.microtower.allocation.domain.StockTarget;
import dev.microtower.allocation.domain.StockingPolicy;
import dev.microtower.forecasting.domain.DemandClasses;
import dev.microtower.forecasting.domain.NetworkForecast;
import dev.microtower.forecasting.domain.SeriesForecast;
import dev.microtower.forecasting.domain.SeriesKey;
import dev.microtower.inventory.domain.AbcClass;
import dev.microtower.inventory.domain.Sku;
import dev.microtower.network.domain.Node;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns forecasts and allocation rules into a target per stocked node × SKU. Rules are tried in
 * position order; the first enabled rule whose SKU selector (with the SKU's network-wide ABC/XYZ
 * class) and node selector match decides. If its policy does not stock at the node's type, the
 * target is 0. Otherwise, with the rule's numbers or the defaults:
 *
 * <pre>
 *   safety stock  SS     = max(0, k) * sigma_daily * sqrt(lead time days), the service level a fill
 *                          rate over the network: one k per service level, L(k) = (1 - service level)
 *                          * sum of cover demand / sum of sigma_daily * sqrt(lead) over the stocked
 *                          node x SKUs with demand ({@link SafetyStock}; L the standard normal loss
 *                          function, cover demand the forecast over the min days of cover)
 *   target        T      = ceil(forecast over the min days of cover + SS)
 *   maximum       M      = ceil(forecast over the max days of cover + SS)
 * </pre>
 *
 * Capacity comes next: first a rule's {@code maxCapacityShare} bounds the targets that rule sets
 * at the node, then the node's storage capacity bounds all its targets. Where targets do not fit,
 * C items are cut first, then B, then A (the network-wide class): A items keep their stock
 * longest. Inside a class the cut is proportional. Every cut is reported.
 */
public final class AllocationEngine {
    private final AllocationSettings settings;

    public AllocationEngine(AllocationSettings settings) {
        this.settings = settings;
    }

    public AllocationPlan plan(
            Collection<Node> nodes,
            Collection<Sku> skus,
            NetworkForecast forecast,
            DemandClasses classes,
            List<AllocationRule> rules) {
        List<AllocationRule> ordered = enabledInOrder(rules);
        List<StockTarget> all = new ArrayList<>();
        List<CapacityReduction> reductions = new ArrayList<>();
        // first every stocked node × SKU's rule and forecast, so that one safety factor per service
        // level can be set over all of them (a fill rate over the network), then the targets
        List<Node> stocked = nodes.stream().filter(Node::isStocked).toList();
        List<AllocationRule[]> matched = new ArrayList<>(stocked.size());
        Map<Double, double[]> sums = new HashMap<>();
        for (Node node : stocked) {
            AllocationRule[] row = new AllocationRule[skus.size()];
            int column = 0;
            for (Sku sku : skus) {
                AllocationRule rule = firstMatch(ordered, node, sku, classes);
                row[column++] = rule;
                Cell c = cell(node, rule, forecast.get(SeriesKey.of(node.code(), sku.code())));
                if (c.stocked() && c.cycleDemand() > 0 && c.sigmaLeadTime() > 0) {
                    double[] sum = sums.computeIfAbsent(c.service(), x -> new double[2]);
                    sum[0] += c.cycleDemand();
                    sum[1] += c.sigmaLeadTime();
                }
            }
            matched.add(row);
        }
        Map<Double, Double> factors = new HashMap<>();
        sums.forEach((service, sum) -> factors.put(service, SafetyStock.factor(service, sum[0], sum[1])));
        for (int n = 0; n < stocked.size(); n++) {
            Node node = stocked.get(n);
            AllocationRule[] row = matched.get(n);
            List<StockTarget> atNode = new ArrayList<>(skus.size());
            int column = 0;
            for (Sku sku : skus) {
                AllocationRule rule = row[column++];
                SeriesForecast f = forecast.get(SeriesKey.of(node.code(), sku.code()));
                atNode.add(target(node, sku, rule, f, classes.abc(sku.code()), factors));
            }
            if (node.storageCapacityUnits() != null) {
                long capacity = node.storageCapacityUnits();
                // a rule's share of the capacity first, then the node's capacity as a whole
                Map<String, List<Integer>> byRule = new LinkedHashMap<>();
                for (int i = 0; i < atNode.size(); i++) {
                    byRule.computeIfAbsent(atNode.get(i).rule(), k -> new ArrayList<>())
                            .add(i);
                }
                for (AllocationRule rule : ordered) {
                    List<Integer> idx = byRule.get(rule.name());
                    if (rule.maxCapacityShare() != null && idx != null) {
                        long limit = (long) Math.floor(rule.maxCapacityShare() * capacity);
                        CapacityReduction r = reduce(atNode, idx, limit, node, rule.name());
                        if (r != null) {
                            reductions.add(r);
                        }
                    }
                }
                List<Integer> everything = new ArrayList<>();
                for (int i = 0; i < atNode.size(); i++) {
                    everything.add(i);
                }
                CapacityReduction r = reduce(atNode, everything, capacity, node, null);
                if (r != null) {
                    reductions.add(r);
                }
            }
            all.addAll(atNode);
        }
        List<RuleWarning> warnings = new RuleValidator().validate(rules, nodes, skus, classes, reductions, all);
        return new AllocationPlan(all, reductions, warnings);
    }

    static List<AllocationRule> enabledInOrder(List<AllocationRule> rules) {
        return rules.stream()
                .filter(AllocationRule::enabled)
                .sorted(Comparator.comparingInt(AllocationRule::position))
                .toList();
    }

    static AllocationRule firstMatch(List<AllocationRule> ordered, Node node, Sku sku, DemandClasses classes) {
        for (AllocationRule r : ordered) {
            if (r.nodes().matches(node) && r.skus().matches(sku, classes.abc(sku.code()), classes.xyz(sku.code()))) {
                return r;
            }
        }
        return null;
    }

    /** What a node × SKU's safety stock stands on: its rule's service level and cover, its forecast's error. */
    private record Cell(
            boolean stocked,
            StockingPolicy policy,
            double min,
            double max,
            double service,
            double lead,
            double sigma,
            double cycleDemand,
            double sigmaLeadTime) {}

    private Cell cell(Node node, AllocationRule rule, SeriesForecast f) {
        StockingPolicy policy = rule == null ? settings.defaultPolicy() : rule.policy();
        double min = rule != null && rule.minDaysCover() != null ? rule.minDaysCover() : settings.minDaysCover();
        double max = rule != null && rule.maxDaysCover() != null
                ? rule.maxDaysCover()
                : Math.max(min, settings.maxDaysCover());
        double service = rule != null && rule.serviceLevel() != null ? rule.serviceLevel() : settings.serviceLevel();
        double lead = node.leadTimeDays() != null ? node.leadTimeDays() : settings.leadTimeDays();
        double sigma = f == null ? 0 : f.sigmaDaily();
        double cycle = f == null ? 0 : f.unitsOver(min);
        return new Cell(
                policy.stocksAt(node.type()), policy, min, max, service, lead, sigma, cycle, sigma * Math.sqrt(lead));
    }

    private StockTarget target(
            Node node, Sku sku, AllocationRule rule, SeriesForecast f, AbcClass abc, Map<Double, Double> factors) {
        String name = rule == null ? StockTarget.DEFAULT_RULE : rule.name();
        Cell c = cell(node, rule, f);
        if (!c.stocked()) {
            return new StockTarget(
                    node.code(),
                    sku.code(),
                    name,
                    c.policy(),
                    false,
                    abc,
                    0,
                    c.min(),
                    c.max(),
                    c.service(),
                    0,
                    0,
                    c.lead(),
                    0,
                    0,
                    0,
                    0);
        }
        // one safety factor for every node × SKU of the service level: a fill rate over the network
        double z = factors.getOrDefault(c.service(), 0.0);
        double ss = c.cycleDemand() > 0 ? SafetyStock.units(z, c.sigmaLeadTime()) : 0;
        double overMax = f == null ? 0 : f.unitsOver(c.max());
        long target = ceil(c.cycleDemand() + ss);
        long maxLevel = Math.max(target, ceil(overMax + ss));
        double daily = f == null ? 0 : f.meanDaily(c.min());
        return new StockTarget(
                node.code(),
                sku.code(),
                name,
                c.policy(),
                true,
                abc,
                daily,
                c.min(),
                c.max(),
                c.service(),
                z,
                c.sigma(),
                c.lead(),
                ss,
                target,
                target,
                maxLevel);
    }

    private static long ceil(double units) {
        return (long) Math.ceil(units - 1e-9);
    }

    /** Cuts C, then B, then A targets among {@code idx} until they sum to at most {@code limit}. */
    static CapacityReduction reduce(List<StockTarget> targets, List<Integer> idx, long limit, Node node, String rule) {
        long requested = 0;
        for (int i : idx) {
            requested += targets.get(i).target();
        }
        long excess = requested - limit;
        if (excess <= 0) {
            return null;
        }
        long[] cut = new long[3];
        AbcClass[] order = {AbcClass.C, AbcClass.B, AbcClass.A};
        for (int k = 0; k < order.length && excess > 0; k++) {
            AbcClass cls = order[k];
            List<Integer> members = idx.stream()
                    .filter(i -> targets.get(i).abc() == cls && targets.get(i).target() > 0)
                    .toList();
            long classTotal =
                    members.stream().mapToLong(i -> targets.get(i).target()).sum();
            if (classTotal == 0) {
                continue;
            }
            long take = Math.min(excess, classTotal);
            long keepTotal = classTotal - take;
            // proportional: floor each share, then hand the rounding remainder to the largest targets
            long[] keep = new long[members.size()];
            long kept = 0;
            for (int m = 0; m < members.size(); m++) {
                keep[m] = targets.get(members.get(m)).target() * keepTotal / classTotal;
                kept += keep[m];
            }
            List<Integer> bySize = new ArrayList<>();
            for (int m = 0; m < members.size(); m++) {
                bySize.add(m);
            }
            bySize.sort(Comparator.comparingLong(
                    (Integer m) -> -targets.get(members.get(m)).target()));
            for (int m = 0; kept < keepTotal; m = (m + 1) % bySize.size()) {
                int pos = bySize.get(m);
                if (keep[pos] < targets.get(members.get(pos)).target()) {
                    keep[pos]++;
                    kept++;
                }
            }
            for (int m = 0; m < members.size(); m++) {
                StockTarget t = targets.get(members.get(m));
                long newMax = t.target() == 0 ? keep[m] : Math.max(keep[m], t.maxLevel() * keep[m] / t.target());
                targets.set(members.get(m), t.withTarget(keep[m], newMax));
            }
            cut[k] = take;
            excess -= take;
        }
        return new CapacityReduction(node.code(), rule, limit, requested, cut[0], cut[1], cut[2]);
    }
}
