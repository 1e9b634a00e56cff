package dev.microtower.simulation.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.core.Cancellation;
import dev.microtower.core.Progress;
import dev.microtower.simulation.domain.Bound;
import dev.microtower.simulation.domain.Policy;
import dev.microtower.simulation.domain.SimulationInputs;
import dev.microtower.simulation.domain.SimulationSettings;
import dev.microtower.simulation.domain.SuppliedStock;
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
}
