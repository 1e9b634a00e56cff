package dev.microtower.allocation.domain;

import dev.microtower.core.NodeCode;
import dev.microtower.core.SkuCode;
import dev.microtower.inventory.domain.AbcClass;
import java.util.Locale;
import java.util.Objects;

/**
 * The stock a node should hold of a SKU, with everything that produced it: the rule that decided
 * ({@link #DEFAULT_RULE} when none matched), its policy, the daily forecast, the cover days, the
 * safety stock and its inputs, the target before and after the capacity cut, and the maximum
 * level above which stock counts as surplus. Quantities are whole units.
 */
public record StockTarget(
        NodeCode node,
        SkuCode sku,
        String rule,
        StockingPolicy policy,
        boolean stocked,
        AbcClass abc,
        double dailyForecast,
        double minDaysCover,
        double maxDaysCover,
        double serviceLevel,
        double z,
        double sigmaDaily,
        double leadTimeDays,
        double safetyStock,
        long unconstrainedTarget,
        long target,
        long maxLevel) {

    /** The name recorded when no enabled rule matched and the engine's defaults applied. */
    public static final String DEFAULT_RULE = "(defaults)";

    public StockTarget {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(rule, "rule");
        if (target < 0 || maxLevel < target || unconstrainedTarget < target) {
            throw new IllegalArgumentException("inconsistent target for " + node + "/" + sku + ": target " + target
                    + ", unconstrained " + unconstrainedTarget + ", max " + maxLevel);
        }
    }

    public long capacityCut() {
        return unconstrainedTarget - target;
    }

    public StockTarget withTarget(long newTarget, long newMaxLevel) {
        return new StockTarget(
                node,
                sku,
                rule,
                policy,
                stocked,
                abc,
                dailyForecast,
                minDaysCover,
                maxDaysCover,
                serviceLevel,
                z,
                sigmaDaily,
                leadTimeDays,
                safetyStock,
                unconstrainedTarget,
                newTarget,
                newMaxLevel);
    }

    /** The numbers behind the target in one line, e.g. for an inspector or a CSV. */
    public String explanation() {
        if (!stocked) {
            return String.format(Locale.ROOT, "rule '%s': %s, not stocked here", rule, policy);
        }
        // a slow seller's "0.00/day" hides its rate: per week it reads "0.3/week"
        String rate = dailyForecast * 7 < 1
                ? String.format(Locale.ROOT, "%.1f/week", dailyForecast * 7)
                : String.format(Locale.ROOT, "%.2f/day", dailyForecast);
        return String.format(
                Locale.ROOT,
                "rule '%s': %s x %.1f days + safety %.1f (k %.2f for a %.1f%% fill rate x sigma %.2f x sqrt(%.1f d"
                        + " lead time))"
                        + " = %d%s; max %d",
                rule,
                rate,
                minDaysCover,
                safetyStock,
                z,
                serviceLevel * 100,
                sigmaDaily,
                leadTimeDays,
                unconstrainedTarget,
                capacityCut() > 0 ? ", cut to " + target + " for capacity" : "",
                maxLevel);
    }
}
