package dev.microtower.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.microtower.core.ScenarioId;
import dev.microtower.network.domain.Node;
import dev.microtower.network.store.jooq.JooqNodeRepository;
import dev.microtower.store.Database;
import dev.microtower.testing.Windows;
import dev.microtower.ui.framework.LatestWins;
import dev.microtower.ui.framework.Work;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Closing the database while work on it still runs: the work is cancelled, so its failure on the
 * closed file ("Connection pool has been disposed") never comes up as an error dialog, over this
 * window or over the next database's.
 */
class ClosingWindowTest {
    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private MainWindow window;

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            Windows.close(robot, stage, window);
        }
    }

    @Test
    void workStillRunningWhenTheDatabaseClosesIsCancelledAndReportsNothing(@TempDir Path dir) throws Exception {
        Database database = openWindow(dir);
        CountDownLatch closed = new CountDownLatch(1);

        // a read such as a module starts, reporting its failure as the modules do
        Task<List<Node>> read = FxToolkit.setupFixture(() -> window.work()
                .io("Reading the sites…", ctx -> {
                    closed.await();
                    return new JooqNodeRepository(database).findAll(ScenarioId.BASELINE);
                })
                .onFailure(failure -> window.showError("Could not read the sites", failure))
                .start());
        FxToolkit.setupFixture(() -> window.closeDatabase());
        closed.countDown();
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> window.work().running().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(
                Worker.State.CANCELLED,
                WaitForAsyncUtils.asyncFx(read::getState).get(10, TimeUnit.SECONDS));
        assertEquals(List.of(stage), robot.listWindows(), "no error dialog besides the main window");
    }

    @Test
    void aRecomputeStillWaitingForItsQuietTimeWhenTheDatabaseClosesNeverStarts(@TempDir Path dir) throws Exception {
        Database database = openWindow(dir);
        AtomicBoolean started = new AtomicBoolean();

        // debounced as the compare panel's recompute: asked for, then the database closes within its quiet time
        LatestWins<List<Node>> latest = FxToolkit.setupFixture(() -> {
            LatestWins<List<Node>> l = new LatestWins<>(
                    window.work(),
                    Work.Lane.COMPUTE,
                    Duration.millis(250),
                    failure -> window.showError("Could not compare the scenarios", failure));
            l.request(
                    "Comparing scenarios…",
                    ctx -> {
                        started.set(true);
                        return new JooqNodeRepository(database).findAll(ScenarioId.BASELINE);
                    },
                    sites -> {});
            window.closeDatabase();
            return l;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !WaitForAsyncUtils.asyncFx(
                        () -> latest.busyProperty().get())
                .get());
        Thread.sleep(500); // past the quiet time
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(started.get(), "the recompute did not start on the closed database");
        assertEquals(List.of(stage), robot.listWindows(), "no error dialog besides the main window");
    }

    /** The window on a new database in {@code dir}, opened and idle; the database it has open. */
    private Database openWindow(Path dir) throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        window = Windows.open(stage, dir.resolve("db"), 1000, 700);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.mapComplete());
        WaitForAsyncUtils.waitFor(
                30, TimeUnit.SECONDS, () -> window.work().running().isEmpty());
        return Windows.database(window).orElseThrow();
    }
}
