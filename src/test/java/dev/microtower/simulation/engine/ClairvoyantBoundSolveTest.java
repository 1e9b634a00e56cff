package dev.microtower.simulation.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.core.Cancellation;
import dev.microtower.core.Progress;
import dev.microtower.rebalancing.engine.TransportationSimplex;
import dev.microtower.simulation.domain.Bound;
import dev.microtower.simulation.domain.Policy;
import dev.microtower.simulation.domain.SimulationInputs;
import dev.microtower.simulation.domain.SimulationSettings;
import dev.microtower.simulation.domain.SuppliedStock;
import java.lang.ref.WeakReference;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * The clairvoyant bound with its SKUs shared out over a pool of threads is the bound solved on one
 * thread, to the cent and the unit: each SKU's problem is the same, whichever thread's solver (with
 * its work arrays left from other SKUs) takes it.
 */
class ClairvoyantBoundSolveTest {
    @Test
    void sharingTheSkusOutOverThreadsGivesTheBoundOfOneThread() {
        SimulationInputs in = GeneratedNetwork.of(60, 20_000, 30, 400, 7).inputs();
        SuppliedStock supplied = null;
        for (Policy p : Policy.values()) {
            SuppliedStock s = Replay.run(in, SimulationSettings.of(p), Progress.NONE, Cancellation.none())
                    .supplied();
            supplied = supplied == null ? s : supplied.max(s);
        }
        Bound alone =
                ClairvoyantBound.compute(in, SimulationSettings.DEFAULT, supplied, Progress.NONE, Cancellation.none());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            ClairvoyantBound.Demand demand =
                    ClairvoyantBound.demand(in, SimulationSettings.DEFAULT, Cancellation.none());
            for (int round = 0; round < 3; round++) {
                Bound shared = ClairvoyantBound.solve(demand, supplied, pool, Progress.NONE, Cancellation.none());
                assertEquals(alone, shared, "round " + round);
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(alone.cost() > 0 && alone.skus() > 100, alone.toString());
    }

    @Test
    void theSolversOfASolveAreNotLeftOnTheExecutorsThreads() throws Exception {
        SimulationInputs in = GeneratedNetwork.of(60, 20_000, 30, 400, 7).inputs();
        SuppliedStock supplied = Replay.run(
                        in, SimulationSettings.of(Policy.values()[0]), Progress.NONE, Cancellation.none())
                .supplied();
        ClairvoyantBound.Demand demand = ClairvoyantBound.demand(in, SimulationSettings.DEFAULT, Cancellation.none());
        List<WeakReference<TransportationSimplex>> made = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Bound shared = ClairvoyantBound.solve(demand, supplied, pool, Progress.NONE, Cancellation.none(), () -> {
                TransportationSimplex solver = new TransportationSimplex();
                made.add(new WeakReference<>(solver));
                return solver;
            });
            assertEquals(
                    ClairvoyantBound.solve(demand, supplied, Runnable::run, Progress.NONE, Cancellation.none()),
                    shared);
            assertTrue(made.size() > 1, made.size() + " solvers: the pool's threads took no SKUs");
            // the pool's threads are alive and idle: a solver they kept would never be collected
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (made.stream().anyMatch(r -> r.get() != null) && System.nanoTime() < deadline) {
                System.gc();
                Thread.sleep(50);
            }
            assertEquals(
                    0,
                    made.stream().filter(r -> r.get() != null).count(),
                    "solvers still held after the solve, of " + made.size());
        } finally {
            pool.shutdownNow();
        }
    }
}
