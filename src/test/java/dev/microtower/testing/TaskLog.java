package dev.microtower.testing;

import dev.microtower.ui.framework.Work;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;

/**
 * Every background task of a window's work runner with the seconds it started and ended, counted
 * from {@link #restart()}, for benchmarks to print what the window was doing while they timed it.
 * Attach on the FX thread before the work starts; the lines are read on the FX thread too.
 */
public final class TaskLog {
    private final List<String> lines = new ArrayList<>();
    private volatile long start = System.nanoTime();

    /** Logs the tasks of {@code work} from now on. */
    public static TaskLog watch(Work work) {
        TaskLog log = new TaskLog();
        work.running().addListener((ListChangeListener<Task<?>>) change -> {
            while (change.next()) {
                for (Task<?> task : change.getAddedSubList()) {
                    log.follow(task);
                }
            }
        });
        return log;
    }

    /** Counts from now and forgets the lines so far. */
    public void restart() {
        start = System.nanoTime();
        lines.clear();
    }

    /** Seconds since {@link #restart()}. */
    public double now() {
        return (System.nanoTime() - start) / 1e9;
    }

    /** One line per finished task: "from s to s  message (state)". */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    private void follow(Task<?> task) {
        double from = now();
        String[] title = {task.getMessage()};
        task.messageProperty().addListener((o, was, message) -> {
            if (title[0] == null || title[0].isEmpty()) {
                title[0] = message;
            }
        });
        task.stateProperty().addListener((o, was, state) -> {
            if (state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED) {
                lines.add(String.format(
                        Locale.ROOT,
                        "%6.2f s to %6.2f s  %s%s",
                        from,
                        now(),
                        title[0],
                        state == Worker.State.SUCCEEDED ? "" : " (" + state + ")"));
            }
        });
    }
}
