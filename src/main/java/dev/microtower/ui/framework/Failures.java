package dev.microtower.ui.framework;

import dev.microtower.core.UserFacing;
import dev.microtower.ui.map.basemap.BaseMapException;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Failures in a user's words, for message boxes and the status bar. */
public final class Failures {
    private static final Logger LOG = Logger.getLogger(Failures.class.getName());

    private Failures() {}

    /**
     * The message of our own exceptions, which are written for users ({@link UserFacing}, such as
     * the store's); for anything else a plain
     * sentence, with the details in the log rather than a class name on screen.
     */
    public static String explain(Throwable failure) {
        if (failure instanceof UserFacing
                || failure instanceof BaseMapException
                || failure instanceof IllegalArgumentException
                || failure instanceof IllegalStateException
                || failure instanceof UncheckedIOException) {
            return failure.getMessage();
        }
        LOG.log(Level.WARNING, "unexpected failure", failure);
        return "Something unexpected went wrong; the details are in the log.";
    }
}
