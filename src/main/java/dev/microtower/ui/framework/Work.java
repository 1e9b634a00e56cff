package dev.microtower.ui.framework;

import dev.microtower.core.Cancellation;
import dev.microtower.core.Progress;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;

/**
 * The window's one work runner: every database read or write, import, export, forecast and solve
 * runs here, off the FX thread, as a {@link Task} the status bar lists with its message, progress
 * and a Cancel button. Work goes to one of two {@link Lane lanes}, so a long computation never
 * queues a quick database read behind it.
 *
 * <p>Start work with the builder: {@code work.io("Reading stock…", ctx -> stores.stock()...)
 * .onSuccess(this::show).start()}. Tests use {@link #immediate()}, which runs each task to the end
 * before {@code start()} returns, so controllers can be tested without a window. All methods are
 * called on the FX thread (or, with the immediate runner, on the test's thread).
 */
public final class Work {
    /** Where work runs. */
    public enum Lane {
        /** Database reads and writes, files: short and many; several threads (the pool allows 8). */
        IO,
        /** Forecasts, solves, geometry: long and CPU-bound; one thread per core. */
        COMPUTE
    }

    /** What a running job can ask of its task. */
    public interface Context extends Progress {
        boolean isCancelled();

        /** A flag set when the task is cancelled, for engines that take a {@link Cancellation}. */
        Cancellation cancellation();

        /** Replaces the status bar's message for this task. */
        void message(String message);
    }

    /** A piece of work off the FX thread. */
    @FunctionalInterface
    public interface Job<T> {
        T run(Context context) throws Exception;
    }

    private final Executor io;
    private final Executor compute;
    private final Runnable shutdown;
    private final ObservableList<Task<?>> running = FXCollections.observableArrayList();
    // held in a field: a listener on a wrapper made per call would be lost to garbage collection
    private final ObservableList<Task<?>> runningView = FXCollections.unmodifiableObservableList(running);
    private int cancelled;

    private Work(Executor io, Executor compute, Runnable shutdown) {
        this.io = io;
        this.compute = compute;
        this.shutdown = shutdown;
    }

    /** Daemon threads: an IO lane of {@code ioThreads} and a compute lane of one thread per core. */
    public static Work background(int ioThreads) {
        ExecutorService ioLane = Executors.newFixedThreadPool(ioThreads, daemons("microtower-io"));
        int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService computeLane = Executors.newFixedThreadPool(cores, daemons("microtower-compute"));
        return new Work(ioLane, computeLane, () -> {
            ioLane.shutdownNow();
            computeLane.shutdownNow();
        });
    }

    /** Runs each task to completion in the calling thread before it is returned. */
    public static Work immediate() {
        Executor here = Runnable::run;
        return new Work(here, here, () -> {});
    }

    private static ThreadFactory daemons(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = Executors.defaultThreadFactory().newThread(runnable);
            thread.setName(name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * The compute lane's executor, for an engine that runs its parallel steps on helpers (see
     * {@code core.Parallel}): it never makes threads of its own.
     */
    public Executor computeLane() {
        return compute;
    }

    /** Work that reads or writes the database or files. */
    public <T> Builder<T> io(String message, Job<T> job) {
        return new Builder<>(Lane.IO, message, job);
    }

    /** Work that computes: forecasts, solves, geometry. */
    public <T> Builder<T> compute(String message, Job<T> job) {
        return new Builder<>(Lane.COMPUTE, message, job);
    }

    /**
     * Runs a task made elsewhere (a {@link LatestWins} request, say) on {@code lane} and lists it
     * while it runs.
     */
    public <T> Task<T> submit(Lane lane, Task<T> task) {
        list(task);
        execute(lane, task);
        return task;
    }

    private void list(Task<?> task) {
        running.add(task);
        task.stateProperty().addListener((o, was, state) -> {
            if (isFinished(state)) {
                // after the task's own handlers: "nothing running" then means their results are shown
                Platform.runLater(() -> running.remove(task));
            }
        });
    }

    private void execute(Lane lane, Task<?> task) {
        (lane == Lane.IO ? io : compute).execute(task);
        if (task.isDone()) {
            running.remove(task);
        }
    }

    /** The tasks still running, oldest first; the status bar lists them. */
    public ObservableList<Task<?>> running() {
        return runningView;
    }

    /**
     * Cancels every task still running, e.g. when the database they read is closed: a cancelled
     * task's failure (the closed database) is never reported, and its result never shown.
     */
    public void cancelAll() {
        cancelled++;
        for (Task<?> task : running.toArray(new Task<?>[0])) {
            task.cancel();
        }
    }

    /**
     * How many times {@link #cancelAll()} ran: work asked for before (a debounced {@link LatestWins}
     * request still in its quiet time) must not start after; FX thread.
     */
    public int cancelCount() {
        return cancelled;
    }

    /** Stops the lanes; running tasks are interrupted. */
    public void shutdown() {
        cancelAll();
        shutdown.run();
    }

    /** Says what to do with a job's result; nothing runs until {@link #start()}. */
    public final class Builder<T> {
        private final Lane lane;
        private final String message;
        private final Job<T> job;
        private Consumer<? super T> succeeded = value -> {};
        private Consumer<Throwable> failed = failure -> {};
        private Runnable cancelled = () -> {};

        private Builder(Lane lane, String message, Job<T> job) {
            this.lane = lane;
            this.message = Objects.requireNonNull(message, "message");
            this.job = Objects.requireNonNull(job, "job");
        }

        /** Runs on the FX thread with the result. */
        public Builder<T> onSuccess(Consumer<? super T> then) {
            this.succeeded = Objects.requireNonNull(then);
            return this;
        }

        /** Runs on the FX thread with the failure; cancellation is not a failure. */
        public Builder<T> onFailure(Consumer<Throwable> then) {
            this.failed = Objects.requireNonNull(then);
            return this;
        }

        /** Runs on the FX thread when the user (or newer work) cancelled the task. */
        public Builder<T> onCancelled(Runnable then) {
            this.cancelled = Objects.requireNonNull(then);
            return this;
        }

        /** Submits the task to its lane and returns it, e.g. to cancel it later. */
        public Task<T> start() {
            return submit(lane, task());
        }

        /** The task, not yet started; for {@link LatestWins}. */
        Task<T> task() {
            Cancellation cancellation = Cancellation.none();
            // FX thread: whether a handler ran; exactly one of them runs, once
            boolean[] settled = new boolean[1];
            Task<T> task = new Task<>() {
                {
                    // shown from the start: a task may wait in its lane
                    updateMessage(message);
                }

                @Override
                protected T call() throws Exception {
                    updateMessage(message);
                    updateProgress(-1, 1);
                    return job.run(new Context() {
                        @Override
                        public boolean isCancelled() {
                            return cancellation.isCancelled();
                        }

                        @Override
                        public Cancellation cancellation() {
                            return cancellation;
                        }

                        @Override
                        public void message(String text) {
                            updateMessage(text);
                        }

                        @Override
                        public void progress(long done, long total, String text) {
                            updateProgress(done, total);
                            if (text != null) {
                                updateMessage(text);
                            }
                        }
                    });
                }

                @Override
                public boolean cancel(boolean mayInterruptIfRunning) {
                    // set at once, on the thread that cancels: the job polls it between steps.
                    // Never interrupt: an interrupt during H2's file IO closes the database file
                    // under every other task, so a job stops at its next check instead.
                    cancellation.cancel();
                    if (super.cancel(false)) {
                        return true;
                    }
                    if (Platform.isFxApplicationThread() && !settled[0] && !isFinished(getState())) {
                        // the job had returned but its result was not delivered yet: Cancel still
                        // wins, so what the user cancelled is never shown and the handlers see a
                        // cancelled task at once, as when the job was still running
                        settle(settled, cancelled);
                        return true;
                    }
                    return false;
                }
            };
            task.setOnSucceeded(e -> settle(settled, () -> succeeded.accept(task.getValue())));
            task.setOnFailed(e -> settle(settled, () -> failed.accept(task.getException())));
            task.setOnCancelled(e -> settle(settled, cancelled));
            return task;
        }

        Lane lane() {
            return lane;
        }
    }

    private static boolean isFinished(Worker.State state) {
        return state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED;
    }

    private static void settle(boolean[] settled, Runnable handler) {
        if (!settled[0]) {
            settled[0] = true;
            handler.run();
        }
    }
}
