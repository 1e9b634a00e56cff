package dev.microtower.shell;

import dev.microtower.core.GeoPoint;
import dev.microtower.core.Session;
import java.util.List;

/**
 * Fills an empty database on first start, e.g. with the demo network, reporting progress. While
 * it runs the map shows the {@link #region() region} the network will cover.
 */
@FunctionalInterface
public interface FirstStart {
    /** Receives progress of the first-start load. */
    @FunctionalInterface
    interface Progress {
        void report(String message, long done, long total);
    }

    /** Fills the session's empty database; called on a worker thread. */
    void populate(Session session, Progress progress);

    /** Points the loaded network will span (two opposite corners are enough); empty if unknown. */
    default List<GeoPoint> region() {
        return List.of();
    }

    FirstStart NOTHING = (session, progress) -> {};
}
