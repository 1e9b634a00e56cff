package dev.microtower.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.testing.Windows;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.concurrent.Task;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The status bar of the real window lists the work that runs, and its Cancel buttons stop it. */
class StatusBarWindowTest {
    private static MainWindow window;
    private static Stage stage;
    private final FxRobot robot = new FxRobot();
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeAll
    static void openAWindow(@TempDir Path dir) throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        window = Windows.open(stage, dir.resolve("status"), 1280, 720);
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> window.readyProperty().get() && window.work().running().isEmpty());
    }

    @AfterAll
    static void close() throws Exception {
        FxToolkit.setupFixture(() -> {
            stage.hide();
            window.closeDatabase();
        });
    }

    @AfterEach
    void letEverythingEnd() throws Exception {
        release.countDown();
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> window.work().running().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Starts work that runs until it is cancelled or the test ends. */
    private Task<String> startLongWork(String message) throws Exception {
        AtomicReference<Task<String>> started = new AtomicReference<>();
        robot.interact(() -> started.set(window.work()
                .io(message, ctx -> {
                    while (!ctx.isCancelled() && !release.await(20, TimeUnit.MILLISECONDS)) {
                        ctx.progress(1, 4, message);
                    }
                    return "done";
                })
                .start()));
        return started.get();
    }

    @Test
    void aRunningTaskShowsItsMessageProgressAndACancelThatStopsItAlsoAfterAGarbageCollection() throws Exception {
        Task<String> task = startLongWork("Counting the pallets…");
        // the old bar listened to a wrapper nothing else held: a collection silenced it
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        robot.interact(() -> {});
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "Counting the pallets…"
                .equals(robot.lookup("#status-message").queryAs(Label.class).getText()));

        ProgressBar progress = robot.lookup("#status-progress").queryAs(ProgressBar.class);
        assertTrue(progress.isVisible(), "a progress bar while the task runs");
        Button cancel = robot.lookup("#status-cancel").queryButton();
        assertTrue(cancel.isVisible(), "a Cancel button while the task runs");
        assertFalse(robot.lookup("#status-count").queryButton().isVisible(), "no count for one task");

        robot.clickOn(cancel);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, task::isDone);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(task.isCancelled(), "Cancel cancelled the task");
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> window.work().running().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#status-progress").queryAs(ProgressBar.class).isVisible());
        assertFalse(robot.lookup("#status-cancel").queryButton().isVisible());
    }

    @Test
    void twoTasksAtOnceShowACountAndAListWhereEachCanBeCancelled() throws Exception {
        Task<String> first = startLongWork("Reading the stock…");
        Task<String> second = startLongWork("Writing the workbook…");
        WaitForAsyncUtils.waitForFxEvents();

        Button count = robot.lookup("#status-count").queryButton();
        assertTrue(count.isVisible());
        assertEquals("2 tasks", count.getText());
        robot.clickOn(count);
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> robot.lookup("#task-list").tryQuery().isPresent());
        List<Label> messages = robot.lookup("#task-list .task-row .label").queryAllAs(Label.class).stream()
                .toList();
        assertEquals(
                List.of("Writing the workbook…", "Reading the stock…"),
                messages.stream().map(Label::getText).toList(),
                "newest first");

        List<Button> cancels = robot.lookup("#task-list .task-cancel").queryAllAs(Button.class).stream()
                .toList();
        assertEquals(2, cancels.size());
        robot.clickOn(cancels.get(1)); // the older one
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, first::isDone);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(first.isCancelled(), "the list's Cancel stopped the task on its line");
        assertFalse(second.isDone(), "the other task still runs");
        assertFalse(robot.lookup("#status-count").queryButton().isVisible(), "one task left: no count");
        assertEquals(
                "Writing the workbook…",
                robot.lookup("#status-message").queryAs(Label.class).getText());
    }
}
