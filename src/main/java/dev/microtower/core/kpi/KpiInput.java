package dev.microtower.core.kpi;

import java.util.Objects;

/** One figure a KPI value was computed from, named in the user's words, for "explain this number". */
public record KpiInput(String name, double value, String unit) {
    public KpiInput {
        Objects.requireNonNull(name, "name");
        unit = unit == null ? "" : unit;
    }
}
