package dev.microtower.ui.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Work submitted behind the work started ahead of need, on the real lanes: it is listed with its
 * message and waits while a task started ahead runs, starts once that task ended, and when
 * cancelled while it waits it never starts and is no longer listed.
 */
class WorkBehindAheadTest {
    private Work work; // one IO thread: the work ahead holds it
    private final CountDownLatch aheadMayEnd = new CountDownLatch(1);

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void lanes() {
        work = Work.background(1);
    }

    @AfterEach
    void stop() {
        aheadMayEnd.countDown();
        work.shutdown();
    }

    @Test
    void aTaskBehindWaitsWhileWorkAheadRunsAndStartsWhenItEnded() throws Exception {
        AtomicBoolean ran = new AtomicBoolean();
        Task<String> behind = onFx(() -> {
            startAhead();
            return work.submitBehindAhead(
                    Work.Lane.COMPUTE,
                    work.compute("Computing coverage…", context -> {
                                ran.set(true);
                                return "counted";
                            })
                            .task());
        });

        assertEquals(Worker.State.READY, onFx(behind::getState), "not handed to its lane yet");
        assertTrue(onFx(() -> work.running().contains(behind)), "listed while it waits");
        assertEquals("Computing coverage…", onFx(behind::getMessage), "the status bar has words for it");
        assertFalse(ran.get());

        aheadMayEnd.countDown();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(behind::getState) == Worker.State.SUCCEEDED);
        assertEquals("counted", onFx(behind::getValue));
        assertTrue(ran.get());
    }

    @Test
    void aTaskCancelledWhileItWaitsNeverStartsAndIsNoLongerListed() throws Exception {
        AtomicBoolean ran = new AtomicBoolean();
        Task<String> behind = onFx(() -> {
            startAhead();
            return work.submitBehindAhead(
                    Work.Lane.IO,
                    work.io("Reading customers…", context -> {
                                ran.set(true);
                                return "read";
                            })
                            .task());
        });
        onFx(behind::cancel);

        aheadMayEnd.countDown();
        WaitForAsyncUtils.waitFor(
                30, TimeUnit.SECONDS, () -> onFx(() -> work.running().isEmpty()));
        // a task on the same one-thread lane after it: had the cancelled one been started, it ran first
        Task<String> after =
                onFx(() -> work.io("Reading stock…", context -> "read").start());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(after::getState) == Worker.State.SUCCEEDED);
        assertEquals(Worker.State.CANCELLED, onFx(behind::getState));
        assertFalse(ran.get());
    }

    @Test
    void withoutWorkAheadATaskBehindStartsAtOnce() throws Exception {
        Task<String> behind = onFx(() -> work.submitBehindAhead(
                Work.Lane.COMPUTE,
                work.compute("Computing coverage…", context -> "counted").task()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(behind::getState) == Worker.State.SUCCEEDED);
    }

    /** A forecast made before Plan, say: it runs until the test lets it end. */
    private void startAhead() {
        work.io("Preparing the forecast for Plan…", context -> {
                    aheadMayEnd.await();
                    return "forecast";
                })
                .ahead()
                .start();
    }

    private static <T> T onFx(Callable<T> body) throws Exception {
        return WaitForAsyncUtils.asyncFx(body).get(30, TimeUnit.SECONDS);
    }
}
