package dev.microtower.rebalancing.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.microtower.allocation.domain.AllocationPlan;
import dev.microtower.allocation.domain.StockTarget;
import dev.microtower.inventory.domain.AbcClass;
import dev.microtower.inventory.domain.Sku;
import dev.microtower.inventory.domain.StockLevel;
import dev.microtower.inventory.domain.TemperatureClass;
import dev.microtower.network.domain.Node;
import dev.microtower.network.domain.NodeType;
import dev.microtower.rebalancing.domain.RebalancingPlan;
import dev.microtower.rebalancing.reference.GreedyBaseline;
import dev.microtower.rebalancing.reference.OrToolsReference;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Seeded 200 nodes x 5,000 SKUs: our exact solver against OR-Tools MinCostFlow on the same
 * per-SKU problems in the same run, single thread, in several rounds after a warm-up (median and
 * range, with the load average, since the machine is shared), every problem's optimum equal to
 * OR-Tools'; then both on all cores, our shortest-path solver, the greedy nearest-surplus baseline
 * and the whole plan. Run with {@code ./mvnw -Pbench test -Dtest=RebalancingBench}.
 */
@Tag("bench")
class RebalancingBench {
    static final int NODES = 200;
    static final int SKUS = 5_000;
    static final long SEED = 42L;
    static final int ROUNDS = 5;

    record Instance(List<Node> nodes, List<Sku> skus, List<StockLevel> stock, AllocationPlan targets) {}

    static Instance instance() {
        Random r = new Random(SEED);
        List<Node> nodes = new ArrayList<>();
        for (int n = 0; n < NODES; n++) {
            NodeType type =
                    n < 4 ? NodeType.REGIONAL_DC : n % 3 == 0 ? NodeType.MICRO_FULFILLMENT_CENTER : NodeType.DARK_STORE;
            Node node = new Node(
                    dev.microtower.core.NodeCode.of(String.format("N%03d", n)),
                    "Node " + n,
                    type,
                    new dev.microtower.core.GeoPoint(37.35 + r.nextDouble() * 0.55, -122.45 + r.nextDouble() * 0.65),
                    null,
                    null,
                    null,
                    dev.microtower.network.domain.NodeStatus.ACTIVE,
                    null,
                    type == NodeType.REGIONAL_DC ? null : 400_000L,
                    null,
                    null,
                    null,
                    null,
                    1.0,
                    null);
            nodes.add(node);
        }
        List<Sku> skus = new ArrayList<>();
        List<StockLevel> stock = new ArrayList<>();
        List<StockTarget> targets = new ArrayList<>();
        for (int s = 0; s < SKUS; s++) {
            String code = String.format("S%05d", s);
            skus.add(Fixtures.sku(code, TemperatureClass.values()[r.nextInt(3)]));
            double popularity = 40.0 / Math.pow(1 + s, 0.6); // Zipf-like: a few fast movers, a long tail
            AbcClass abc = s < SKUS / 10 ? AbcClass.A : s < SKUS / 3 ? AbcClass.B : AbcClass.C;
            long networkTarget = 0;
            for (int n = 4; n < NODES; n++) {
                String node = nodes.get(n).code().value();
                double daily = popularity * (0.3 + r.nextDouble());
                long target = (long) Math.ceil(daily * 3 + 1.645 * Math.sqrt(daily));
                long max = (long) Math.ceil(daily * 7 + 1.645 * Math.sqrt(daily));
                networkTarget += target;
                double u = r.nextDouble();
                long position = u < 0.3
                        ? (long) (target * r.nextDouble())
                        : u < 0.5
                                ? max + 1 + (long) (max * r.nextDouble())
                                : target + (long) ((max - target) * r.nextDouble());
                stock.add(Fixtures.stock(node, code, position, 0, 0));
                targets.add(Fixtures.target(node, code, abc, daily, target, max, 1));
            }
            for (int n = 0; n < 4; n++) {
                String node = nodes.get(n).code().value();
                stock.add(Fixtures.stock(node, code, (long) (networkTarget * r.nextDouble() * 0.08), 0, 0));
                targets.add(Fixtures.target(node, code, abc, 0, 0, 0, 1));
            }
        }
        return new Instance(nodes, skus, stock, new AllocationPlan(targets, List.of(), List.of()));
    }

    @Test
    void ourExactSolverAgainstOrToolsAndTheGreedyBaseline() throws Exception {
        Instance inst = instance();
        RebalancingEngine engine = new RebalancingEngine(RebalancingSettings.DEFAULT);
        RebalancingEngine.Prepared prepared = engine.prepare(inst.nodes(), inst.skus(), inst.stock(), inst.targets());
        List<RebalancingEngine.SkuProblem> problems = prepared.problems;
        long arcs = problems.stream()
                .mapToLong(p -> (long) p.sources().length * p.sinks().length)
                .sum();
        System.out.printf(
                Locale.ROOT,
                "instance: %d nodes x %d SKUs -> %d per-SKU problems, %.1f sources, %.1f sinks, %d arcs on average%n",
                NODES,
                SKUS,
                problems.size(),
                problems.stream().mapToInt(p -> p.sources().length).average().orElse(0),
                problems.stream().mapToInt(p -> p.sinks().length).average().orElse(0),
                arcs / Math.max(1, problems.size()));
        OrToolsReference.load();

        // warm-up both (JIT, native code paths), then measure
        TransportationSimplex solver = new TransportationSimplex();
        TransportationSolver shortestPaths = new TransportationSolver();
        for (int k = 0; k < 300; k++) {
            solver.solve(problems.get(k).problem());
            shortestPaths.solve(problems.get(k).problem());
            OrToolsReference.optimalCost(problems.get(k).problem());
        }

        // single thread, several rounds (the machine is shared and noisy): ours and OR-Tools take
        // turns going first, and every problem's optimum must be the same in every round
        long[] referenceCosts = new long[problems.size()];
        double[] oursMs = new double[ROUNDS];
        double[] refMs = new double[ROUNDS];
        double[] ratios = new double[ROUNDS];
        long ours = 0;
        long reference = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long[] oursCosts = new long[problems.size()];
            long[] refCosts = new long[problems.size()];
            long oursNanos = 0;
            long refNanos = 0;
            for (int turn = 0; turn < 2; turn++) {
                boolean oursNow = (round + turn) % 2 == 0;
                long t0 = System.nanoTime();
                if (oursNow) {
                    for (int k = 0; k < problems.size(); k++) {
                        oursCosts[k] = solver.solve(problems.get(k).problem()).totalCost();
                    }
                    oursNanos = System.nanoTime() - t0;
                } else {
                    for (int k = 0; k < problems.size(); k++) {
                        refCosts[k] =
                                OrToolsReference.optimalCost(problems.get(k).problem());
                    }
                    refNanos = System.nanoTime() - t0;
                }
            }
            ours = 0;
            reference = 0;
            for (int k = 0; k < problems.size(); k++) {
                assertEquals(refCosts[k], oursCosts[k], "problem " + k + ": our optimum differs from OR-Tools'");
                if (round > 0) {
                    assertEquals(referenceCosts[k], refCosts[k], "problem " + k + " changed between rounds");
                }
                referenceCosts[k] = refCosts[k];
                ours += oursCosts[k];
                reference += refCosts[k];
            }
            oursMs[round] = oursNanos / 1e6;
            refMs[round] = refNanos / 1e6;
            ratios[round] = (double) refNanos / oursNanos;
            System.out.printf(
                    Locale.ROOT,
                    "round %d: ours %8.1f ms, OR-Tools %8.1f ms, %5.2fx faster, total cost %.2f = %.2f, load %s%n",
                    round + 1,
                    oursMs[round],
                    refMs[round],
                    ratios[round],
                    TransportationProblem.toCurrency(ours),
                    TransportationProblem.toCurrency(reference),
                    loadAverage());
        }

        long t0 = System.nanoTime();
        long ssp = 0;
        for (var p : problems) {
            ssp += shortestPaths.solve(p.problem()).totalCost();
        }
        long sspSingle = System.nanoTime() - t0;

        int cores = Runtime.getRuntime().availableProcessors();
        t0 = System.nanoTime();
        long oursPar = engine.solveAll(problems).stream()
                .mapToLong(TransportationSolution::totalCost)
                .sum();
        long oursParallel = System.nanoTime() - t0;

        ForkJoinPool pool = new ForkJoinPool(cores);
        t0 = System.nanoTime();
        long refPar = pool.submit(() -> problems.parallelStream()
                        .mapToLong(p -> OrToolsReference.optimalCost(p.problem()))
                        .sum())
                .get();
        long refParallel = System.nanoTime() - t0;
        pool.shutdown();

        long greedy = 0;
        for (var p : problems) {
            greedy += GreedyBaseline.cost(p.problem());
        }

        t0 = System.nanoTime();
        RebalancingPlan plan = engine.plan(inst.nodes(), inst.skus(), inst.stock(), inst.targets());
        long wholePlan = System.nanoTime() - t0;

        System.out.printf(
                Locale.ROOT,
                "ours, simplex (1 thread): median %8.1f ms (range %.1f-%.1f)   total cost %.2f%n",
                median(oursMs),
                min(oursMs),
                max(oursMs),
                TransportationProblem.toCurrency(ours));
        System.out.printf(
                Locale.ROOT,
                "OR-Tools (1 thread):      median %8.1f ms (range %.1f-%.1f)   total cost %.2f%n",
                median(refMs),
                min(refMs),
                max(refMs),
                TransportationProblem.toCurrency(reference));
        System.out.printf(
                Locale.ROOT,
                "ratio (1 thread):         median %8.2fx faster (range %.2f-%.2f), %d rounds, equal cost on all %d"
                        + " problems, load average %s%n",
                median(ratios),
                min(ratios),
                max(ratios),
                ROUNDS,
                problems.size(),
                loadAverage());
        System.out.printf(
                Locale.ROOT,
                "ours, shortest paths:     %8.1f ms   total cost %.2f%n",
                sspSingle / 1e6,
                TransportationProblem.toCurrency(ssp));
        System.out.printf(Locale.ROOT, "ours (%d threads):      %8.1f ms%n", cores, oursParallel / 1e6);
        System.out.printf(Locale.ROOT, "OR-Tools (%d threads):  %8.1f ms%n", cores, refParallel / 1e6);
        System.out.printf(
                Locale.ROOT, "ratio (%d threads):     %8.2fx faster%n", cores, (double) refParallel / oursParallel);
        System.out.printf(
                Locale.ROOT,
                "greedy nearest-surplus: total cost %.2f (%.2f%% above optimal)%n",
                TransportationProblem.toCurrency(greedy),
                100.0 * (greedy - ours) / ours);
        System.out.printf(
                Locale.ROOT,
                "whole plan (prepared inputs to explained suggestions, heuristic): %.1f ms, %d suggestions, %d units, "
                        + "exact %d shipments %.2f -> heuristic %d shipments %.2f total cost, stockouts %d -> %d%n",
                wholePlan / 1e6,
                plan.summary().suggestions(),
                plan.summary().unitsMoved(),
                plan.summary().exactShipments(),
                plan.summary().exactTotalCost(),
                plan.summary().shipments(),
                plan.summary().totalCost(),
                plan.summary().stockoutsBefore(),
                plan.summary().stockoutsAfter());
        assertEquals(reference, ours, "equal total cost");
        assertEquals(reference, ssp);
        assertEquals(refPar, oursPar);
    }

    /** The 1, 5 and 15 minute load averages, as uptime shows them. */
    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return String.format(
                    Locale.ROOT,
                    "%.2f",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }
}
