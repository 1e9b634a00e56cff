package dev.microtower.allocation.domain;

import static dev.microtower.core.Requirements.requireNonNegativeOrNull;
import static dev.microtower.core.Requirements.requireText;

import java.util.Objects;

/**
 * "For SKUs matching X at nodes matching Y: stock them or not; hold between a and b days of
 * cover; service level s; use at most this share of the node's capacity." Rules are ordered by
 * {@link #position()}; the first enabled rule that matches a node × SKU decides. Policy numbers
 * are {@code null} when the rule leaves them to the defaults. The name identifies the rule in its
 * scenario.
 */
public record AllocationRule(
        String name,
        int position,
        boolean enabled,
        SkuSelector skus,
        NodeSelector nodes,
        StockingPolicy policy,
        Double minDaysCover,
        Double maxDaysCover,
        Double serviceLevel,
        Double maxCapacityShare) {

    public AllocationRule {
        requireText(name, "rule name");
        if (position < 0) {
            throw new IllegalArgumentException("rule position must not be negative: " + position);
        }
        Objects.requireNonNull(skus, "SKU selector");
        Objects.requireNonNull(nodes, "node selector");
        Objects.requireNonNull(policy, "policy");
        requireNonNegativeOrNull(minDaysCover, "minimum days of cover");
        requireNonNegativeOrNull(maxDaysCover, "maximum days of cover");
        if (minDaysCover != null && maxDaysCover != null && minDaysCover > maxDaysCover) {
            throw new IllegalArgumentException("rule '" + name + "': minimum days of cover " + minDaysCover
                    + " is above the maximum " + maxDaysCover);
        }
        if (serviceLevel != null && !(serviceLevel > 0 && serviceLevel < 1)) {
            throw new IllegalArgumentException(
                    "rule '" + name + "': service level must be between 0 and 1 (exclusive)");
        }
        if (maxCapacityShare != null && !(maxCapacityShare > 0 && maxCapacityShare <= 1)) {
            throw new IllegalArgumentException("rule '" + name + "': capacity share must be in (0, 1]");
        }
    }

    public AllocationRule withEnabled(boolean newEnabled) {
        return new AllocationRule(
                name,
                position,
                newEnabled,
                skus,
                nodes,
                policy,
                minDaysCover,
                maxDaysCover,
                serviceLevel,
                maxCapacityShare);
    }

    public AllocationRule withPosition(int newPosition) {
        return new AllocationRule(
                name,
                newPosition,
                enabled,
                skus,
                nodes,
                policy,
                minDaysCover,
                maxDaysCover,
                serviceLevel,
                maxCapacityShare);
    }
}
