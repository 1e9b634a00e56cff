package dev.microtower.rebalancing.engine;

import dev.microtower.allocation.domain.AllocationPlan;
import dev.microtower.allocation.domain.StockTarget;
import dev.microtower.core.NodeCode;
import dev.microtower.core.Parallel;
import dev.microtower.core.SkuCode;
import dev.microtower.inventory.domain.AbcClass;
import dev.microtower.inventory.domain.Sku;
import dev.microtower.inventory.domain.StockLevel;
import dev.microtower.network.domain.Node;
import dev.microtower.network.domain.NodeType;
import dev.microtower.rebalancing.domain.PlanSummary;
import dev.microtower.rebalancing.domain.RebalancingPlan;
import dev.microtower.rebalancing.domain.SuggestionKind;
import dev.microtower.rebalancing.domain.TransferSuggestion;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;

/**
 * Proposes transfers and replenishments that bring stock to its targets at least cost.
 *
 * <p>Per SKU, each stocked node is in one of three states. Its position is on hand + in transit
 * - reserved. Below target it is a <b>sink</b> wanting {@code target - position}. Above its
 * maximum level it is a <b>source</b> offering {@code position - max}, but never more than it
 * physically holds unreserved. A regional DC is always a source of {@code on hand - reserved -
 * its own target}. Receipts are also bounded by capacity: a node's free room ({@code capacity -
 * sum of on hand + in transit}) goes to A items first, then B, then C. The transportation problem
 * between sources and sinks (cost per unit = km × rate of the SKU's temperature chain, shortage
 * penalty per unit left unmet) is solved exactly by {@link TransportationSimplex}, SKUs in
 * parallel. The {@link ShipmentConsolidator} then applies the per-shipment fixed cost. Every
 * suggestion carries its reason in numbers.
 */
public final class RebalancingEngine {
    private final RebalancingSettings settings;
    private final int parallelism;

    public RebalancingEngine(RebalancingSettings settings) {
        this(settings, Runtime.getRuntime().availableProcessors());
    }

    public RebalancingEngine(RebalancingSettings settings, int parallelism) {
        this.settings = settings;
        this.parallelism = Math.max(1, parallelism);
    }

    /** One SKU's transportation problem and the nodes behind its rows (sources) and columns (sinks). */
    record SkuProblem(int sku, int[] sources, int[] sinks, TransportationProblem problem) {}

    /** The network in arrays: node and SKU indices, stock, targets, distances, and the problems. */
    static final class Prepared {
        final List<Node> nodes;
        final List<Sku> skus;
        final double[][] km;
        final long[][] onHand;
        final long[][] reserved;
        final long[][] inTransit;
        final StockTarget[][] targets;
        final long[][] supply;
        final long[][] demand;
        final List<SkuProblem> problems = new ArrayList<>();

        Prepared(List<Node> nodes, List<Sku> skus) {
            this.nodes = nodes;
            this.skus = skus;
            int n = nodes.size();
            int s = skus.size();
            km = new double[n][n];
            onHand = new long[s][n];
            reserved = new long[s][n];
            inTransit = new long[s][n];
            targets = new StockTarget[s][n];
            supply = new long[s][n];
            demand = new long[s][n];
        }

        long position(int s, int n) {
            return onHand[s][n] + inTransit[s][n] - reserved[s][n];
        }
    }

    /** Builds the per-SKU problems from stock and targets; nodes that hold no stock are left out. */
    Prepared prepare(
            Collection<Node> network,
            Collection<Sku> catalogue,
            Collection<StockLevel> stock,
            AllocationPlan allocation) {
        List<Node> nodes = network.stream()
                .filter(Node::isStocked)
                .sorted(Comparator.comparing(Node::code))
                .toList();
        List<Sku> skus =
                catalogue.stream().sorted(Comparator.comparing(Sku::code)).toList();
        Prepared p = new Prepared(nodes, skus);
        Map<NodeCode, Integer> nodeIndex = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            nodeIndex.put(nodes.get(i).code(), i);
        }
        Map<SkuCode, Integer> skuIndex = new HashMap<>();
        for (int i = 0; i < skus.size(); i++) {
            skuIndex.put(skus.get(i).code(), i);
        }
        for (int a = 0; a < nodes.size(); a++) {
            for (int b = 0; b < nodes.size(); b++) {
                p.km[a][b] = nodes.get(a).location().distanceKm(nodes.get(b).location());
            }
        }
        for (StockLevel level : stock) {
            Integer n = nodeIndex.get(level.node());
            Integer s = skuIndex.get(level.sku());
            if (n != null && s != null) {
                p.onHand[s][n] = level.onHand();
                p.reserved[s][n] = level.reserved();
                p.inTransit[s][n] = level.inTransit();
            }
        }
        for (StockTarget t : allocation.targets()) {
            Integer n = nodeIndex.get(t.node());
            Integer s = skuIndex.get(t.sku());
            if (n != null && s != null) {
                p.targets[s][n] = t;
            }
        }
        for (int s = 0; s < skus.size(); s++) {
            for (int n = 0; n < nodes.size(); n++) {
                StockTarget t = p.targets[s][n];
                if (t == null) {
                    continue; // no target: the engine leaves this node x SKU alone
                }
                long free = Math.max(0, p.onHand[s][n] - p.reserved[s][n]);
                long position = p.position(s, n);
                if (nodes.get(n).type() == NodeType.REGIONAL_DC) {
                    p.supply[s][n] = Math.max(0, free - t.target());
                } else if (position < t.target()) {
                    p.demand[s][n] = t.target() - position;
                } else if (position > t.maxLevel()) {
                    p.supply[s][n] = Math.min(position - t.maxLevel(), free);
                }
            }
        }
        for (int n = 0; n < nodes.size(); n++) {
            Long capacity = nodes.get(n).storageCapacityUnits();
            if (capacity != null) {
                long held = 0;
                for (int s = 0; s < skus.size(); s++) {
                    held += p.onHand[s][n] + p.inTransit[s][n];
                }
                fitIntoRoom(p, n, Math.max(0, capacity - held));
            }
        }
        for (int s = 0; s < skus.size(); s++) {
            long penalty = penaltyOf(skus.get(s));
            int[] sources = indicesWithPositive(p.supply[s]);
            int[] sinks = indicesWithPositive(p.demand[s]);
            if (sinks.length == 0) {
                continue; // nobody short: nothing to decide (a SKU with sinks but no sources still counts its shortage)
            }
            p.problems.add(new SkuProblem(s, sources, sinks, problemOf(p, s, sources, sinks, penalty)));
        }
        return p;
    }

    /** A unit short of target costs the larger of the least shortage cost and the SKU's lost sale. */
    private long penaltyOf(Sku sku) {
        return TransportationProblem.toCostUnits(settings.shortageCost(sku));
    }

    private TransportationProblem problemOf(Prepared p, int s, int[] sources, int[] sinks, long penalty) {
        long[] sup = new long[sources.length];
        long[] dem = new long[sinks.length];
        long[] cost = new long[sources.length * sinks.length];
        for (int i = 0; i < sources.length; i++) {
            sup[i] = p.supply[s][sources[i]];
            for (int j = 0; j < sinks.length; j++) {
                cost[i * sinks.length + j] = unitCost(p, s, sources[i], sinks[j]);
            }
        }
        for (int j = 0; j < sinks.length; j++) {
            dem[j] = p.demand[s][sinks[j]];
        }
        return new TransportationProblem(sup, dem, cost, penalty);
    }

    long unitCost(Prepared p, int s, int from, int to) {
        return TransportationProblem.toCostUnits(
                p.km[from][to] * settings.perUnitKm(p.skus.get(s).temperatureClass()));
    }

    /** Cuts the node's wanted receipts to its free room: A items are served first, then B, then C. */
    private static void fitIntoRoom(Prepared p, int n, long room) {
        long wanted = 0;
        for (int s = 0; s < p.skus.size(); s++) {
            wanted += p.demand[s][n];
        }
        if (wanted <= room) {
            return;
        }
        for (AbcClass cls : AbcClass.values()) {
            long classWanted = 0;
            for (int s = 0; s < p.skus.size(); s++) {
                if (p.targets[s][n] != null && p.targets[s][n].abc() == cls) {
                    classWanted += p.demand[s][n];
                }
            }
            if (classWanted <= room) {
                room -= classWanted;
                continue;
            }
            long given = 0;
            for (int s = 0; s < p.skus.size(); s++) {
                if (p.targets[s][n] != null && p.targets[s][n].abc() == cls && p.demand[s][n] > 0) {
                    long share = classWanted == 0 ? 0 : p.demand[s][n] * room / classWanted;
                    p.demand[s][n] = share;
                    given += share;
                }
            }
            room -= given;
            // the rounding remainder (fewer units than SKUs) stays free: never above capacity
            for (int s = 0; s < p.skus.size(); s++) {
                StockTarget t = p.targets[s][n];
                if (t != null && t.abc().ordinal() > cls.ordinal()) {
                    p.demand[s][n] = 0;
                }
            }
            return;
        }
    }

    private static int[] indicesWithPositive(long[] values) {
        int count = 0;
        for (long v : values) {
            if (v > 0) {
                count++;
            }
        }
        int[] idx = new int[count];
        int k = 0;
        for (int i = 0; i < values.length; i++) {
            if (values[i] > 0) {
                idx[k++] = i;
            }
        }
        return idx;
    }

    /** Solves every SKU's problem exactly, in parallel; results are in the order of the problems. */
    List<TransportationSolution> solveAll(List<SkuProblem> problems) {
        return solveAll(problems, TransportationSimplex::new);
    }

    /**
     * As {@link #solveAll(List)}, with one solver from {@code solvers} per thread taking problems,
     * for this call only (a ThreadLocal's solver would stay on the pool's threads after it).
     */
    List<TransportationSolution> solveAll(List<SkuProblem> problems, Supplier<TransportationSimplex> solvers) {
        ForkJoinPool pool = new ForkJoinPool(parallelism);
        try {
            TransportationSolution[] solutions = new TransportationSolution[problems.size()];
            pool.submit(() -> Parallel.forEach(
                            problems.size(),
                            pool,
                            solvers,
                            (solver, k) ->
                                    solutions[k] = solver.solve(problems.get(k).problem())))
                    .get();
            return List.of(solutions);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("rebalancing interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "rebalancing failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    public RebalancingPlan plan(
            Collection<Node> network,
            Collection<Sku> catalogue,
            Collection<StockLevel> stock,
            AllocationPlan allocation) {
        Prepared p = prepare(network, catalogue, stock, allocation);
        List<TransportationSolution> solutions = solveAll(p.problems);
        int nodeCount = p.nodes.size();
        List<ShipmentConsolidator.Flow> flows = new ArrayList<>();
        Map<Long, Long> spare = new HashMap<>();
        long exactTransport = 0;
        long exactShortage = 0;
        for (int k = 0; k < p.problems.size(); k++) {
            SkuProblem sp = p.problems.get(k);
            TransportationSolution sol = solutions.get(k);
            exactTransport += sol.transportCost();
            exactShortage += sol.shortageUnits() * sp.problem().shortagePenalty();
            for (int i = 0; i < sp.sources().length; i++) {
                long shipped = 0;
                for (int j = 0; j < sp.sinks().length; j++) {
                    long q = sol.flow(i, j);
                    if (q > 0) {
                        flows.add(new ShipmentConsolidator.Flow(
                                sp.sku(),
                                sp.sources()[i],
                                sp.sinks()[j],
                                q,
                                sp.problem().cost(i, j)));
                        shipped += q;
                    }
                }
                long left = sp.problem().supply()[i] - shipped;
                if (left > 0) {
                    spare.put((long) sp.sku() * nodeCount + sp.sources()[i], left);
                }
            }
        }
        int exactLanes = countLanes(flows, nodeCount);
        long[] penaltyUnits = new long[p.skus.size()];
        for (int s = 0; s < penaltyUnits.length; s++) {
            penaltyUnits[s] = penaltyOf(p.skus.get(s));
        }
        ShipmentConsolidator consolidator = new ShipmentConsolidator(
                nodeCount,
                new ShipmentConsolidator.Costs() {
                    @Override
                    public long unitCost(int sku, int from, int to) {
                        return RebalancingEngine.this.unitCost(p, sku, from, to);
                    }

                    @Override
                    public long penalty(int sku) {
                        return penaltyUnits[sku];
                    }
                },
                TransportationProblem.toCostUnits(settings.fixedCostPerShipment()));
        List<ShipmentConsolidator.Flow> kept = consolidator.consolidate(flows, spare);

        long[][] received = new long[p.skus.size()][nodeCount];
        long[][] sent = new long[p.skus.size()][nodeCount];
        List<TransferSuggestion> suggestions = new ArrayList<>();
        long transport = 0;
        long units = 0;
        for (ShipmentConsolidator.Flow f : kept) {
            received[f.sku][f.to] += f.qty;
            sent[f.sku][f.from] += f.qty;
            transport += f.qty * f.unitCost;
            units += f.qty;
        }
        long[][] arrived = new long[p.skus.size()][nodeCount];
        for (ShipmentConsolidator.Flow f : kept) {
            Node from = p.nodes.get(f.from);
            Node to = p.nodes.get(f.to);
            double cost = TransportationProblem.toCurrency(f.qty * f.unitCost);
            suggestions.add(new TransferSuggestion(
                    from.code(),
                    to.code(),
                    p.skus.get(f.sku).code(),
                    from.type() == NodeType.REGIONAL_DC ? SuggestionKind.REPLENISHMENT : SuggestionKind.TRANSFER,
                    f.qty,
                    p.km[f.from][f.to],
                    cost,
                    headline(p, f, cost, arrived[f.sku][f.to]) + " " + reason(p, f, cost)));
            arrived[f.sku][f.to] += f.qty;
        }
        long shortAfterPlan = 0;
        for (SkuProblem sp : p.problems) {
            for (int j = 0; j < sp.sinks().length; j++) {
                shortAfterPlan += Math.max(0, sp.problem().demand()[j] - received[sp.sku()][sp.sinks()[j]])
                        * sp.problem().shortagePenalty();
            }
        }
        int[] stockouts = new int[2];
        long[] unitsShort = new long[2];
        double[] lost = new double[2];
        double[] lostCost = new double[2];
        double holdingPerWeek = 0;
        for (int s = 0; s < p.skus.size(); s++) {
            double unitCost = p.skus.get(s).unitCost().doubleValue();
            double lostSaleCost = settings.lostSaleCost(p.skus.get(s));
            for (int n = 0; n < nodeCount; n++) {
                holdingPerWeek +=
                        (p.onHand[s][n] + p.inTransit[s][n]) * unitCost * settings.holdingRatePerYear() / 52.0;
                StockTarget t = p.targets[s][n];
                if (t == null || !t.stocked() || p.nodes.get(n).type() == NodeType.REGIONAL_DC) {
                    continue;
                }
                long need = (long) Math.ceil(t.dailyForecast() * Math.max(1.0, t.leadTimeDays()) - 1e-9);
                long before = p.position(s, n);
                long after = before + received[s][n] - sent[s][n];
                double lostBefore = LostSales.expected(before, t.dailyForecast(), t.sigmaDaily(), t.leadTimeDays());
                double lostAfter = LostSales.expected(after, t.dailyForecast(), t.sigmaDaily(), t.leadTimeDays());
                lost[0] += lostBefore;
                lost[1] += lostAfter;
                lostCost[0] += lostBefore * lostSaleCost;
                lostCost[1] += lostAfter * lostSaleCost;
                if (before < need) {
                    stockouts[0]++;
                    unitsShort[0] += need - before;
                }
                if (after < need) {
                    stockouts[1]++;
                    unitsShort[1] += need - after;
                }
            }
        }
        PlanSummary summary = new PlanSummary(
                nodeCount,
                p.skus.size(),
                suggestions.size(),
                units,
                TransportationProblem.toCurrency(transport),
                countLanes(kept, nodeCount),
                settings.fixedCostPerShipment(),
                TransportationProblem.toCurrency(shortAfterPlan),
                TransportationProblem.toCurrency(exactTransport),
                exactLanes,
                TransportationProblem.toCurrency(exactShortage),
                stockouts[0],
                stockouts[1],
                unitsShort[0],
                unitsShort[1],
                new PlanSummary.Money(
                        settings.ambientPerUnitKm(),
                        settings.chilledPerUnitKm(),
                        settings.frozenPerUnitKm(),
                        settings.lostSaleBasis().name(),
                        settings.holdingRatePerYear(),
                        lost[0],
                        lost[1],
                        lostCost[0],
                        lostCost[1],
                        holdingPerWeek));
        return new RebalancingPlan(suggestions, summary);
    }

    private static int countLanes(List<ShipmentConsolidator.Flow> flows, int nodes) {
        return (int) flows.stream()
                .mapToLong(f -> (long) f.from * nodes + f.to)
                .distinct()
                .count();
    }

    /**
     * The move in a planner's words: "3 units, 1.2 days of cover → 4.5 days, avoids ~2.1 lost sales
     * (≈ 84.00) for 6.30 transport." {@code earlier} units of the same SKU reach the destination
     * from moves listed before this one, so each move is credited only with what it adds.
     */
    private String headline(Prepared p, ShipmentConsolidator.Flow f, double cost, long earlier) {
        StockTarget dt = p.targets[f.sku][f.to];
        long before = p.position(f.sku, f.to) + earlier;
        long after = before + f.qty;
        double daily = dt.dailyForecast();
        String cover;
        if (daily * 7 < 1) {
            cover = String.format(
                    Locale.ROOT,
                    "%s, %d → %d in stock (sells about %.1f a week)",
                    units(f.qty),
                    before,
                    after,
                    daily * 7);
        } else {
            cover = String.format(
                    Locale.ROOT, "%s, %.1f days of cover → %.1f days", units(f.qty), before / daily, after / daily);
        }
        double avoided = LostSales.expected(before, daily, dt.sigmaDaily(), dt.leadTimeDays())
                - LostSales.expected(after, daily, dt.sigmaDaily(), dt.leadTimeDays());
        return String.format(
                Locale.ROOT,
                "%s, avoids ~%.1f lost sales (≈ %.2f) for %.2f transport.",
                cover,
                avoided,
                avoided * settings.lostSaleCost(p.skus.get(f.sku)),
                cost);
    }

    /** "Oakland MFC: 1.2 days of cover vs 3.0 target; San Leandro dark store: 11.0 days vs 4.0 max; ..." */
    private static String reason(Prepared p, ShipmentConsolidator.Flow f, double cost) {
        Node from = p.nodes.get(f.from);
        Node to = p.nodes.get(f.to);
        StockTarget dt = p.targets[f.sku][f.to];
        StockTarget st = p.targets[f.sku][f.from];
        String dest = to.name() + ": " + coverVs(p.position(f.sku, f.to), dt.dailyForecast(), dt.target(), "target");
        String src;
        if (from.type() == NodeType.REGIONAL_DC) {
            long free = p.onHand[f.sku][f.from] - p.reserved[f.sku][f.from];
            src = String.format(
                    Locale.ROOT, "%s: %s free at the DC (own target %d)", from.name(), units(free), st.target());
        } else if (!st.stocked()) {
            src = String.format(
                    Locale.ROOT,
                    "%s: %d units, rule '%s' (%s) does not stock it there",
                    from.name(),
                    p.position(f.sku, f.from),
                    st.rule(),
                    st.policy());
        } else {
            src = from.name() + ": " + coverVs(p.position(f.sku, f.from), st.dailyForecast(), st.maxLevel(), "max");
        }
        return String.format(
                Locale.ROOT, "%s; %s; %s over %.1f km for %.2f", dest, src, units(f.qty), p.km[f.from][f.to], cost);
    }

    private static String units(long quantity) {
        return quantity == 1 ? "1 unit" : quantity + " units";
    }

    private static String coverVs(long position, double daily, long level, String what) {
        if (daily <= 0) {
            return String.format(Locale.ROOT, "%d units vs %d %s (no forecast demand)", position, level, what);
        }
        if (daily * 7 < 1) {
            // a slow mover's target in days reads as "724 days": say units and the weekly rate instead
            return String.format(
                    Locale.ROOT, "%d units vs %d %s (sells about %.1f a week)", position, level, what, daily * 7);
        }
        return String.format(Locale.ROOT, "%.1f days of cover vs %.1f %s", position / daily, level / daily, what);
    }
}
