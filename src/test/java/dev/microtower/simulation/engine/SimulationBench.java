package dev.microtower.simulation.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.app.OpenSession;
import dev.microtower.core.Cancellation;
import dev.microtower.core.Progress;
import dev.microtower.core.ScenarioId;
import dev.microtower.demo.DemoNetworkGenerator;
import dev.microtower.demo.DemoOptions;
import dev.microtower.importexport.Importer;
import dev.microtower.simulation.domain.Measure;
import dev.microtower.simulation.domain.Policy;
import dev.microtower.simulation.domain.SimulationInputs;
import dev.microtower.simulation.domain.SimulationResult;
import dev.microtower.simulation.domain.SimulationSettings;
import dev.microtower.simulation.domain.SuppliedStock;
import dev.microtower.simulation.service.SimulationService;
import dev.microtower.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replay speed. The demo's full history through the indexed router against the naive router that
 * tests every zone of every site for every order, in the same run (both must decide alike); then a
 * generated 2,000-site network with 10 million orders streamed from memory. Run with {@code ./mvnw
 * -Pbench test -Dtest=SimulationBench} (add {@code -Dsimulation.db=PATH} to reuse a demo database
 * made by {@code microtower demo --db PATH}; otherwise the demo is generated and imported first).
 */
@Tag("bench")
class SimulationBench {
    @TempDir
    Path dir;

    @Test
    void demoReplayAgainstTheNaiveRouter() throws Exception {
        Path db = demoDatabase();
        try (OpenSession session = OpenSession.open(db)) {
            SimulationService service = session.get(SimulationService.class);
            long t0 = System.nanoTime();
            SimulationInputs in = service.inputs(
                    SimulationService.Request.of(ScenarioId.BASELINE), Progress.NONE, Cancellation.none());
            double read = seconds(t0);
            int orders = 0;
            for (var o : in.orders()) {
                orders++;
            }
            SimulationSettings settings = SimulationSettings.of(Policy.FEWEST_SPLITS);
            Replay.run(in, settings, Progress.NONE, Cancellation.none()); // warm-up
            double best = Double.MAX_VALUE;
            SimulationResult indexed = null;
            for (int i = 0; i < 3; i++) {
                long t = System.nanoTime();
                indexed = Replay.run(in, settings, Progress.NONE, Cancellation.none());
                best = Math.min(best, seconds(t));
            }
            long t = System.nanoTime();
            SimulationResult naive = Replay.runScanningEverySite(in, settings, Progress.NONE, Cancellation.none());
            double naiveSeconds = seconds(t);
            assertEquals(indexed.network(), naive.network(), "both routers decide alike");

            SuppliedStock supplied = indexed.supplied();
            for (Policy p : Policy.values()) {
                supplied = supplied.max(Replay.run(in, settings.withPolicy(p), Progress.NONE, Cancellation.none())
                        .supplied());
            }
            t = System.nanoTime();
            var bound = ClairvoyantBound.compute(in, settings, supplied, Progress.NONE, Cancellation.none());
            double boundSeconds = seconds(t);
            System.out.printf(
                    Locale.ROOT,
                    "SimulationBench demo: %d orders over %d days, %d sites, %d SKUs; inputs read in %.1f s%n",
                    orders,
                    in.days(),
                    in.nodes().size(),
                    indexed.supplied().skus().size(),
                    read);
            System.out.printf(
                    Locale.ROOT,
                    "  indexed router: %.3f s = %.0f orders/s; naive router (every zone of every site): %.3f s ="
                            + " %.0f orders/s; ratio %.1fx%n",
                    best,
                    orders / best,
                    naiveSeconds,
                    orders / naiveSeconds,
                    naiveSeconds / best);
            System.out.printf(
                    Locale.ROOT,
                    "  clairvoyant bound: %.3f s (cost %.0f vs policy %.0f)%n",
                    boundSeconds,
                    bound.cost(),
                    indexed.fulfilmentCost());
            assertTrue(best <= 2.0, "the demo replays in 2 s or less, took " + best);
            assertTrue(indexed.network().get(Measure.ORDERS) == orders);
        }
    }

    @Test
    void twoThousandSitesAndTenMillionOrders() {
        GeneratedNetwork g = GeneratedNetwork.of(2_000, 10_000_000, 365, 500, 7);
        long t0 = System.nanoTime();
        SimulationResult r =
                Replay.run(g.inputs(), SimulationSettings.of(Policy.FEWEST_SPLITS), Progress.NONE, Cancellation.none());
        double s = seconds(t0);
        Runtime rt = Runtime.getRuntime();
        System.out.printf(
                Locale.ROOT,
                "SimulationBench generated: 2,000 sites, %.0f orders over 365 days in %.1f s = %.0f orders/s;"
                        + " fill rate (lines) %.1f %%; heap max %d MB, used now %d MB%n",
                r.network().get(Measure.ORDERS),
                s,
                r.network().get(Measure.ORDERS) / s,
                100 * r.network().get(Measure.LINES_FILLED) / r.network().get(Measure.LINES),
                rt.maxMemory() >> 20,
                (rt.totalMemory() - rt.freeMemory()) >> 20);
        assertEquals(10_000_000, r.network().get(Measure.ORDERS));
        assertTrue(s <= 60, "10 million orders in 60 s or less, took " + s);
    }

    private Path demoDatabase() throws Exception {
        String given = System.getProperty("simulation.db");
        if (given != null && Files.exists(Path.of(given + ".mv.db"))) {
            return Path.of(given);
        }
        Path files = dir.resolve("files");
        DemoNetworkGenerator.generate(DemoOptions.bayArea(), files);
        Path db = dir.resolve("demo");
        try (Database database = Database.open(db)) {
            new Importer(database).importPath(files, ScenarioId.BASELINE);
        }
        return db;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
