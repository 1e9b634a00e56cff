package dev.microtower.core;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One change to a scenario's data, as the window's change stream carries it: which scenario, which
 * kinds of data, and the data version it produced. Versions only grow within one open database, so
 * a cache keyed by version knows it is stale without reading anything.
 *
 * @param scenario the scenario whose data changed
 * @param kinds what changed; never empty
 * @param version the data version after the change
 */
public record DataChange(ScenarioId scenario, Set<DataKind> kinds, long version) {
    public DataChange {
        Objects.requireNonNull(scenario, "scenario");
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("a data change touches at least one kind of data");
        }
        kinds = Set.copyOf(kinds);
    }

    /** Every kind: what opening a database or an import of unknown content amounts to. */
    public static Set<DataKind> everything() {
        return EnumSet.allOf(DataKind.class);
    }

    public boolean touches(DataKind kind) {
        return kinds.contains(kind);
    }

    public boolean touchesAny(Set<DataKind> any) {
        for (DataKind kind : any) {
            if (kinds.contains(kind)) {
                return true;
            }
        }
        return false;
    }
}
