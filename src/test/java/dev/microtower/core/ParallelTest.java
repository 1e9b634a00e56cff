package dev.microtower.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class ParallelTest {
    @Test
    void everyStepRunsOnceOnTheCallerAndTheHelpers() {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            AtomicIntegerArray runs = new AtomicIntegerArray(1000);
            Parallel.forEach(1000, pool, runs::incrementAndGet);
            for (int i = 0; i < 1000; i++) {
                assertEquals(1, runs.get(i), "step " + i);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedStepStopsTheLoopAndReachesTheCaller() {
        AtomicIntegerArray runs = new AtomicIntegerArray(100);
        assertThrows(
                CancelledException.class,
                () -> Parallel.forEach(100, Runnable::run, i -> {
                    runs.incrementAndGet(i);
                    if (i == 10) {
                        throw new CancelledException();
                    }
                }));
        int ran = 0;
        for (int i = 0; i < 100; i++) {
            ran += runs.get(i);
        }
        assertTrue(ran == 11, "steps after the failure do not run: " + ran);
    }

    @Test
    void aLaneThatRefusesWorkLeavesItAllToTheCaller() {
        AtomicIntegerArray runs = new AtomicIntegerArray(50);
        Parallel.forEach(
                50,
                task -> {
                    throw new RejectedExecutionException("shutting down");
                },
                runs::incrementAndGet);
        for (int i = 0; i < 50; i++) {
            assertEquals(1, runs.get(i));
        }
    }
}
