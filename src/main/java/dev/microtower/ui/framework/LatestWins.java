package dev.microtower.ui.framework;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.concurrent.Task;
import javafx.util.Duration;

/**
 * Runs a recomputation the UI asks for (a heatmap after a filter change, a preview after an edit)
 * debounced and latest-wins: requests that arrive within the quiet time replace each other, a new
 * task cancels the one still running, and only the newest task's result is applied. Use on the FX
 * thread; each recomputation runs on the {@link Work} lane given.
 */
public final class LatestWins<T> {
    private record Request<T>(String message, Work.Job<T> job, Consumer<T> apply, int cancelCount) {}

    private final Work work;
    private final Work.Lane lane;
    private final Consumer<Throwable> failed;
    private final PauseTransition quiet;
    private Request<T> pending;
    private Task<T> running;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);

    public LatestWins(Work work, Work.Lane lane, Duration debounce, Consumer<Throwable> failed) {
        this.work = work;
        this.lane = lane;
        this.failed = failed;
        this.quiet = new PauseTransition(debounce);
        quiet.setOnFinished(e -> start());
    }

    /** Runs {@code job} once no other request came for the debounce time; {@code apply} gets its result. */
    public void request(String message, Work.Job<T> job, Consumer<T> apply) {
        pending = new Request<>(message, job, apply, work.cancelCount());
        busy.set(true);
        quiet.playFromStart();
    }

    /** Drops the waiting request and cancels the running one; nothing more is applied. */
    public void cancel() {
        quiet.stop();
        pending = null;
        if (running != null) {
            running.cancel();
            running = null;
        }
        settle();
    }

    /** Whether a request waits for its quiet time or a task runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    private void settle() {
        busy.set(pending != null || running != null);
    }

    private void start() {
        Request<T> request = pending;
        pending = null;
        if (request == null || request.cancelCount() != work.cancelCount()) {
            settle(); // nothing asked, or asked before all work was cancelled (its database closed since)
            return;
        }
        if (running != null) {
            running.cancel();
        }
        AtomicReference<Task<T>> self = new AtomicReference<>();
        Work.Builder<T> builder = lane == Work.Lane.IO
                ? work.io(request.message(), request.job())
                : work.compute(request.message(), request.job());
        builder.onSuccess(value -> {
                    if (running == self.get()) {
                        running = null;
                        request.apply().accept(value);
                        settle();
                    }
                })
                .onCancelled(() -> {
                    if (running == self.get()) {
                        running = null;
                        settle();
                    }
                })
                .onFailure(failure -> {
                    if (running == self.get()) {
                        running = null;
                        failed.accept(failure);
                        settle();
                    }
                });
        Task<T> task = builder.task();
        self.set(task);
        running = task;
        work.submit(lane, task);
    }
}
