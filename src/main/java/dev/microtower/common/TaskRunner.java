package dev.microtower.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.concurrent.Task;

/**
 * Runs every database load, import, export and other long piece of work as a {@link Task}. The
 * window gets one runner injected; tests inject {@link #immediate()} so that asynchronous code
 * runs to completion before the next line, or a real {@link #background(String)} runner.
 */
public interface TaskRunner {

    /** Starts {@code task} and returns it, so that callers can chain {@code setOnSucceeded}. */
    <T> Task<T> run(Task<T> task);

    /** Stops accepting work; running tasks are cancelled. */
    default void shutdown() {}

    /** Runs each task to completion in the calling thread before {@link #run} returns. */
    static TaskRunner immediate() {
        return new TaskRunner() {
            @Override
            public <T> Task<T> run(Task<T> task) {
                task.run();
                return task;
            }
        };
    }

    /**
     * Runs tasks one after another on one daemon thread: database work is serial anyway, and a
     * single worker keeps "load, then show" ordering obvious.
     */
    static TaskRunner background(String name) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory daemons = runnable -> {
            Thread thread = Executors.defaultThreadFactory().newThread(runnable);
            thread.setName(name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        ExecutorService executor = Executors.newSingleThreadExecutor(daemons);
        return new TaskRunner() {
            @Override
            public <T> Task<T> run(Task<T> task) {
                executor.execute(task);
                return task;
            }

            @Override
            public void shutdown() {
                executor.shutdownNow();
            }
        };
    }
}
