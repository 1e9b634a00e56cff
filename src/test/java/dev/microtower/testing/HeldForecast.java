package dev.microtower.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.core.Cancellation;
import dev.microtower.core.ScenarioId;
import dev.microtower.planning.service.PlanningService;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Another caller forecasting a scenario and held inside the forecast at its first progress report, so
 * that a test can act while the forecast is in flight (a Plan then waits for it). {@link #release()}
 * lets it go on and waits for it to end; call it in a {@code finally} so a failing test never leaves
 * the forecast held.
 */
public final class HeldForecast {
    private final CountDownLatch holding = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final CompletableFuture<?> caller;

    private HeldForecast(PlanningService planning, ScenarioId scenario) {
        caller = CompletableFuture.runAsync(() -> planning.forecast(
                scenario,
                (done, total, message) -> {
                    holding.countDown();
                    await(release);
                },
                Cancellation.none()));
    }

    /** Starts forecasting {@code scenario} on another thread and returns once it is held inside. */
    public static HeldForecast hold(PlanningService planning, ScenarioId scenario) throws InterruptedException {
        HeldForecast held = new HeldForecast(planning, scenario);
        assertTrue(held.holding.await(30, TimeUnit.SECONDS), "the other forecast started");
        return held;
    }

    /** Lets the held forecast go on and waits until it has ended. */
    public void release() throws Exception {
        release.countDown();
        caller.get(60, TimeUnit.SECONDS);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
