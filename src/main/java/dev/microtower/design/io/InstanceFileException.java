package dev.microtower.design.io;

import dev.microtower.core.UserFacing;

/** An instance file that cannot be read, with the file, line and field of the problem in the message. */
public final class InstanceFileException extends IllegalArgumentException implements UserFacing {
    private static final long serialVersionUID = 1L;

    public InstanceFileException(String message) {
        super(message);
    }
}
