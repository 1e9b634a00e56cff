package dev.microtower.importexport;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem of an import. Only the first {@link #LIMIT} are kept, so a file that is
 * wrong on every one of a million lines cannot exhaust memory; the rest are counted.
 */
final class Problems {
    static final int LIMIT = 1_000;

    private final List<Problem> kept = new ArrayList<>();
    private long total;

    void add(String where, String column, String reason) {
        total++;
        if (kept.size() < LIMIT) {
            kept.add(new Problem(where, column, reason));
        }
    }

    boolean isEmpty() {
        return total == 0;
    }

    long total() {
        return total;
    }

    void throwIfAny() {
        if (total > 0) {
            throw new ImportException(kept, total);
        }
    }
}
