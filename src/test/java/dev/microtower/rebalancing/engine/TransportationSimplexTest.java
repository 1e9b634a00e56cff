package dev.microtower.rebalancing.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.rebalancing.reference.OrToolsReference;
import dev.microtower.rebalancing.reference.RandomProblems;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The transportation simplex against OR-Tools' MinCostFlow (an independent solver) and our
 * shortest-path solver, on random problems of every shape the engine can produce and on the
 * degenerate corners: ties everywhere, zero supplies and demands, a single lane, no sources, no
 * sinks, routes priced at or above the penalty, far more supply than demand and the reverse.
 */
class TransportationSimplexTest {
    private final TransportationSimplex simplex = new TransportationSimplex();
    private final TransportationSolver shortestPaths = new TransportationSolver();

    @AfterEach
    void theSimplexSolvedEveryProblemItself() {
        assertEquals(0, simplex.fallbacks(), "problems handed to the fallback solver");
    }

    @Test
    void matchesOrToolsOnTwoThousandRandomProblemsWithTiesZerosAndUnbalancedTotals() {
        Random random = new Random(20261201L);
        for (int k = 0; k < 2_000; k++) {
            TransportationProblem p = awkward(random);
            assertOptimal(p, "random problem " + k);
        }
    }

    @Test
    void matchesOrToolsOnCityShapedProblems() {
        Random random = new Random(77L);
        for (int k = 0; k < 500; k++) {
            assertOptimal(RandomProblems.next(random, 60, 80), "city problem " + k);
        }
    }

    @Test
    void matchesOrToolsOnProblemsLargerThanTheBenchmarks() {
        Random random = new Random(5L);
        for (int k = 0; k < 4; k++) {
            assertOptimal(RandomProblems.next(random, 150, 250), "large problem " + k);
        }
    }

    @Test
    void solvesEverySingleLaneCase() {
        // {supply, demand, cost, penalty, expected total}
        long[][] cases = {
            {10, 4, 3, 50, 4 * 3},
            {4, 10, 3, 50, 4 * 3 + 6 * 50},
            {4, 10, 50, 50, 10 * 50},
            {4, 10, 49, 50, 4 * 49 + 6 * 50},
            {0, 10, 3, 50, 10 * 50},
            {10, 0, 3, 50, 0},
            {0, 0, 3, 50, 0},
            {7, 7, 0, 0, 0},
            {7, 7, 0, 1, 0},
        };
        for (long[] c : cases) {
            TransportationProblem p =
                    new TransportationProblem(new long[] {c[0]}, new long[] {c[1]}, new long[] {c[2]}, c[3]);
            TransportationSolution s = assertOptimal(p, "lane " + Arrays.toString(c));
            assertEquals(c[4], s.totalCost(), "lane " + Arrays.toString(c));
        }
    }

    @Test
    void leavesEveryUnitShortWhenNoSourceHasStockAndCostsNothingWithoutSinks() {
        TransportationProblem noSources = new TransportationProblem(new long[0], new long[] {3, 4}, new long[0], 9);
        assertEquals(7 * 9, assertOptimal(noSources, "no sources").totalCost());
        TransportationProblem noSinks = new TransportationProblem(new long[] {3, 4}, new long[0], new long[0], 9);
        assertEquals(0, assertOptimal(noSinks, "no sinks").totalCost());
    }

    @Test
    void findsTheOptimumWhenEveryCostAndEveryQuantityIsTheSame() {
        // the most degenerate basis there is: every start is optimal, every pivot moves nothing
        int size = 30;
        long[] supply = new long[size];
        long[] demand = new long[size];
        long[] cost = new long[size * size];
        Arrays.fill(supply, 5);
        Arrays.fill(demand, 5);
        Arrays.fill(cost, 7);
        TransportationProblem p = new TransportationProblem(supply, demand, cost, 100);
        assertEquals(size * 5 * 7, assertOptimal(p, "all equal").totalCost());
    }

    @Test
    void neverShipsOnARouteThatCostsAtLeastThePenalty() {
        Random random = new Random(3L);
        for (int k = 0; k < 300; k++) {
            TransportationProblem p = awkward(random);
            TransportationSolution s = simplex.solve(p);
            for (int i = 0; i < p.sources(); i++) {
                for (int j = 0; j < p.sinks(); j++) {
                    if (p.cost(i, j) >= p.shortagePenalty()) {
                        assertEquals(0, s.flow(i, j), "problem " + k + " ships " + i + " -> " + j);
                    }
                }
            }
        }
    }

    @Test
    void givesTheSameAnswerWhenOneSolverIsReusedForProblemsOfChangingSize() {
        // the solver keeps its work arrays between calls: leftovers of a larger problem must not leak
        Random random = new Random(11L);
        List<TransportationProblem> problems = new ArrayList<>();
        for (int k = 0; k < 200; k++) {
            problems.add(k % 3 == 0 ? RandomProblems.next(random, 90, 120) : awkward(random));
        }
        TransportationSimplex reused = new TransportationSimplex();
        for (int k = 0; k < problems.size(); k++) {
            TransportationProblem p = problems.get(k);
            TransportationSolution fresh = new TransportationSimplex().solve(p);
            TransportationSolution again = reused.solve(p);
            assertEquals(0, reused.fallbacks(), "problem " + k + " went to the fallback");
            assertEquals(fresh.totalCost(), again.totalCost(), "problem " + k);
            assertEquals(OrToolsReference.optimalCost(p), again.totalCost(), "problem " + k);
        }
    }

    /** Small problems from a coarse cost grid (many ties), with zeros, and either side in excess. */
    private static TransportationProblem awkward(Random random) {
        int sources = 1 + random.nextInt(random.nextBoolean() ? 4 : 25);
        int sinks = 1 + random.nextInt(random.nextBoolean() ? 4 : 30);
        int supplyScale = random.nextInt(3) == 0 ? 200 : 20;
        int demandScale = random.nextInt(3) == 0 ? 200 : 20;
        long[] supply = new long[sources];
        for (int i = 0; i < sources; i++) {
            supply[i] = random.nextInt(4) == 0 ? 0 : random.nextInt(supplyScale);
        }
        long[] demand = new long[sinks];
        for (int j = 0; j < sinks; j++) {
            demand[j] = random.nextInt(4) == 0 ? 0 : random.nextInt(demandScale);
        }
        int grid = random.nextBoolean() ? 4 : 1_000;
        long[] cost = new long[sources * sinks];
        for (int c = 0; c < cost.length; c++) {
            cost[c] = random.nextInt(grid) * 10L;
        }
        long penalty = random.nextInt(10) == 0 ? 0 : random.nextInt(grid + 1) * 10L + random.nextInt(2) * 5;
        return new TransportationProblem(supply, demand, cost, penalty);
    }

    /** Checks the simplex against both references, feasibility and its own bookkeeping. */
    private TransportationSolution assertOptimal(TransportationProblem p, String what) {
        TransportationSolution s = simplex.solve(p);
        assertEquals(OrToolsReference.optimalCost(p), s.totalCost(), what + ": simplex differs from OR-Tools");
        assertEquals(shortestPaths.solve(p).totalCost(), s.totalCost(), what + ": simplex differs from shortest paths");
        long transport = 0;
        long shipped = 0;
        for (int i = 0; i < p.sources(); i++) {
            long out = 0;
            for (int j = 0; j < p.sinks(); j++) {
                long f = s.flow(i, j);
                assertTrue(f >= 0, what + ": negative flow");
                out += f;
                transport += f * p.cost(i, j);
            }
            assertTrue(out <= p.supply()[i], what + ": source " + i + " ships more than it has");
            shipped += out;
        }
        for (int j = 0; j < p.sinks(); j++) {
            long in = 0;
            for (int i = 0; i < p.sources(); i++) {
                in += s.flow(i, j);
            }
            assertTrue(in <= p.demand()[j], what + ": sink " + j + " gets more than it wants");
        }
        assertEquals(transport, s.transportCost(), what + ": transport cost");
        assertEquals(p.totalDemand() - shipped, s.shortageUnits(), what + ": units short");
        assertEquals(transport + s.shortageUnits() * p.shortagePenalty(), s.totalCost(), what + ": total");
        return s;
    }
}
