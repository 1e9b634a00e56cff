package dev.microtower.core;

/** A flag another thread sets to stop an import; the import then rolls back and writes nothing. */
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

    public void check() {
        if (cancelled) {
            throw new CancelledException();
        }
    }
}
