package dev.microtower.rebalancing.engine;

import java.util.Arrays;

/**
 * Exact solver for one {@link TransportationProblem} by the transportation simplex (the network
 * simplex specialised to a bipartite graph), the engine's default.
 *
 * <p>The problem is first balanced: a dummy row "shortage" supplies every sink at the penalty and
 * a dummy column "left over" takes any unshipped supply at no cost, so every unit of supply and
 * demand is placed and the objective is transport plus penalties. A least-cost start fills real routes
 * in order of increasing cost, then shortages, then left-overs (the usual rule keeps exactly rows + columns - 1 basic cells, a
 * spanning tree). Then each pivot computes the duals u, v from the tree ({@code u_i + v_j =
 * c_ij} on basic cells), looks for a cell with negative reduced cost {@code c_ij - u_i - v_j} by
 * block search (scan a block of cells, take the most negative, move on), and sends as much as
 * possible round the cycle the cell closes in the tree. No negative reduced cost left means
 * optimal. Routes that cost at least the penalty are priced out of reach. Integer arithmetic,
 * so quantities are whole units and the optimum is exact; if degenerate pivots ever stall, the
 * solve falls back to {@link TransportationSolver}. Not thread-safe: one instance per thread.
 */
public final class TransportationSimplex {
    private final TransportationSolver fallback = new TransportationSolver();
    private long[] costBuffer = new long[0];
    private long[] keyBuffer = new long[0];

    public TransportationSolution solve(TransportationProblem problem) {
        final int sources = problem.sources();
        final int sinks = problem.sinks();
        if (sources == 0 || sinks == 0) {
            return fallback.solve(problem);
        }
        final long penalty = problem.shortagePenalty();
        final int m = sources + 1;
        final int n = sinks + 1;
        final int cells = m * n;
        long maxCost = penalty;
        for (long c : problem.unitCost()) {
            if (c < penalty) {
                maxCost = Math.max(maxCost, c);
            }
        }
        final long forbidden = maxCost + penalty + 1;
        if (costBuffer.length < cells) {
            costBuffer = new long[cells];
            keyBuffer = new long[cells];
        }
        final long[] cost = costBuffer;
        for (int i = 0; i < sources; i++) {
            for (int j = 0; j < sinks; j++) {
                long c = problem.unitCost()[i * sinks + j];
                cost[i * n + j] = c < penalty ? c : forbidden;
            }
            cost[i * n + sinks] = 0;
        }
        for (int j = 0; j < sinks; j++) {
            cost[sources * n + j] = penalty;
        }
        cost[sources * n + sinks] = 0;
        long totalSupply = problem.totalSupply();
        long totalDemand = problem.totalDemand();
        long[] rowLeft = new long[m];
        long[] colLeft = new long[n];
        System.arraycopy(problem.supply(), 0, rowLeft, 0, sources);
        rowLeft[sources] = totalDemand;
        System.arraycopy(problem.demand(), 0, colLeft, 0, sinks);
        colLeft[sinks] = totalSupply;

        // least-cost start: m + n - 1 basic cells forming a spanning tree
        final int basics = m + n - 1;
        int[] bRow = new int[basics];
        int[] bCol = new int[basics];
        long[] bFlow = new long[basics];
        // fill real routes first, then shortages, and only then "left over": filling the free
        // left-over column first would park all supply there and leave the pivots all the work
        long[] keys = keyBuffer;
        int keyCount = 0;
        boolean packable = forbidden < Long.MAX_VALUE / 2 / cells;
        for (int c = 0; c < cells; c++) {
            if (c % n != sinks) {
                keys[keyCount++] = packable ? cost[c] * cells + c : c;
            }
        }
        if (packable) {
            Arrays.sort(keys, 0, keyCount);
        } else {
            sortByCost(keys, keyCount, cost);
        }
        for (int i = 0; i < m; i++) {
            keys[keyCount++] = packable ? (forbidden + 1) * cells + (i * n + sinks) : i * n + sinks;
        }
        boolean[] rowDone = new boolean[m];
        boolean[] colDone = new boolean[n];
        int rowsLeft = m;
        int colsLeft = n;
        int k = 0;
        for (int idx = 0; idx < cells && k < basics; idx++) {
            int cell = (int) (packable ? keys[idx] % cells : keys[idx]);
            int i = cell / n;
            int j = cell % n;
            if (rowDone[i] || colDone[j]) {
                continue;
            }
            long q = Math.min(rowLeft[i], colLeft[j]);
            bRow[k] = i;
            bCol[k] = j;
            bFlow[k] = q;
            k++;
            rowLeft[i] -= q;
            colLeft[j] -= q;
            // cross out exactly one line per cell, except the last, so the basis stays a tree
            if (rowLeft[i] == 0 && rowsLeft > 1) {
                rowDone[i] = true;
                rowsLeft--;
            } else if (colLeft[j] == 0 && colsLeft > 1) {
                colDone[j] = true;
                colsLeft--;
            } else if (rowLeft[i] == 0) {
                rowDone[i] = true;
                rowsLeft--;
            } else {
                colDone[j] = true;
                colsLeft--;
            }
        }
        if (k != basics) {
            return fallback.solve(problem);
        }

        final int nodes = m + n;
        long[] pot = new long[nodes]; // u for rows 0..m-1, v for columns m..m+n-1
        boolean[] known = new boolean[nodes];
        int[] head = new int[nodes];
        int[] next = new int[2 * basics];
        int[] edgeOf = new int[2 * basics];
        int[] queue = new int[nodes];
        int[] parentEdge = new int[nodes];
        int[] cycle = new int[nodes];
        int block = Math.max(
                16, cells / 3); // about a third of the cells: fewer pivots than tiny blocks, cheaper than full Dantzig
        int scanRow = 0;
        int maxPivots = 50 * cells + 1000;
        for (int pivot = 0; ; pivot++) {
            if (pivot > maxPivots) {
                return fallback.solve(problem);
            }
            // adjacency of the basis tree
            Arrays.fill(head, -1);
            for (int e = 0; e < basics; e++) {
                int a = bRow[e];
                int b = m + bCol[e];
                edgeOf[2 * e] = e;
                next[2 * e] = head[a];
                head[a] = 2 * e;
                edgeOf[2 * e + 1] = e;
                next[2 * e + 1] = head[b];
                head[b] = 2 * e + 1;
            }
            // duals: u_0 = 0, then u_i + v_j = c_ij along the tree
            Arrays.fill(known, false);
            pot[0] = 0;
            known[0] = true;
            int qh = 0;
            int qt = 0;
            queue[qt++] = 0;
            while (qh < qt) {
                int x = queue[qh++];
                for (int h = head[x]; h >= 0; h = next[h]) {
                    int e = edgeOf[h];
                    int y = x < m ? m + bCol[e] : bRow[e];
                    if (!known[y]) {
                        pot[y] = cost[bRow[e] * n + bCol[e]] - pot[x];
                        known[y] = true;
                        queue[qt++] = y;
                    }
                }
            }
            // block search for an entering cell, a whole row at a time
            int enter = -1;
            long best = 0;
            int scanned = 0;
            int row = scanRow;
            while (scanned < cells) {
                long ui = pot[row];
                int base = row * n;
                for (int j = 0; j < n; j++) {
                    long r = cost[base + j] - ui - pot[m + j];
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
                break; // no negative reduced cost: optimal
            }
            scanRow = row;
            int ei = enter / n;
            int ej = enter % n;
            // the tree path from column ej to row ei closes the cycle with the entering cell
            Arrays.fill(parentEdge, -2);
            int start = m + ej;
            parentEdge[start] = -1;
            qh = 0;
            qt = 0;
            queue[qt++] = start;
            while (qh < qt && parentEdge[ei] == -2) {
                int x = queue[qh++];
                for (int h = head[x]; h >= 0; h = next[h]) {
                    int e = edgeOf[h];
                    int y = x < m ? m + bCol[e] : bRow[e];
                    if (parentEdge[y] == -2) {
                        parentEdge[y] = e;
                        queue[qt++] = y;
                    }
                }
            }
            // walk from row ei back to column ej; odd positions give up flow
            int len = 0;
            int x = ei;
            while (x != start) {
                int e = parentEdge[x];
                cycle[len++] = e;
                x = x < m ? m + bCol[e] : bRow[e];
            }
            long theta = Long.MAX_VALUE;
            int leave = -1;
            for (int p = 0; p < len; p += 2) {
                int e = cycle[p];
                if (bFlow[e] < theta) {
                    theta = bFlow[e];
                    leave = e;
                }
            }
            for (int p = 0; p < len; p++) {
                int e = cycle[p];
                bFlow[e] += (p % 2 == 0) ? -theta : theta;
            }
            bRow[leave] = ei;
            bCol[leave] = ej;
            bFlow[leave] = theta;
        }

        long[] flow = new long[sources * sinks];
        long transport = 0;
        long shortage = 0;
        for (int e = 0; e < basics; e++) {
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
                transport += q * problem.unitCost()[i * sinks + j];
            }
        }
        return new TransportationSolution(flow, sinks, transport, shortage, transport + shortage * penalty);
    }

    /** Sorts cell indices by cost when costs are too large to pack cost and index into one long. */
    private static void sortByCost(long[] keys, int count, long[] cost) {
        Long[] boxed = new Long[count];
        for (int c = 0; c < count; c++) {
            boxed[c] = keys[c];
        }
        Arrays.sort(boxed, (a, b) -> Long.compare(cost[(int) (long) a], cost[(int) (long) b]));
        for (int c = 0; c < count; c++) {
            keys[c] = boxed[c];
        }
    }
}
