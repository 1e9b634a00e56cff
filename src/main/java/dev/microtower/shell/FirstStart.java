package dev.microtower.shell;

import dev.microtower.core.GeoPoint;
import dev.microtower.core.Session;
import java.nio.file.Path;
import java.util.List;

/**
 * Fills an empty database on first start, e.g. with the demo network: by placing a ready-made
 * database where there is none yet, or else by loading into the empty one with progress. While a
 * load runs the map shows the {@link #region() region} the network will cover.
 */
@FunctionalInterface
public interface FirstStart {
    /** Receives progress of the first-start load. */
    @FunctionalInterface
    interface Progress {
        void report(String message, long done, long total);
    }

    /**
     * Before the database at {@code path} is opened: puts a ready-made, already filled database there
     * if there is none yet, and returns whether it did (then {@link #populate} is not needed). Called
     * on a worker thread.
     */
    default boolean placeIfAbsent(Path path) {
        return false;
    }

    /**
     * After a database {@link #placeIfAbsent placed} ready-made was opened: adds what the ready-made
     * one leaves out (the demo's storyboard); called on a worker thread.
     */
    default void placed(Session session) {}

    /** Fills the session's empty database; called on a worker thread. */
    void populate(Session session, Progress progress);

    /** Points the loaded network will span (two opposite corners are enough); empty if unknown. */
    default List<GeoPoint> region() {
        return List.of();
    }

    FirstStart NOTHING = (session, progress) -> {};
}
