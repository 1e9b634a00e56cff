package dev.microtower.core;

/** Database identity of a scenario. The baseline, the network as it is, is always {@link #BASELINE}. */
public record ScenarioId(long value) implements Comparable<ScenarioId> {
    public static final ScenarioId BASELINE = new ScenarioId(1);

    public ScenarioId {
        if (value <= 0) {
            throw new IllegalArgumentException("ScenarioId must be positive: " + value);
        }
    }

    public static ScenarioId of(long value) {
        return new ScenarioId(value);
    }

    public boolean isBaseline() {
        return value == BASELINE.value;
    }

    @Override
    public int compareTo(ScenarioId other) {
        return Long.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
