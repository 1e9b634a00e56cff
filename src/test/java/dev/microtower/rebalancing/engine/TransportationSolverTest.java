package dev.microtower.rebalancing.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.rebalancing.reference.OrToolsReference;
import dev.microtower.rebalancing.reference.RandomProblems;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TransportationSolverTest {
    private final TransportationSolver solver = new TransportationSolver();
    private final TransportationSimplex simplex = new TransportationSimplex();

    @Test
    void sendsEachSinkItsCheapestSupplyWhenThereIsEnough() {
        // two sources, two sinks; the crossing costs are cheaper than the straight ones
        TransportationProblem p =
                new TransportationProblem(new long[] {10, 10}, new long[] {6, 4}, new long[] {5, 1, 2, 7}, 100);
        TransportationSolution s = solver.solve(p);
        // source 0 -> sink 1 (cost 1) x4, source 1 -> sink 0 (cost 2) x6
        assertArrayEquals(new long[] {0, 4, 6, 0}, s.flow());
        assertArrayEquals(new long[] {0, 4, 6, 0}, simplex.solve(p).flow());
        assertEquals(4 * 1 + 6 * 2, s.transportCost());
        assertEquals(0, s.shortageUnits());
    }

    @Test
    void givesScarceSupplyToTheSinkWhereItSavesMost() {
        // one source with 5 units, two sinks wanting 5 each; sink 1 is closer, so it gets all 5
        TransportationProblem p = new TransportationProblem(new long[] {5}, new long[] {5, 5}, new long[] {30, 10}, 50);
        TransportationSolution s = solver.solve(p);
        assertArrayEquals(new long[] {0, 5}, s.flow());
        assertArrayEquals(new long[] {0, 5}, simplex.solve(p).flow());
        assertEquals(5 * 10 + 5 * 50, s.totalCost());
        assertEquals(5, s.shortageUnits());
    }

    @Test
    void leavesDemandShortWhenShippingCostsMoreThanThePenalty() {
        TransportationProblem p = new TransportationProblem(new long[] {9}, new long[] {3}, new long[] {80}, 50);
        TransportationSolution s = solver.solve(p);
        assertEquals(0, s.shippedUnits());
        assertEquals(0, simplex.solve(p).shippedUnits());
        assertEquals(3 * 50, s.totalCost());
    }

    @Test
    void reroutesEarlierFlowWhenALaterSinkNeedsTheCheapSource() {
        // three sources, three sinks: the greedy "cheapest arc first" choice (0->0 at 1) is wrong
        // optimum: 0->1 (2) x5, 1->0 (3) x5, 2->2 (4) x5 = 45; greedy pays 1*5 + 3*5 + ... more
        TransportationProblem p = new TransportationProblem(
                new long[] {5, 5, 5}, new long[] {5, 5, 5}, new long[] {1, 2, 9, 3, 20, 9, 9, 20, 4}, 1000);
        TransportationSolution s = solver.solve(p);
        assertEquals(45, s.totalCost());
        assertEquals(45, simplex.solve(p).totalCost());
        assertEquals(15, s.shippedUnits());
    }

    @Test
    void matchesOrToolsMinCostFlowOnFiveHundredSeededRandomSkus() {
        Random random = new Random(20260701L);
        long ours = 0;
        long reference = 0;
        for (int sku = 0; sku < 500; sku++) {
            TransportationProblem p = RandomProblems.next(random, 25, 40);
            TransportationSolution s = simplex.solve(p);
            long ref = OrToolsReference.optimalCost(p);
            assertEquals(ref, s.totalCost(), "SKU " + sku + " (simplex) differs from the reference");
            assertFeasible(p, s);
            TransportationSolution ssp = solver.solve(p);
            assertEquals(ref, ssp.totalCost(), "SKU " + sku + " (shortest paths) differs from the reference");
            assertFeasible(p, ssp);
            ours += s.totalCost();
            reference += ref;
        }
        assertTrue(Math.abs(ours - reference) <= 1e-9 * Math.abs(reference), ours + " vs " + reference);
    }

    private static void assertFeasible(TransportationProblem p, TransportationSolution s) {
        for (int i = 0; i < p.sources(); i++) {
            long out = 0;
            for (int j = 0; j < p.sinks(); j++) {
                assertTrue(s.flow(i, j) >= 0);
                out += s.flow(i, j);
            }
            assertTrue(out <= p.supply()[i]);
        }
        for (int j = 0; j < p.sinks(); j++) {
            long in = 0;
            for (int i = 0; i < p.sources(); i++) {
                in += s.flow(i, j);
            }
            assertTrue(in <= p.demand()[j]);
        }
    }
}
