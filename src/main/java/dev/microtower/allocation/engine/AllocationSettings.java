package dev.microtower.allocation.engine;

import dev.microtower.allocation.domain.StockingPolicy;

/**
 * What applies where a rule leaves a number open, or where no rule matches: the policy, the
 * minimum and maximum days of cover, the service level, and the replenishment lead time of nodes
 * that do not state theirs.
 */
public record AllocationSettings(
        StockingPolicy defaultPolicy,
        double minDaysCover,
        double maxDaysCover,
        double serviceLevel,
        double leadTimeDays) {
    public static final AllocationSettings DEFAULT =
            new AllocationSettings(StockingPolicy.MICRO_FULFIL, 3.0, 7.0, 0.95, 1.0);

    public AllocationSettings {
        if (!(minDaysCover >= 0 && maxDaysCover >= minDaysCover)) {
            throw new IllegalArgumentException("default cover must satisfy 0 <= min <= max");
        }
        if (!(serviceLevel > 0 && serviceLevel < 1)) {
            throw new IllegalArgumentException("default service level must be between 0 and 1");
        }
        if (!(leadTimeDays >= 0)) {
            throw new IllegalArgumentException("default lead time must not be negative");
        }
    }
}
