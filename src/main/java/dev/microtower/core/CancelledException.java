package dev.microtower.core;

/** The user cancelled an import; nothing was written. */
public final class CancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CancelledException() {
        super("the import was cancelled; nothing was imported");
    }
}
