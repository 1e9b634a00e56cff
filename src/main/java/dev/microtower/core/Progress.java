package dev.microtower.core;

/**
 * Hears how far a long import or export is. Shaped like {@code Task.updateProgress} and {@code
 * updateMessage}, so a JavaFX task can forward the calls; called on the working thread.
 */
@FunctionalInterface
public interface Progress {
    Progress NONE = (done, total, message) -> {};

    /** {@code done} out of {@code total} units of work (bytes read, rows written) are finished. */
    void progress(long done, long total, String message);
}
