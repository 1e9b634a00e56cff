package dev.microtower.core;

import java.nio.file.Path;

/**
 * One open database as the features see it: its stores and services, found by type. The
 * application assembles a session when a database is opened and hands it to the window, which
 * hands it to every feature; each feature asks for the stores and services it needs ({@code
 * session.get(RuleRepository.class)}), so that no low layer has to name every feature and the
 * packages stay free of cycles. Toolkit-free; safe to use from any thread.
 */
public interface Session extends AutoCloseable {
    /** The database file on disk. */
    Path file();

    /**
     * The store or service of {@code type}.
     *
     * @throws IllegalArgumentException if this session has none of that type
     */
    <T> T get(Class<T> type);

    /** Tells the session's services what changed, so caches drop what became stale. */
    void changed(DataChange change);

    /** Closes the database; call off the FX thread (closing can compact the file). */
    @Override
    void close();
}
