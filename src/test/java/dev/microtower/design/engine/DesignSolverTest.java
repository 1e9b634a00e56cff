package dev.microtower.design.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.core.Cancellation;
import dev.microtower.core.Progress;
import dev.microtower.design.BruteForce;
import dev.microtower.design.DesignInstances;
import dev.microtower.design.domain.BindingConstraint;
import dev.microtower.design.domain.CandidateSite;
import dev.microtower.design.domain.DesignLimits;
import dev.microtower.design.domain.DesignProblem;
import dev.microtower.design.domain.DesignResult;
import dev.microtower.design.domain.DesignStatus;
import dev.microtower.design.domain.Infeasibility;
import dev.microtower.design.domain.SiteLock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DesignSolverTest {
    static final double INF = Double.POSITIVE_INFINITY;

    /**
     * Sites A (capacity 10, fixed 30), B (10, 40), C (12, 60); customers of demand 6, 6, 6 and 4
     * (22 in all); whole-demand costs from A, B, C: c1 6/30/18, c2 30/6/18, c3 12/12/12, c4 20/20/4.
     * No single site holds 22, nor do A and B (20). {A,C} (fixed 90) is full to the unit: C alone
     * would serve at 52, moving 10 units to A saves 2 a unit of c1 (6 units), 0 on c3, loses on
     * c2 and c4, so A takes c1 and 4 units of c3: 52 - 12 = 40, total 130, c3 split 4/6 A, 2/6 C.
     * {B,C}: 100 + 40 = 140. {A,B,C}: 130 + 6 + 6 + 12 + 4 = 158. The optimum is 130.
     */
    static DesignProblem byHand() {
        List<CandidateSite> sites = List.of(
                CandidateSite.candidate("A", 10, 30),
                CandidateSite.candidate("B", 10, 40),
                CandidateSite.candidate("C", 12, 60));
        double[] demand = {6, 6, 6, 4};
        double[] cost = {
            6, 30, 12, 20, // A
            30, 6, 12, 20, // B
            18, 18, 12, 4 // C
        };
        return new DesignProblem(sites, demand, cost, DesignLimits.NONE);
    }

    static DesignResult solve(DesignProblem p) {
        return new DesignSolver()
                .solve(
                        p,
                        DesignSolver.Options.withTimeLimit(Duration.ofSeconds(30)),
                        Progress.NONE,
                        Cancellation.none());
    }

    static DesignProblem lock(DesignProblem p, int site, SiteLock lock) {
        List<CandidateSite> sites = new ArrayList<>(p.sites());
        sites.set(site, sites.get(site).withLock(lock));
        return p.withSites(sites);
    }

    @Test
    void theHandWorkedInstanceOpensAAndCAndSplitsTheThirdCustomer() {
        DesignResult r = solve(byHand());
        assertEquals(DesignStatus.OPTIMAL, r.status());
        assertEquals(130, r.cost(), 1e-6);
        assertEquals(List.of(0, 2), r.openSites());
        assertTrue(r.bound() <= r.cost() + 1e-9 && r.bound() >= 130 * (1 - 1e-6), "bound " + r.bound());
        double fromA = r.shares().stream()
                .filter(s -> s.customer() == 2 && s.site() == 0)
                .mapToDouble(DesignResult.Share::fraction)
                .sum();
        assertEquals(4.0 / 6, fromA, 1e-9);
    }

    @Test
    void aSiteLockedOpenStaysOpenAndTheRestIsChosenAroundIt() {
        // B locked open: {B,C} at 140 beats {A,B,C} at 158 (see byHand)
        DesignResult r = solve(lock(byHand(), 1, SiteLock.OPEN));
        assertEquals(DesignStatus.OPTIMAL, r.status());
        assertEquals(140, r.cost(), 1e-6);
        assertEquals(List.of(1, 2), r.openSites());
    }

    @Test
    void aSiteLockedClosedNeverOpens() {
        // A locked closed: {B,C} at 140 is the best left
        DesignResult r = solve(lock(byHand(), 0, SiteLock.CLOSED));
        assertEquals(140, r.cost(), 1e-6);
        assertEquals(List.of(1, 2), r.openSites());
    }

    @Test
    void closingTheOnlyLargeSiteIsExplainedAsCapacityShortByTwo() {
        DesignResult r = solve(lock(byHand(), 2, SiteLock.CLOSED));
        assertEquals(DesignStatus.INFEASIBLE, r.status());
        Infeasibility why = r.infeasibility().orElseThrow();
        assertEquals(BindingConstraint.CAPACITY, why.binding());
        assertEquals(2, why.unservedDemand(), 1e-9);
        assertTrue(
                why.explanation().contains("hold 20 between them, the demand is 22, so 2 of demand"),
                why.explanation());
        assertTrue(why.explanation().contains("1 site locked closed would add 12"), why.explanation());
    }

    @Test
    void oneNewSiteAtMostIsExplainedAsTheLimitBinding() {
        DesignResult r = solve(byHand().withLimits(DesignLimits.NONE.withMaxNewSites(1)));
        assertEquals(DesignStatus.INFEASIBLE, r.status());
        Infeasibility why = r.infeasibility().orElseThrow();
        assertEquals(BindingConstraint.MAX_NEW_SITES, why.binding());
        assertEquals(10, why.unservedDemand(), 1e-9); // C alone holds 12 of 22
        assertTrue(why.explanation().contains("at most 1 new site the sites hold at most 12"), why.explanation());
    }

    @Test
    void aBudgetBelowEveryWorkableSetIsExplainedAsTheBudgetBinding() {
        // within 85 the most capacity is A and B (fixed 70): 20 of 22
        DesignResult r = solve(byHand().withLimits(DesignLimits.NONE.withBudget(85)));
        Infeasibility why = r.infeasibility().orElseThrow();
        assertEquals(BindingConstraint.BUDGET, why.binding());
        assertEquals(2, why.unservedDemand(), 1e-9);
        assertTrue(why.explanation().contains("a budget of 85 pays for hold at most 20"), why.explanation());
        // within 95, A and C (90) fit: the optimum is unchanged
        assertEquals(
                130,
                solve(byHand().withLimits(DesignLimits.NONE.withBudget(95))).cost(),
                1e-6);
        // within 90 exactly too
        assertEquals(
                130,
                solve(byHand().withLimits(DesignLimits.NONE.withBudget(90))).cost(),
                1e-6);
    }

    @Test
    void aCustomerOnlyAClosedSiteCanServeIsNamed() {
        DesignProblem p = byHand();
        double[] cost = p.costs();
        cost[0 * 4 + 3] = INF; // customer 4 only from C
        cost[1 * 4 + 3] = INF;
        List<CandidateSite> sites = new ArrayList<>(p.sites());
        sites.set(2, sites.get(2).withLock(SiteLock.CLOSED));
        sites.add(CandidateSite.candidate("D", 30, 500)); // enough capacity, but D cannot serve customer 4 either
        double[] wider = new double[4 * 4];
        System.arraycopy(cost, 0, wider, 0, 12);
        wider[12] = 10;
        wider[13] = 10;
        wider[14] = 10;
        wider[15] = INF;
        DesignResult r = solve(new DesignProblem(sites, p.demands(), wider, DesignLimits.NONE));
        Infeasibility why = r.infeasibility().orElseThrow();
        assertEquals(BindingConstraint.REACH, why.binding());
        assertEquals(List.of(3), why.customersShort());
        assertEquals(4, why.unservedDemand(), 1e-9);
        assertTrue(
                why.explanation().contains("customer 4 can be served only by sites that are closed or full"),
                why.explanation());
    }

    @Test
    void smallRandomInstancesMatchBruteForceOverEveryOpenSet() {
        Random r = new Random(5);
        for (int k = 0; k < 60; k++) {
            int m = 3 + r.nextInt(6);
            int n = 4 + r.nextInt(9);
            DesignProblem p = DesignInstances.tiny(m, n, 1000 + k);
            List<CandidateSite> sites = new ArrayList<>();
            for (CandidateSite s : p.sites()) {
                double roll = r.nextDouble();
                SiteLock lock = roll < 0.1 ? SiteLock.OPEN : roll < 0.2 ? SiteLock.CLOSED : SiteLock.FREE;
                sites.add(new CandidateSite(s.name(), s.capacity(), s.fixedCost(), r.nextDouble() < 0.3, lock));
            }
            DesignLimits limits = DesignLimits.NONE;
            if (k % 3 == 1) {
                limits = limits.withMaxNewSites(1 + r.nextInt(m));
            }
            if (k % 4 == 2) {
                limits = limits.withBudget(100 + r.nextInt(400));
            }
            DesignProblem q = new DesignProblem(sites, p.demands(), p.costs(), limits);
            double expected = BruteForce.optimum(q);
            DesignResult result = solve(q);
            String what = "instance " + k + " (" + m + " x " + n + ")";
            if (expected == INF) {
                assertEquals(DesignStatus.INFEASIBLE, result.status(), what);
                assertTrue(result.infeasibility().isPresent(), what);
            } else {
                assertEquals(DesignStatus.OPTIMAL, result.status(), what);
                assertEquals(expected, result.cost(), 1e-6 * expected, what);
                for (int i = 0; i < m; i++) {
                    SiteLock lock = sites.get(i).lock();
                    boolean open = result.openSites().contains(i);
                    assertTrue(lock != SiteLock.OPEN || open, what + ": site " + i + " is locked open");
                    assertTrue(lock != SiteLock.CLOSED || !open, what + ": site " + i + " is locked closed");
                }
            }
        }
    }

    @Test
    void theSharesServeEveryCustomerWithinCapacityAndAddUpToTheCost() {
        DesignProblem p = DesignInstances.orLibraryLike(16, 50, 5_000, 17_500, 3);
        DesignResult r = solve(p);
        assertEquals(DesignStatus.OPTIMAL, r.status());
        double[] served = new double[p.customerCount()];
        double[] load = new double[p.siteCount()];
        double cost = 0;
        for (int i : r.openSites()) {
            cost += p.sites().get(i).fixedCost();
        }
        for (DesignResult.Share s : r.shares()) {
            assertTrue(r.openSites().contains(s.site()));
            served[s.customer()] += s.fraction();
            load[s.site()] += s.fraction() * p.demand(s.customer());
            cost += s.fraction() * p.cost(s.site(), s.customer());
        }
        for (double v : served) {
            assertEquals(1, v, 1e-9);
        }
        for (int i = 0; i < p.siteCount(); i++) {
            assertTrue(load[i] <= p.sites().get(i).capacity() + 1e-6, "site " + i + " load " + load[i]);
        }
        assertEquals(r.cost(), cost, 1e-6 * cost);
        assertTrue(r.bound() <= r.cost() && r.bound() >= r.cost() * (1 - 1e-6), "bound " + r.bound());
    }

    @Test
    void stoppedByTheTimeLimitItReportsTheBestDesignAndAProvenGap() {
        DesignProblem p = DesignInstances.large(100, 1_000, 3.0, 77);
        DesignResult r = new DesignSolver()
                .solve(
                        p,
                        DesignSolver.Options.withTimeLimit(Duration.ofMillis(800)),
                        Progress.NONE,
                        Cancellation.none());
        assertEquals(DesignStatus.FEASIBLE, r.status());
        assertTrue(r.bound() > 0 && r.bound() < r.cost(), r.bound() + " vs " + r.cost());
        assertTrue(r.gap() > 0 && r.gap() < 0.5, "gap " + r.gap());
        assertTrue(r.seconds() < 5, "stopped after " + r.seconds() + " s");
    }

    @Test
    void aCancelStopsTheSearchLikeTheTimeLimit() {
        Cancellation cancel = Cancellation.none();
        cancel.cancel();
        DesignResult r = new DesignSolver()
                .solve(
                        DesignInstances.large(100, 1_000, 3.0, 77),
                        DesignSolver.Options.withTimeLimit(Duration.ofSeconds(60)),
                        Progress.NONE,
                        cancel);
        assertTrue(r.seconds() < 5, "stopped after " + r.seconds() + " s");
        assertTrue(
                r.status() == DesignStatus.NOT_FOUND || r.status() == DesignStatus.FEASIBLE,
                r.status().toString());
    }
}
