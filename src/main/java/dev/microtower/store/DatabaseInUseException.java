package dev.microtower.store;

import java.nio.file.Path;

/** The database file is held by another Microtower process. */
public final class DatabaseInUseException extends DatabaseException {
    private static final long serialVersionUID = 1L;

    public DatabaseInUseException(Path file, Throwable cause) {
        super(
                "this database is open in another Microtower window: " + file
                        + ". Close that window, or start with --db PATH to use another database.",
                cause);
    }
}
