package dev.microtower.shell;

import dev.microtower.store.Database;

/** Fills an empty database on first start, e.g. with the demo network, reporting progress. */
@FunctionalInterface
public interface FirstStart {
    /** Receives progress of the first-start load. */
    @FunctionalInterface
    interface Progress {
        void report(String message, long done, long total);
    }

    void populate(Database database, Progress progress);

    FirstStart NOTHING = (database, progress) -> {};
}
