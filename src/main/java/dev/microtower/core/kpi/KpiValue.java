package dev.microtower.core.kpi;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One KPI's value for one scenario, with what it means and the figures it came from, so that a
 * tile, a compare table or the command line can show and explain it without knowing the formula.
 *
 * @param id stable key, lower case with dashes ({@code fill-rate-orders}); compare tables and CSV
 *     files match scenarios on it
 * @param group the heading it is listed under ("Network", "Fulfilment")
 * @param title the name a logistics manager reads ("Fill rate (orders)")
 * @param value the number, {@link Double#NaN} when it cannot be computed (say why in {@code
 *     definition} or an input)
 * @param unit "%", "days", "units", "sites", a currency word, or "" for a plain count
 * @param better which way is an improvement
 * @param definition one or two sentences: what is counted and over what
 * @param inputs the figures it was computed from, in order
 */
public record KpiValue(
        String id,
        String group,
        String title,
        double value,
        String unit,
        Better better,
        String definition,
        List<KpiInput> inputs) {
    public KpiValue {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(better, "better");
        unit = unit == null ? "" : unit;
        definition = definition == null ? "" : definition;
        inputs = List.copyOf(inputs);
    }

    /** Starts a value; add its definition and inputs, then {@link Builder#build()}. */
    public static Builder of(String id, String group, String title, double value, String unit, Better better) {
        return new Builder(id, group, title, value, unit, better);
    }

    /** The input called {@code name}, or NaN when there is none. */
    public double input(String name) {
        for (KpiInput input : inputs) {
            if (input.name().equals(name)) {
                return input.value();
            }
        }
        return Double.NaN;
    }

    /** Difference to {@code reference} (value − reference); NaN when either is NaN. */
    public double delta(KpiValue reference) {
        return value - reference.value;
    }

    /** Relative difference to {@code reference} in percent; NaN when the reference is 0 or NaN. */
    public double deltaPercent(KpiValue reference) {
        if (reference.value == 0 || Double.isNaN(reference.value)) {
            return Double.NaN;
        }
        return (value - reference.value) / Math.abs(reference.value) * 100.0;
    }

    /** Builds a {@link KpiValue} one input at a time. */
    public static final class Builder {
        private final String id;
        private final String group;
        private final String title;
        private final double value;
        private final String unit;
        private final Better better;
        private String definition = "";
        private final List<KpiInput> inputs = new ArrayList<>();

        private Builder(String id, String group, String title, double value, String unit, Better better) {
            this.id = id;
            this.group = group;
            this.title = title;
            this.value = value;
            this.unit = unit;
            this.better = better;
        }

        public Builder because(String definition) {
            this.definition = definition;
            return this;
        }

        public Builder input(String name, double value, String unit) {
            inputs.add(new KpiInput(name, value, unit));
            return this;
        }

        public Builder input(String name, double value) {
            return input(name, value, "");
        }

        public KpiValue build() {
            return new KpiValue(id, group, title, value, unit, better, definition, inputs);
        }
    }
}
