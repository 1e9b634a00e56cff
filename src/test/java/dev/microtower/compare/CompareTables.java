package dev.microtower.compare;

import dev.microtower.compare.engine.CompareTable;

/** What tests read of a compare table. */
public final class CompareTables {
    private CompareTables() {}

    /** The value of {@code kpi} in the table's second column (the compared scenario, the reference first). */
    public static double value(CompareTable table, String kpi) {
        return table.rows().stream()
                .filter(r -> r.id().equals(kpi))
                .findFirst()
                .orElseThrow()
                .cells()
                .get(1)
                .value();
    }
}
