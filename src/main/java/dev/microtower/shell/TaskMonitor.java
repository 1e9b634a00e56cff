package dev.microtower.shell;

import dev.microtower.common.TaskRunner;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;

/**
 * Submits the window's tasks to the injected runner and keeps the list of those still running,
 * newest last, for the status bar.
 */
public final class TaskMonitor {
    private final TaskRunner runner;
    private final ObservableList<Task<?>> running = FXCollections.observableArrayList();

    public TaskMonitor(TaskRunner runner) {
        this.runner = runner;
    }

    /** Runs {@code task}; call on the FX thread. */
    public <T> Task<T> submit(Task<T> task) {
        running.add(task);
        task.stateProperty().addListener((o, was, state) -> {
            if (state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED) {
                running.remove(task);
            }
        });
        runner.run(task);
        if (task.isDone()) {
            running.remove(task);
        }
        return task;
    }

    public ObservableList<Task<?>> running() {
        return FXCollections.unmodifiableObservableList(running);
    }

    public TaskRunner runner() {
        return runner;
    }
}
