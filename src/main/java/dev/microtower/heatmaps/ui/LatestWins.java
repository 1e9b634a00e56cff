package dev.microtower.heatmaps.ui;

import dev.microtower.importexport.ProgressListener;
import dev.microtower.shell.TaskMonitor;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.concurrent.Task;
import javafx.util.Duration;

/**
 * Runs a recomputation the UI asks for as a background task, debounced and latest-wins: requests
 * that arrive within the quiet time replace each other, a new task cancels the one still running,
 * and only the newest task's result is applied. Use on the FX thread.
 */
final class LatestWins<T> {
    /** What a job can ask of the task that runs it. */
    interface Context extends ProgressListener {
        boolean cancelled();
    }

    @FunctionalInterface
    interface Job<T> {
        T run(Context context) throws Exception;
    }

    private record Request<T>(String message, Job<T> job, Consumer<T> apply) {}

    private final TaskMonitor tasks;
    private final Consumer<Throwable> failed;
    private final PauseTransition quiet;
    private Request<T> pending;
    private Task<T> running;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);

    LatestWins(TaskMonitor tasks, Duration debounce, Consumer<Throwable> failed) {
        this.tasks = tasks;
        this.failed = failed;
        this.quiet = new PauseTransition(debounce);
        quiet.setOnFinished(e -> start());
    }

    /** Runs {@code job} once no other request came for the debounce time; {@code apply} gets its result. */
    void request(String message, Job<T> job, Consumer<T> apply) {
        pending = new Request<>(message, job, apply);
        busy.set(true);
        quiet.playFromStart();
    }

    /** Whether a request waits for its quiet time or a task runs. */
    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    private void settle() {
        busy.set(pending != null || running != null);
    }

    private void start() {
        Request<T> request = pending;
        pending = null;
        if (request == null) {
            settle();
            return;
        }
        if (running != null) {
            running.cancel();
        }
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateMessage(request.message());
                updateProgress(-1, 1);
                return request.job().run(new Context() {
                    @Override
                    public boolean cancelled() {
                        return isCancelled();
                    }

                    @Override
                    public void progress(long done, long total, String message) {
                        updateProgress(done, total);
                        updateMessage(message);
                    }
                });
            }
        };
        running = task;
        task.setOnSucceeded(e -> {
            if (running == task) {
                running = null;
                request.apply().accept(task.getValue());
                settle();
            }
        });
        task.setOnCancelled(e -> {
            if (running == task) {
                running = null;
                settle();
            }
        });
        task.setOnFailed(e -> {
            if (running == task) {
                running = null;
                failed.accept(task.getException());
                settle();
            }
        });
        tasks.submit(task);
    }
}
