package dev.microtower.rebalancing.domain;

/** Database identity of a stored rebalancing plan run. */
public record PlanRunId(long value) {
    public PlanRunId {
        if (value <= 0) {
            throw new IllegalArgumentException("PlanRunId must be positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
