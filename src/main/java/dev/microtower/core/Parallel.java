package dev.microtower.core;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;

/**
 * Runs the steps of a loop on the calling thread and on helpers given to an {@link Executor} (the
 * compute lane's, in the window): engines take an executor and never make threads of their own.
 * Every thread takes the next step not yet taken, so the caller works too and never waits for a
 * helper that has not started; a loop called from a thread of the same executor cannot deadlock,
 * even when every other thread of it is busy. The first failure (a {@link CancelledException},
 * say) stops the steps not yet started and is thrown to the caller once the started ones end.
 * A loop whose steps want a tool of their own to reuse (a solver with its work arrays) takes one
 * per thread for the call ({@link #forEach(int, Executor, Supplier, ObjIntConsumer)}), so nothing
 * stays on the executor's threads afterwards, as a {@link ThreadLocal}'s value would.
 */
public final class Parallel {
    private Parallel() {}

    public static void forEach(int steps, Executor executor, IntConsumer step) {
        forEach(steps, executor, () -> null, (none, i) -> step.accept(i));
    }

    /**
     * As {@link #forEach(int, Executor, IntConsumer)}, each thread taking steps with a tool of its
     * own: made by {@code worker} before the thread's first step, passed to each of its steps, and
     * dropped when the thread has taken its share, so no executor thread keeps it after the call.
     */
    public static <W> void forEach(
            int steps, Executor executor, Supplier<? extends W> worker, ObjIntConsumer<? super W> step) {
        if (steps <= 0) {
            return;
        }
        AtomicInteger next = new AtomicInteger();
        AtomicInteger ended = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Object lock = new Object();
        Runnable drain = () -> {
            W tool = null; // this share's own, gone when the share is taken
            boolean made = false;
            int i;
            while ((i = next.getAndIncrement()) < steps) {
                try {
                    if (failure.get() == null) {
                        if (!made) {
                            tool = worker.get();
                            made = true;
                        }
                        step.accept(tool, i);
                    }
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                } finally {
                    if (ended.incrementAndGet() == steps) {
                        synchronized (lock) {
                            lock.notifyAll();
                        }
                    }
                }
            }
        };
        int helpers = Math.min(steps - 1, Runtime.getRuntime().availableProcessors());
        for (int h = 0; h < helpers && next.get() < steps; h++) {
            try {
                executor.execute(drain);
            } catch (RejectedExecutionException e) {
                break; // a lane shutting down: the caller does the rest
            }
        }
        drain.run();
        synchronized (lock) {
            while (ended.get() < steps) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failure.compareAndSet(null, new CancelledException());
                    break;
                }
            }
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        if (t != null) {
            throw new IllegalStateException(t);
        }
    }
}
