package dev.microtower.store;

import dev.microtower.core.UserFacing;

/** A database problem explained in words a user can act on; the message is shown as it is. */
public class DatabaseException extends RuntimeException implements UserFacing {
    private static final long serialVersionUID = 1L;

    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
