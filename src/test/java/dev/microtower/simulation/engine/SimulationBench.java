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
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
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
 * The heap target is 2 GB while the tests run with 3: add {@code -Dheadless.test.args=-Xmx2g} (the
 * later -Xmx wins).
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
            double bestCpu = Double.MAX_VALUE;
            SimulationResult indexed = null;
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            for (int i = 0; i < 3; i++) {
                long cpu0 = threads.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                indexed = Replay.run(in, settings, Progress.NONE, Cancellation.none());
                best = Math.min(best, seconds(t));
                bestCpu = Math.min(bestCpu, (threads.getCurrentThreadCpuTime() - cpu0) / 1e9);
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
            System.out.printf(
                    Locale.ROOT, "  indexed router CPU time %.3f s; load average %s%n", bestCpu, loadAverage());
            assertTrue(best <= 2.0, "the demo replays in 2 s or less, took " + best);
            assertTrue(indexed.network().get(Measure.ORDERS) == orders);
        }
    }

    @Test
    void twoThousandSitesAndTenMillionOrders() throws Exception {
        // the naive router tests 4,000 zones per order: it gets a sample of the same network's orders
        GeneratedNetwork sample = GeneratedNetwork.of(2_000, 20_000, 365, 500, 7);
        SimulationSettings settings = SimulationSettings.of(Policy.FEWEST_SPLITS);
        Replay.run(sample.inputs(), settings, Progress.NONE, Cancellation.none()); // warm-up
        long t = System.nanoTime();
        SimulationResult sampleIndexed = Replay.run(sample.inputs(), settings, Progress.NONE, Cancellation.none());
        double indexedSeconds = seconds(t);
        t = System.nanoTime();
        SimulationResult sampleNaive =
                Replay.runScanningEverySite(sample.inputs(), settings, Progress.NONE, Cancellation.none());
        double naiveSeconds = seconds(t);
        assertEquals(sampleIndexed.network(), sampleNaive.network(), "both routers decide alike");

        GeneratedNetwork g = GeneratedNetwork.of(2_000, 10_000_000, 365, 500, 7);
        String loadBefore = loadAverage();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        SimulationResult r = Replay.run(g.inputs(), settings, Progress.NONE, Cancellation.none());
        double s = seconds(t0);
        double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        Runtime rt = Runtime.getRuntime();
        double orders = r.network().get(Measure.ORDERS);
        System.out.printf(
                Locale.ROOT,
                "SimulationBench generated: 2,000 sites, %.0f orders over 365 days (made as they are read) in %.1f s"
                        + " (%.1f s of CPU) = %.0f orders/s; fill rate (lines) %.1f %%; heap max %d MB, peak used %d"
                        + " MB; load average before %s, after %s%n",
                orders,
                s,
                cpu,
                orders / s,
                100 * r.network().get(Measure.LINES_FILLED) / r.network().get(Measure.LINES),
                rt.maxMemory() >> 20,
                peak >> 20,
                loadBefore,
                loadAverage());
        System.out.printf(
                Locale.ROOT,
                "  same network, 20,000 orders: indexed router %.0f orders/s, naive router (every zone of every"
                        + " site) %.0f orders/s; ratio %.1fx%n",
                20_000 / indexedSeconds,
                20_000 / naiveSeconds,
                naiveSeconds / indexedSeconds);
        assertEquals(10_000_000, orders);
        assertTrue(s <= 60, "10 million orders in 60 s or less, took " + s);
    }

    /** The 1, 5 and 15 minute load averages: what else ran on the machine while we measured. */
    private static String loadAverage() throws IOException {
        Path proc = Path.of("/proc/loadavg");
        if (!Files.exists(proc)) {
            return "unknown";
        }
        String[] f = Files.readString(proc).trim().split("\\s+");
        return f[0] + " " + f[1] + " " + f[2];
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
