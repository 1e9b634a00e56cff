package dev.microtower.design.engine;

import dev.microtower.core.Cancellation;
import dev.microtower.core.Progress;
import dev.microtower.design.domain.CandidateSite;
import dev.microtower.design.domain.DesignProblem;
import dev.microtower.design.domain.SiteLock;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * One branch-and-bound search over which sites open, bounded by Lagrangian relaxation (ADR 0020).
 *
 * <p>The demand constraints (every customer wholly served) are relaxed with a multiplier {@code
 * u_j} per customer. What is left falls apart by site: a site opened at {@code u} is worth its
 * fixed cost plus the best continuous knapsack of customers whose {@code u_j} exceeds the cost of
 * serving them from it (capacity as the knapsack's size). Which sites to open is then a fractional
 * covering knapsack: every site worth less than nothing, then the cheapest per unit of capacity
 * until the sites hold the whole demand (a constraint every design meets, which tightens the
 * bound). The most new sites and the budget are relaxed too, with one multiplier each. Any {@code
 * u} gives a lower bound; subgradient steps raise it, warm-started from the parent node.
 *
 * <p>At each node, the relaxation's open sites (rounded up) are served by the exact
 * transportation simplex ({@link OpenSetTransport}) for an upper bound, improved by closing and
 * opening single sites. Once a node's bound settles, the bound with each free site forced closed
 * and forced open is computed: a site whose forcing lifts the bound past the best design is fixed
 * the other way, and the search branches on the site whose weaker forcing lifts it most. Nodes are
 * taken best bound first, so the smallest open bound is always the proven lower bound.
 */
final class LagrangianSearch {
    private static final byte FREE = 0;
    private static final byte OPEN = 1;
    private static final byte CLOSED = -1;

    /** A node: the sites fixed so far, its bound, and where its parent's multipliers ended. */
    private record Node(byte[] state, double bound, double[] u, double lambda, double beta, double theta, int depth) {}

    /** What the search found, before it becomes a {@code DesignResult}. */
    record Outcome(OpenSetTransport.Evaluation best, double bound, boolean complete, long nodes) {}

    private final int m;
    private final int n;
    private final double[] cap;
    private final double[] fix;
    private final double[] dem;
    private final double[] cost;
    private final boolean[] isNew;
    private final byte[] locks;
    private final double totalDemand;
    private final double capacityEps;
    private final int maxNew;
    private final double budget;
    private final double tolerance;
    private final long deadline;
    private final Progress progress;
    private final Cancellation cancel;
    private final OpenSetTransport transport;
    private final Map<BitSet, Double> seen = new HashMap<>();

    private double upper = Double.POSITIVE_INFINITY;
    private OpenSetTransport.Evaluation incumbent;
    private long nodes;
    private double prunedMin = Double.POSITIVE_INFINITY;
    private long lastReport;

    // work arrays of one Lagrangian evaluation
    private final double[] w;
    private final double[] adjusted;
    private final double[] y;
    private final int[] taken;
    private final int[] takenCount;
    private final int[] fracItem;
    private final double[] fracVal;
    private final int[] kIdx;
    private final double[] kRatio;
    private final double[] g;
    private final int[] order;
    private final double[] orderKey;
    private int orderLen;
    private double gNew;
    private double gBudget;
    private double sumU;

    LagrangianSearch(
            DesignProblem problem,
            OpenSetTransport transport,
            double tolerance,
            long deadline,
            Progress progress,
            Cancellation cancel) {
        m = problem.siteCount();
        n = problem.customerCount();
        cap = new double[m];
        fix = new double[m];
        isNew = new boolean[m];
        locks = new byte[m];
        for (int i = 0; i < m; i++) {
            CandidateSite site = problem.sites().get(i);
            cap[i] = site.capacity();
            fix[i] = site.fixedCost();
            isNew[i] = !site.existing();
            locks[i] = site.lock() == SiteLock.OPEN ? OPEN : site.lock() == SiteLock.CLOSED ? CLOSED : FREE;
        }
        dem = problem.demands();
        cost = problem.costs();
        totalDemand = problem.totalDemand();
        capacityEps = 1e-9 * Math.max(1, totalDemand);
        maxNew = problem.limits().maxNewSites().orElse(-1);
        budget = problem.limits().budget().orElse(Double.NaN);
        this.tolerance = tolerance;
        this.deadline = deadline;
        this.progress = progress;
        this.cancel = cancel;
        this.transport = transport;
        w = new double[m];
        adjusted = new double[m];
        y = new double[m];
        taken = new int[m * n];
        takenCount = new int[m];
        fracItem = new int[m];
        fracVal = new double[m];
        kIdx = new int[n];
        kRatio = new double[n];
        g = new double[n];
        order = new int[m];
        orderKey = new double[m];
    }

    Outcome run() {
        double[] u0 = new double[n];
        for (int j = 0; j < n; j++) {
            double best = Double.POSITIVE_INFINITY;
            for (int i = 0; i < m; i++) {
                if (locks[i] != CLOSED) {
                    best = Math.min(best, cost[i * n + j]);
                }
            }
            u0[j] = best < Double.POSITIVE_INFINITY ? best : 0;
        }
        PriorityQueue<Node> queue = new PriorityQueue<>(Comparator.comparingDouble(Node::bound));
        queue.add(new Node(locks.clone(), Double.NEGATIVE_INFINITY, u0, 0, 0, 2.0, 0));
        boolean stopped = false;
        while (!queue.isEmpty()) {
            Node node = queue.poll();
            if (node.bound() >= upper - slack()) {
                prunedMin = Math.min(prunedMin, node.bound());
                // best bound first: every node left is at least as good as pruned
                for (Node left : queue) {
                    prunedMin = Math.min(prunedMin, left.bound());
                }
                queue.clear();
                break;
            }
            if (stop()) {
                queue.add(node);
                stopped = true;
                break;
            }
            nodes++;
            Node interrupted = process(node, queue);
            if (interrupted != null) {
                queue.add(interrupted);
                stopped = true;
                break;
            }
            report(queue);
        }
        double bound = prunedMin;
        for (Node left : queue) {
            bound = Math.min(bound, left.bound());
        }
        bound = Math.min(bound, upper);
        return new Outcome(incumbent, bound, !stopped, nodes);
    }

    private double slack() {
        return upper == Double.POSITIVE_INFINITY ? 0 : tolerance * Math.max(1, Math.abs(upper));
    }

    private boolean stop() {
        return cancel.isCancelled() || System.nanoTime() >= deadline;
    }

    private void report(PriorityQueue<Node> queue) {
        long now = System.nanoTime();
        if (now - lastReport < 200_000_000L) {
            return;
        }
        lastReport = now;
        double bound = queue.isEmpty() ? upper : Math.min(queue.peek().bound(), upper);
        String message = upper == Double.POSITIVE_INFINITY
                ? String.format(Locale.ROOT, "no design yet, bound %.2f, %d nodes", bound, nodes)
                : String.format(
                        Locale.ROOT,
                        "best design %.2f, bound %.2f (gap %.3f %%), %d nodes",
                        upper,
                        bound,
                        100 * Math.max(0, upper - bound) / Math.abs(upper),
                        nodes);
        progress.progress(nodes, 0, message);
    }

    /** Bounds one node, fixes what it can and branches; returns the node back if time ran out. */
    private Node process(Node node, PriorityQueue<Node> queue) {
        byte[] state = node.state().clone();
        boolean root = node.depth() == 0;
        double[] u = node.u().clone();
        double lambda = node.lambda();
        double beta = node.beta();
        double theta = node.theta();
        int maxIter = root ? 3000 : 120;
        int patience = root ? 30 : 8;
        double minTheta = root ? 1e-4 : 1e-3;
        double best = Double.NEGATIVE_INFINITY;
        double[] bestU = u.clone();
        double bestLambda = lambda;
        double bestBeta = beta;
        int since = 0;
        for (int iter = 0; iter < maxIter; iter++) {
            if ((iter & 15) == 0 && stop()) {
                return new Node(
                        node.state(), Math.max(node.bound(), best), bestU, bestLambda, bestBeta, theta, node.depth());
            }
            double value = lagrangian(u, lambda, beta, state);
            if (value == Double.POSITIVE_INFINITY) {
                return null; // no design fits the fixings
            }
            if (value > best + 1e-12 * Math.abs(value)) {
                best = value;
                System.arraycopy(u, 0, bestU, 0, n);
                bestLambda = lambda;
                bestBeta = beta;
                since = 0;
            } else {
                since++;
            }
            if (best >= upper - slack()) {
                prunedMin = Math.min(prunedMin, best);
                return null;
            }
            if (root ? iter % 25 == 0 : iter == 0) {
                heuristic(state);
                if (best >= upper - slack()) {
                    prunedMin = Math.min(prunedMin, best);
                    return null;
                }
            }
            double norm = subgradient(state, lambda, beta);
            if (norm < 1e-18) {
                break; // the relaxed solution meets every relaxed constraint
            }
            if (since >= patience) {
                theta /= 2;
                since = 0;
                if (theta < minTheta) {
                    break;
                }
            }
            double target = upper < Double.POSITIVE_INFINITY ? upper : best + 0.05 * Math.abs(best) + 1;
            double step = theta * (target - value) / norm;
            for (int j = 0; j < n; j++) {
                u[j] += step * g[j];
            }
            if (maxNew >= 0) {
                lambda = Math.max(0, lambda + step * gNew);
            }
            if (!Double.isNaN(budget)) {
                beta = Math.max(0, beta + step * gBudget);
            }
        }
        double bound = Math.max(node.bound(), lagrangian(bestU, bestLambda, bestBeta, state));
        if (bound == Double.POSITIVE_INFINITY) {
            return null;
        }
        heuristic(state);
        if (bound >= upper - slack()) {
            prunedMin = Math.min(prunedMin, bound);
            return null;
        }
        // the bound with each free site forced closed or forced open
        double base = lagrangian(bestU, bestLambda, bestBeta, state);
        double[] closed = new double[m];
        double[] opened = new double[m];
        boolean fixedAny = false;
        for (int i = 0; i < m; i++) {
            if (state[i] != FREE) {
                continue;
            }
            closed[i] = y[i] > 0 ? sumU + ySolve(state, bestLambda, bestBeta, i, CLOSED, false) : base;
            opened[i] = y[i] < 1 ? sumU + ySolve(state, bestLambda, bestBeta, i, OPEN, false) : base;
        }
        for (int i = 0; i < m; i++) {
            if (state[i] != FREE) {
                continue;
            }
            boolean mustOpen = closed[i] >= upper - slack();
            boolean mustClose = opened[i] >= upper - slack();
            if (mustOpen && mustClose) {
                prunedMin = Math.min(prunedMin, Math.min(closed[i], opened[i]));
                return null;
            }
            if (mustOpen) {
                state[i] = OPEN;
                fixedAny = true;
            } else if (mustClose) {
                state[i] = CLOSED;
                fixedAny = true;
            }
        }
        if (fixedAny) {
            double tighter = lagrangian(bestU, bestLambda, bestBeta, state);
            bound = Math.max(bound, tighter);
            if (bound >= upper - slack()) {
                prunedMin = Math.min(prunedMin, bound);
                return null;
            }
            heuristic(state);
        }
        int branch = -1;
        double score = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < m; i++) {
            if (state[i] == FREE) {
                double s = Math.min(closed[i], opened[i]);
                if (s > score) {
                    score = s;
                    branch = i;
                }
            }
        }
        if (branch < 0) {
            // every site fixed: the transportation problem is the node's exact value
            boolean[] open = new boolean[m];
            for (int i = 0; i < m; i++) {
                open[i] = state[i] == OPEN;
            }
            consider(open);
            prunedMin = Math.min(prunedMin, Math.max(bound, upper));
            return null;
        }
        double childTheta = Math.min(1.0, Math.max(theta * 4, 0.05));
        byte[] zero = state.clone();
        zero[branch] = CLOSED;
        byte[] one = state.clone();
        one[branch] = OPEN;
        queue.add(new Node(
                zero, Math.max(bound, closed[branch]), bestU, bestLambda, bestBeta, childTheta, node.depth() + 1));
        queue.add(new Node(
                one, Math.max(bound, opened[branch]), bestU, bestLambda, bestBeta, childTheta, node.depth() + 1));
        return null;
    }

    /** The Lagrangian bound at {@code u}; leaves the sites' weights, y and the knapsacks in the work arrays. */
    private double lagrangian(double[] u, double lambda, double beta, byte[] state) {
        double s = 0;
        for (int j = 0; j < n; j++) {
            s += u[j];
        }
        sumU = s;
        for (int i = 0; i < m; i++) {
            if (state[i] == CLOSED) {
                w[i] = Double.POSITIVE_INFINITY;
                adjusted[i] = Double.POSITIVE_INFINITY;
                continue;
            }
            w[i] = fix[i] - knapsack(i, u);
            double a = w[i];
            if (maxNew >= 0 && isNew[i]) {
                a += lambda;
            }
            if (!Double.isNaN(budget)) {
                a += beta * fix[i] / Math.max(budget, 1e-12);
            }
            adjusted[i] = a;
        }
        double constant = 0;
        if (maxNew >= 0) {
            constant -= lambda * maxNew;
        }
        if (!Double.isNaN(budget)) {
            constant -= beta;
        }
        double value = ySolve(state, lambda, beta, -1, FREE, true);
        return value == Double.POSITIVE_INFINITY ? value : s + constant + value;
    }

    /**
     * The covering knapsack over sites at the current weights: the cost of the sites chosen. With
     * {@code flip >= 0}, site {@code flip} is taken as {@code flipTo} and nothing is recorded; the
     * order of the costly sites comes from the last recorded solve.
     */
    private double ySolve(byte[] state, double lambda, double beta, int flip, byte flipTo, boolean record) {
        double value = 0;
        double capacity = 0;
        if (record) {
            Arrays.fill(y, 0);
            orderLen = 0;
        }
        for (int i = 0; i < m; i++) {
            byte st = i == flip ? flipTo : state[i];
            if (st == CLOSED) {
                continue;
            }
            double a = adjusted[i];
            if (st == OPEN || a <= 0) {
                value += a;
                capacity += cap[i];
                if (record) {
                    y[i] = 1;
                }
            } else if (record && cap[i] > 0) {
                order[orderLen] = i;
                orderKey[orderLen] = a / cap[i];
                orderLen++;
            }
        }
        if (record) {
            Sorting.ascending(orderKey, order, orderLen);
        }
        double need = totalDemand - capacity;
        for (int t = 0; t < orderLen && need > capacityEps; t++) {
            int i = order[t];
            if (i == flip) {
                continue;
            }
            double a = adjusted[i];
            if (cap[i] >= need) {
                value += a * need / cap[i];
                if (record) {
                    y[i] = need / cap[i];
                }
                need = 0;
            } else {
                value += a;
                need -= cap[i];
                if (record) {
                    y[i] = 1;
                }
            }
        }
        if (need > capacityEps) {
            return Double.POSITIVE_INFINITY;
        }
        if (!record) {
            double constant = 0;
            if (maxNew >= 0) {
                constant -= lambda * maxNew;
            }
            if (!Double.isNaN(budget)) {
                constant -= beta;
            }
            return value + constant;
        }
        return value;
    }

    /** The most a site gains at {@code u}: the continuous knapsack of customers worth more than they cost. */
    private double knapsack(int i, double[] u) {
        int row = i * n;
        int k = 0;
        double gain = 0;
        double demandSum = 0;
        double allGain = 0;
        int base = row;
        int count = 0;
        for (int j = 0; j < n; j++) {
            double r = u[j] - cost[row + j];
            if (r > 0) {
                if (dem[j] <= 0) {
                    gain += r;
                    taken[base + count++] = j;
                } else {
                    kIdx[k] = j;
                    kRatio[k] = r / dem[j];
                    k++;
                    demandSum += dem[j];
                    allGain += r;
                }
            }
        }
        fracItem[i] = -1;
        if (demandSum <= cap[i]) {
            for (int t = 0; t < k; t++) {
                taken[base + count++] = kIdx[t];
            }
            takenCount[i] = count;
            return gain + allGain;
        }
        Sorting.descending(kRatio, kIdx, k);
        double room = cap[i];
        for (int t = 0; t < k; t++) {
            int j = kIdx[t];
            double d = dem[j];
            if (d <= room) {
                room -= d;
                gain += kRatio[t] * d;
                taken[base + count++] = j;
            } else {
                if (room > 0) {
                    fracItem[i] = j;
                    fracVal[i] = room / d;
                    gain += kRatio[t] * room;
                }
                break;
            }
        }
        takenCount[i] = count;
        return gain;
    }

    /** Fills g with the relaxed constraints' slacks at the last evaluation; returns its squared norm. */
    private double subgradient(byte[] state, double lambda, double beta) {
        Arrays.fill(g, 1.0);
        double usedNew = 0;
        double usedBudget = 0;
        for (int i = 0; i < m; i++) {
            double yi = y[i];
            if (yi <= 0 || state[i] == CLOSED) {
                continue;
            }
            int base = i * n;
            for (int t = 0; t < takenCount[i]; t++) {
                g[taken[base + t]] -= yi;
            }
            if (fracItem[i] >= 0) {
                g[fracItem[i]] -= yi * fracVal[i];
            }
            if (isNew[i]) {
                usedNew += yi;
            }
            usedBudget += yi * fix[i];
        }
        double norm = 0;
        for (int j = 0; j < n; j++) {
            norm += g[j] * g[j];
        }
        gNew = maxNew >= 0 ? usedNew - maxNew : 0;
        gBudget = Double.isNaN(budget) ? 0 : usedBudget / Math.max(budget, 1e-12) - 1;
        // a multiplier at zero that its step would push below zero stays put: its part is left out
        if (maxNew >= 0 && (lambda > 0 || gNew > 0)) {
            norm += gNew * gNew;
        } else {
            gNew = 0;
        }
        if (!Double.isNaN(budget) && (beta > 0 || gBudget > 0)) {
            norm += gBudget * gBudget;
        } else {
            gBudget = 0;
        }
        return norm;
    }

    /** Opens the relaxation's sites (rounded up), repairs the limits and keeps the design if it is better. */
    private void heuristic(byte[] state) {
        boolean[] open = new boolean[m];
        for (int i = 0; i < m; i++) {
            open[i] = state[i] == OPEN || (state[i] == FREE && y[i] > 0);
        }
        // over a limit: drop the free sites worth least for their capacity while capacity lasts
        while (overLimits(open)) {
            int worst = -1;
            double worstKey = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < m; i++) {
                if (open[i] && state[i] == FREE && capacityOf(open) - cap[i] >= totalDemand - capacityEps) {
                    double key = w[i] / Math.max(cap[i], 1e-12);
                    if (key > worstKey) {
                        worstKey = key;
                        worst = i;
                    }
                }
            }
            if (worst < 0) {
                return;
            }
            open[worst] = false;
        }
        if (consider(open)) {
            improve();
        }
    }

    private boolean overLimits(boolean[] open) {
        int count = 0;
        double fixedSum = 0;
        for (int i = 0; i < m; i++) {
            if (open[i]) {
                count += isNew[i] ? 1 : 0;
                fixedSum += fix[i];
            }
        }
        return (maxNew >= 0 && count > maxNew) || (!Double.isNaN(budget) && fixedSum > budget * (1 + 1e-12));
    }

    private double capacityOf(boolean[] open) {
        double c = 0;
        for (int i = 0; i < m; i++) {
            if (open[i]) {
                c += cap[i];
            }
        }
        return c;
    }

    /** Serves the customers from exactly {@code open}; true if that is the best design so far. */
    private boolean consider(boolean[] open) {
        if (capacityOf(open) < totalDemand - capacityEps || overLimits(open)) {
            return false;
        }
        BitSet key = new BitSet(m);
        for (int i = 0; i < m; i++) {
            if (open[i]) {
                key.set(i);
            }
        }
        Double known = seen.get(key);
        if (known != null) {
            return false;
        }
        OpenSetTransport.Evaluation e = transport.evaluate(open);
        seen.put(key, e.cost());
        if (!e.feasible()) {
            return false;
        }
        // an open site that serves nothing only costs its fixed cost
        boolean[] used = new boolean[m];
        long[] flow = e.flow();
        int sinks = flow.length / Math.max(1, e.sites().length);
        for (int s = 0; s < e.sites().length; s++) {
            for (int t = 0; t < sinks; t++) {
                if (flow[s * sinks + t] > 0) {
                    used[e.sites()[s]] = true;
                    break;
                }
            }
        }
        boolean trimmed = false;
        for (int i = 0; i < m; i++) {
            if (open[i] && !used[i] && locks[i] == FREE && fix[i] > 0) {
                open[i] = false;
                trimmed = true;
            }
        }
        if (trimmed) {
            return consider(open) || takeIfBetter(e, open);
        }
        return takeIfBetter(e, open);
    }

    private boolean takeIfBetter(OpenSetTransport.Evaluation e, boolean[] open) {
        if (e.cost() < upper - 1e-12 * Math.abs(e.cost())) {
            upper = e.cost();
            incumbent = e;
            return true;
        }
        return false;
    }

    /** First-improvement local search from the incumbent: close one site, or open one. */
    private void improve() {
        boolean[] open = new boolean[m];
        for (int s : incumbent.sites()) {
            open[s] = true;
        }
        boolean better = true;
        while (better && !stop()) {
            better = false;
            for (int i = 0; i < m && !better; i++) {
                if (locks[i] != FREE) {
                    continue;
                }
                open[i] = !open[i];
                if (consider(open.clone())) {
                    better = true;
                    Arrays.fill(open, false);
                    for (int s : incumbent.sites()) {
                        open[s] = true;
                    }
                } else {
                    open[i] = !open[i];
                }
            }
        }
    }
}
