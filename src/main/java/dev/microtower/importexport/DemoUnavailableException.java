package dev.microtower.importexport;

/** The demo network cannot be loaded here: the database already holds data, or the build lacks the files. */
public final class DemoUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DemoUnavailableException(String message) {
        super(message);
    }
}
