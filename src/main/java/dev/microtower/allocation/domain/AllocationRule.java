package dev.microtower.allocation.domain;

import static dev.microtower.core.Requirements.requireText;

import dev.microtower.core.Range;
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
    /** A rule's place in the order; rules are tried from the lowest. */
    public static final Range POSITION = Range.atLeast(0);

    public static final Range MIN_DAYS_COVER = Range.atLeast(0);
    public static final Range MAX_DAYS_COVER = Range.atLeast(0);
    public static final Range SERVICE_LEVEL = Range.strictlyBetween(0, 1);
    public static final Range CAPACITY_SHARE = Range.aboveUpTo(0, 1);

    public AllocationRule {
        requireText(name, "rule name");
        if (!POSITION.contains(position)) {
            throw new IllegalArgumentException("rule position must not be negative: " + position);
        }
        Objects.requireNonNull(skus, "SKU selector");
        Objects.requireNonNull(nodes, "node selector");
        Objects.requireNonNull(policy, "policy");
        MIN_DAYS_COVER.requireOrNull(minDaysCover, "minimum days of cover");
        MAX_DAYS_COVER.requireOrNull(maxDaysCover, "maximum days of cover");
        if (minDaysCover != null && maxDaysCover != null && minDaysCover > maxDaysCover) {
            throw new IllegalArgumentException("rule '" + name + "': minimum days of cover " + minDaysCover
                    + " is above the maximum " + maxDaysCover);
        }
        if (serviceLevel != null && !SERVICE_LEVEL.contains(serviceLevel)) {
            throw new IllegalArgumentException(
                    "rule '" + name + "': service level must be " + SERVICE_LEVEL.describe());
        }
        if (maxCapacityShare != null && !CAPACITY_SHARE.contains(maxCapacityShare)) {
            throw new IllegalArgumentException(
                    "rule '" + name + "': capacity share must be " + CAPACITY_SHARE.describe());
        }
    }

    /** The same rule under another name (a copy in the editor). */
    public AllocationRule withName(String newName) {
        return new AllocationRule(
                newName,
                position,
                enabled,
                skus,
                nodes,
                policy,
                minDaysCover,
                maxDaysCover,
                serviceLevel,
                maxCapacityShare);
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
