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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Seeded 200 nodes x 5,000 SKUs: our exact solver against OR-Tools MinCostFlow on the same
 * per-SKU problems in the same run, plus the greedy nearest-surplus baseline. Run with
 * {@code ./mvnw -Pbench test -Dtest=RebalancingBench}.
 */
@Tag("bench")
class RebalancingBench {
    static final int NODES = 200;
    static final int SKUS = 5_000;
    static final long SEED = 42L;

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

        long t0 = System.nanoTime();
        long ours = 0;
        for (var p : problems) {
            ours += solver.solve(p.problem()).totalCost();
        }
        long oursSingle = System.nanoTime() - t0;

        t0 = System.nanoTime();
        long ssp = 0;
        for (var p : problems) {
            ssp += shortestPaths.solve(p.problem()).totalCost();
        }
        long sspSingle = System.nanoTime() - t0;

        t0 = System.nanoTime();
        long reference = 0;
        for (var p : problems) {
            reference += OrToolsReference.optimalCost(p.problem());
        }
        long refSingle = System.nanoTime() - t0;

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
                "ours, simplex (1 thr): %8.1f ms   total cost %.2f%n",
                oursSingle / 1e6,
                TransportationProblem.toCurrency(ours));
        System.out.printf(
                Locale.ROOT,
                "ours, shortest paths:  %8.1f ms   total cost %.2f%n",
                sspSingle / 1e6,
                TransportationProblem.toCurrency(ssp));
        System.out.printf(
                Locale.ROOT,
                "OR-Tools (1 thread):   %8.1f ms   total cost %.2f%n",
                refSingle / 1e6,
                TransportationProblem.toCurrency(reference));
        System.out.printf(Locale.ROOT, "ratio (1 thread):      %8.2fx faster%n", (double) refSingle / oursSingle);
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
}
