package dev.microtower.rebalancing.engine;

import java.util.Arrays;

/**
 * Exact solver for one {@link TransportationProblem} by the transportation simplex (the network
 * simplex specialised to a bipartite graph), the engine's default.
 *
 * <p>The problem is first balanced: a dummy row "shortage" supplies every sink at the penalty and
 * a dummy column "left over" takes any unshipped supply at no cost, so every unit of supply and
 * demand is placed and the objective is transport plus penalties. The start serves each sink from
 * its cheapest sources with stock left; shortages and left-overs take the rest, and zero-flow
 * cells join the pieces into a spanning tree (rows + columns - 1 basic cells). The tree is kept
 * as parent, depth and potential per node ({@code u_i + v_j = c_ij} on basic cells). Each pivot
 * prices a block of cells (at least one row), takes the most negative reduced cost {@code c_ij -
 * u_i - v_j}, finds its cycle by walking both ends up to their common ancestor, sends as much as
 * possible round it and re-hangs only the subtree that changes side, shifting only its
 * potentials. No negative reduced cost left means optimal. Routes that cost at least the penalty
 * never enter. Integer arithmetic, so quantities are whole units and the optimum is exact; if
 * degenerate pivots ever stall, or the costs are too large for exact potentials, the solve falls
 * back to {@link TransportationSolver}. Keeps its work arrays between calls, so it is not
 * thread-safe: one instance per thread.
 */
public final class TransportationSimplex {
    private final TransportationSolver fallback = new TransportationSolver();
    private long[] cost = new long[0];
    private int[] adjArc = new int[0];
    private long[] pot = new long[0];
    private int[] parent = new int[0];
    private int[] parentArc = new int[0];
    private int[] depth = new int[0];
    private int[] deg = new int[0];
    private int[] stack = new int[0];
    private int[] set = new int[0];
    private long[] left = new long[0];
    private int[] bRow = new int[0];
    private int[] bCol = new int[0];
    private long[] bFlow = new long[0];
    private int[] posRow = new int[0];
    private int[] posCol = new int[0];
    private int m;
    private int n;
    private int arcs;
    private int stalls;

    public TransportationSolution solve(TransportationProblem problem) {
        final int sources = problem.sources();
        final int sinks = problem.sinks();
        final long penalty = problem.shortagePenalty();
        if (sources == 0 || sinks == 0) {
            return fallback.solve(problem);
        }
        m = sources + 1;
        n = sinks + 1;
        final int nodes = m + n;
        if ((long) nodes * Math.max(1, penalty) >= Long.MAX_VALUE / 8) {
            stalls++;
            return fallback.solve(problem);
        }
        ensureCapacity();
        // potentials stay within nodes x penalty, so this cost never prices negative
        final long forbidden = Long.MAX_VALUE / 4;
        final long[] unit = problem.unitCost();
        final long[] c = cost;
        for (int i = 0; i < sources; i++) {
            int row = i * n;
            int from = i * sinks;
            for (int j = 0; j < sinks; j++) {
                long u = unit[from + j];
                c[row + j] = u < penalty ? u : forbidden;
            }
            c[row + sinks] = 0;
        }
        int shortRow = sources * n;
        Arrays.fill(c, shortRow, shortRow + sinks, penalty);
        c[shortRow + sinks] = 0;

        if (!start(problem, penalty)) {
            stalls++;
            return fallback.solve(problem);
        }
        // block search: price at least one row (and about sqrt(cells)), enter the most negative cell;
        // with pivots this cheap, small blocks beat scanning a third of the matrix per pivot
        final int block = (int) Math.max(n, Math.sqrt((double) m * n));
        int scanRow = 0;
        long maxPivots = 50L * m * n + 1000;
        final long[] p = pot;
        for (long pivots = 0; ; pivots++) {
            if (pivots > maxPivots) {
                stalls++;
                return fallback.solve(problem);
            }
            int enter = -1;
            long best = 0;
            int scanned = 0;
            int row = scanRow;
            for (int rows = 0; rows < m; rows++) {
                long ui = p[row];
                int base = row * n;
                for (int j = 0; j < n; j++) {
                    long r = c[base + j] - ui - p[m + j];
                    if (r < best) {
                        best = r;
                        enter = base + j;
                    }
                }
                scanned += n;
                row = row + 1 == m ? 0 : row + 1;
                if (enter >= 0 && scanned >= block) {
                    break;
                }
            }
            if (enter < 0) {
                break;
            }
            scanRow = row;
            pivot(enter / n, enter % n);
        }

        long[] flow = new long[sources * sinks];
        long transport = 0;
        long shortage = 0;
        for (int e = 0; e < arcs; e++) {
            int i = bRow[e];
            int j = bCol[e];
            long q = bFlow[e];
            if (q == 0 || j == sinks) {
                continue;
            }
            if (i == sources) {
                shortage += q;
            } else {
                flow[i * sinks + j] += q;
                transport += q * unit[i * sinks + j];
            }
        }
        return new TransportationSolution(flow, sinks, transport, shortage, transport + shortage * penalty);
    }

    /**
     * How many problems this instance handed to the shortest-path solver because the simplex
     * could not finish them itself (problems without sources or sinks not counted): tests check
     * that the simplex does the work.
     */
    int fallbacks() {
        return stalls;
    }

    /** Builds the starting basis tree; false if it did not come out as a spanning tree. */
    private boolean start(TransportationProblem problem, long penalty) {
        final int sources = m - 1;
        final int sinks = n - 1;
        final int nodes = m + n;
        final long[] rest = left;
        System.arraycopy(problem.supply(), 0, rest, 0, sources);
        rest[sources] = problem.totalDemand();
        for (int j = 0; j < sinks; j++) {
            rest[m + j] = problem.demand()[j];
        }
        rest[m + sinks] = problem.totalSupply();
        for (int x = 0; x < nodes; x++) {
            set[x] = x;
            deg[x] = 0;
        }
        arcs = 0;
        cheapestSourcePerSink(penalty, rest);
        for (int j = 0; j < sinks; j++) {
            if (rest[m + j] > 0) {
                add(sources, j, rest[m + j]);
            }
        }
        for (int i = 0; i < m; i++) {
            if (rest[i] > 0) {
                add(i, sinks, rest[i]);
            }
        }
        int leftOver = m + sinks;
        for (int i = 0; i < m; i++) {
            if (find(i) != find(leftOver)) {
                add(i, sinks, 0);
            }
        }
        for (int j = 0; j < sinks; j++) {
            if (find(m + j) != find(sources)) {
                add(sources, j, 0);
            }
        }
        if (arcs != nodes - 1) {
            return false;
        }
        // hang the tree from the left-over column
        parent[leftOver] = -1;
        parentArc[leftOver] = -1;
        depth[leftOver] = 0;
        pot[leftOver] = 0;
        hang(leftOver);
        return true;
    }

    /**
     * Serves the sinks one after the other, each from its cheapest sources that still have stock
     * (the column-minimum rule). Every cell it fills empties its source or its sink, so the cells
     * never close a cycle. It lands further from the optimum than least-cost or Vogel starts, but
     * costs one pass over the cost matrix instead of a sort of all cells, and the cheap pivots
     * close the gap sooner than a sort would.
     */
    private void cheapestSourcePerSink(long penalty, long[] rest) {
        final int sources = m - 1;
        final int sinks = n - 1;
        final long[] c = cost;
        long supplyLeft = 0;
        for (int i = 0; i < sources; i++) {
            supplyLeft += rest[i];
        }
        for (int j = 0; j < sinks && supplyLeft > 0; j++) {
            while (rest[m + j] > 0 && supplyLeft > 0) {
                int bi = -1;
                long bc = penalty;
                for (int i = 0; i < sources; i++) {
                    long cc = c[i * n + j];
                    if (cc < bc && rest[i] > 0) {
                        bc = cc;
                        bi = i;
                    }
                }
                if (bi < 0) {
                    break;
                }
                long q = Math.min(rest[bi], rest[m + j]);
                add(bi, j, q);
                supplyLeft -= q;
            }
        }
    }

    /** Makes cell (i, j) basic with q units, in the adjacency lists and the union-find. */
    private void add(int i, int j, long q) {
        int e = arcs++;
        bRow[e] = i;
        bCol[e] = j;
        bFlow[e] = q;
        left[i] -= q;
        left[m + j] -= q;
        int col = m + j;
        posRow[e] = deg[i];
        adjArc[i * n + deg[i]++] = e;
        posCol[e] = deg[col];
        adjArc[m * n + j * m + deg[col]++] = e;
        int a = find(i);
        int b = find(col);
        if (a != b) {
            set[a] = b;
        }
    }

    private int find(int x) {
        while (set[x] != x) {
            set[x] = set[set[x]];
            x = set[x];
        }
        return x;
    }

    /** Sets parent, depth and potential of every node below {@code top}, whose own are set. */
    private void hang(int top) {
        final int[] st = stack;
        final long[] c = cost;
        final int rowsEnd = m * n;
        int sp = 0;
        st[sp++] = top;
        while (sp > 0) {
            int x = st[--sp];
            int up = parentArc[x];
            int off = x < m ? x * n : rowsEnd + (x - m) * m;
            int d = deg[x];
            long px = pot[x];
            int dy = depth[x] + 1;
            for (int h = 0; h < d; h++) {
                int e = adjArc[off + h];
                if (e == up) {
                    continue;
                }
                int y = x < m ? m + bCol[e] : bRow[e];
                parent[y] = x;
                parentArc[y] = e;
                depth[y] = dy;
                pot[y] = c[bRow[e] * n + bCol[e]] - px;
                st[sp++] = y;
            }
        }
    }

    /** Brings cell (ei, ej) into the basis, sends the most flow round its cycle, updates the tree. */
    private void pivot(int ei, int ej) {
        final int a = ei;
        final int b = m + ej;
        int x = a;
        int y = b;
        while (x != y) {
            if (depth[x] >= depth[y]) {
                x = parent[x];
            } else {
                y = parent[y];
            }
        }
        final int apex = x;
        // the cycle runs apex -> a, a -> b (entering), b -> apex; the cells that give up flow are
        // those above rows on a's side and above columns on b's side. On ties take the last one in
        // that order (Cunningham's rule, which rules out cycling on strongly feasible trees; our
        // start is not always one, hence the pivot limit)
        long theta = Long.MAX_VALUE;
        int leave = -1;
        boolean onB = false;
        for (x = a; x != apex; x = parent[x]) {
            if (x < m) {
                long f = bFlow[parentArc[x]];
                if (f < theta) {
                    theta = f;
                    leave = x;
                }
            }
        }
        for (y = b; y != apex; y = parent[y]) {
            if (y >= m) {
                long f = bFlow[parentArc[y]];
                if (f <= theta) {
                    theta = f;
                    leave = y;
                    onB = true;
                }
            }
        }
        if (theta > 0) {
            for (x = a; x != apex; x = parent[x]) {
                bFlow[parentArc[x]] += x < m ? -theta : theta;
            }
            for (y = b; y != apex; y = parent[y]) {
                bFlow[parentArc[y]] += y >= m ? -theta : theta;
            }
        }
        int out = parentArc[leave];
        unlink(out);
        bRow[out] = ei;
        bCol[out] = ej;
        bFlow[out] = theta;
        posRow[out] = deg[ei];
        adjArc[ei * n + deg[ei]++] = out;
        posCol[out] = deg[b];
        adjArc[m * n + ej * m + deg[b]++] = out;
        int q = onB ? b : a;
        int p = onB ? a : b;
        parent[q] = p;
        parentArc[q] = out;
        depth[q] = depth[p] + 1;
        pot[q] = cost[ei * n + ej] - pot[p];
        hang(q);
    }

    /** Takes basic cell e out of both adjacency lists (swap with the last entry). */
    private void unlink(int e) {
        int i = bRow[e];
        int last = adjArc[i * n + --deg[i]];
        adjArc[i * n + posRow[e]] = last;
        posRow[last] = posRow[e];
        int col = m + bCol[e];
        int off = m * n + bCol[e] * m;
        last = adjArc[off + --deg[col]];
        adjArc[off + posCol[e]] = last;
        posCol[last] = posCol[e];
    }

    private void ensureCapacity() {
        int cells = m * n;
        int nodes = m + n;
        if (cost.length < cells) {
            cost = new long[cells];
            adjArc = new int[2 * cells];
        }
        if (pot.length < nodes) {
            pot = new long[nodes];
            parent = new int[nodes];
            parentArc = new int[nodes];
            depth = new int[nodes];
            deg = new int[nodes];
            stack = new int[nodes];
            set = new int[nodes];
            left = new long[nodes];
            bRow = new int[nodes];
            bCol = new int[nodes];
            bFlow = new long[nodes];
            posRow = new int[nodes];
            posCol = new int[nodes];
        }
    }
}
