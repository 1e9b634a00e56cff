package dev.microtower.core;

/** The user cancelled a piece of work (an import, an export, a plan); nothing was written. */
public final class CancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CancelledException() {
        this("cancelled; nothing was changed");
    }

    /** With words saying what was cancelled and that nothing was written. */
    public CancelledException(String message) {
        super(message);
    }
}
