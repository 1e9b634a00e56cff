package dev.microtower.ui.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The background lanes: what a task's handlers see when the user cancels it. */
class WorkTest {
    private final Work work = Work.background(1);
    private final List<String> handled = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startTheToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() {
        work.shutdown();
    }

    private Work.Builder<String> recorded(Work.Builder<String> builder) {
        return builder.onSuccess(value -> handled.add("succeeded " + value))
                .onFailure(failure -> handled.add("failed"))
                .onCancelled(() -> handled.add("cancelled"));
    }

    @Test
    void aCancelWhileTheJobRunsRunsOnlyTheCancelledHandler() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        Task<String> task = WaitForAsyncUtils.asyncFx(() -> recorded(work.compute("Waiting", ctx -> {
                            running.countDown();
                            while (!ctx.isCancelled()) {
                                Thread.sleep(5);
                            }
                            return "late";
                        }))
                        .start())
                .get(10, TimeUnit.SECONDS);
        assertTrue(running.await(10, TimeUnit.SECONDS));
        boolean cancelled = WaitForAsyncUtils.asyncFx(() -> task.cancel()).get(10, TimeUnit.SECONDS);
        assertTrue(cancelled);
        settle();
        assertEquals(List.of("cancelled"), handled);
    }

    @Test
    void aCancelAfterTheJobReturnedButBeforeItsResultWasShownStillWins() throws Exception {
        CompletableFuture<Boolean> cancelled = new CompletableFuture<>();
        CompletableFuture<List<String>> handledAtCancel = new CompletableFuture<>();
        Platform.runLater(() -> {
            Task<String> task = recorded(work.compute("Quick", ctx -> "result")).start();
            // hold the FX thread until the job has returned: its result waits behind this runnable,
            // as a result does when the user presses Cancel in the same moment it arrives
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!task.isDone() && System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            cancelled.complete(task.isDone() && task.cancel());
            handledAtCancel.complete(List.copyOf(handled));
        });
        assertTrue(cancelled.get(20, TimeUnit.SECONDS), "the user's Cancel is taken");
        assertEquals(List.of("cancelled"), handledAtCancel.get(), "the handlers learn it at once");
        settle();
        assertEquals(List.of("cancelled"), handled, "the cancelled result is never shown");
    }

    @Test
    void aTaskLeftAloneRunsOnlyItsSuccessHandler() throws Exception {
        Task<String> task = WaitForAsyncUtils.asyncFx(
                        () -> recorded(work.io("Reading", ctx -> "value")).start())
                .get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !handled.isEmpty());
        settle();
        assertEquals(List.of("succeeded value"), handled);
        assertEquals(false, WaitForAsyncUtils.asyncFx(() -> task.cancel()).get(), "a delivered result stays");
        settle();
        assertEquals(List.of("succeeded value"), handled);
    }

    private void settle() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                        () -> work.running().isEmpty())
                .get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
