package dev.microtower.core;

/**
 * A flag another thread sets to stop a piece of work (an import, an export, a plan, a read); the
 * work polls it between its steps and then stops, keeping or writing nothing.
 */
public final class Cancellation {
    private volatile boolean cancelled;

    public static Cancellation none() {
        return new Cancellation();
    }

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Throws a {@link CancelledException} saying that the work was cancelled, if it was. */
    public void check() {
        check("cancelled; nothing was changed");
    }

    /** Throws a {@link CancelledException} with {@code message} (what was not done), if cancelled. */
    public void check(String message) {
        if (cancelled) {
            throw new CancelledException(message);
        }
    }
}
