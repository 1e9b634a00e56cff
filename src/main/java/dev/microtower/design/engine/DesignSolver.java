package dev.microtower.design.engine;

import dev.microtower.core.Cancellation;
import dev.microtower.core.Progress;
import dev.microtower.design.domain.BindingConstraint;
import dev.microtower.design.domain.CandidateSite;
import dev.microtower.design.domain.DesignProblem;
import dev.microtower.design.domain.DesignResult;
import dev.microtower.design.domain.DesignStatus;
import dev.microtower.design.domain.Infeasibility;
import dev.microtower.design.domain.SiteLock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The exact network-design solver: which sites to open so that every customer is served (split
 * sourcing) at the least fixed plus serving cost, within the sites' capacities, their locks, the
 * most new sites and the budget. It proves the design optimal, or, stopped by the time limit or a
 * cancel, returns the best design with the proven gap to the lower bound. When no design is
 * possible it says which constraint binds and how much demand is left unserved. Lagrangian
 * relaxation inside branch and bound (ADR 0020). Runs on the calling thread.
 */
public final class DesignSolver {
    /**
     * {@code tolerance}: the relative gap under which a design counts as proven optimal (1e-6 by
     * default: a millionth of the cost).
     */
    public record Options(Duration timeLimit, double tolerance) {
        public static final double DEFAULT_TOLERANCE = 1e-6;

        public Options {
            if (timeLimit.isNegative()) {
                throw new IllegalArgumentException("the time limit must not be negative: " + timeLimit);
            }
            if (!(tolerance >= 0 && tolerance < 1)) {
                throw new IllegalArgumentException("the tolerance must be in [0, 1): " + tolerance);
            }
        }

        public static Options withTimeLimit(Duration timeLimit) {
            return new Options(timeLimit, DEFAULT_TOLERANCE);
        }
    }

    public DesignResult solve(DesignProblem problem, Options options, Progress progress, Cancellation cancel) {
        long started = System.nanoTime();
        long deadline = started + Math.min(options.timeLimit().toNanos(), Long.MAX_VALUE / 4);
        if (problem.customerCount() == 0) {
            return nothingToServe(problem, started);
        }
        OpenSetTransport transport = new OpenSetTransport(problem);
        Optional<Infeasibility> why = Feasibility.check(problem, transport);
        if (why.isPresent()) {
            return new DesignResult(
                    DesignStatus.INFEASIBLE, Double.NaN, Double.NaN, List.of(), List.of(), 0, seconds(started), why);
        }
        LagrangianSearch.Outcome outcome =
                new LagrangianSearch(problem, transport, options.tolerance(), deadline, progress, cancel).run();
        OpenSetTransport.Evaluation best = outcome.best();
        if (best == null) {
            if (outcome.complete()) {
                return new DesignResult(
                        DesignStatus.INFEASIBLE,
                        Double.NaN,
                        Double.NaN,
                        List.of(),
                        List.of(),
                        outcome.nodes(),
                        seconds(started),
                        Optional.of(new Infeasibility(
                                BindingConstraint.MAX_NEW_SITES_AND_BUDGET,
                                problem.totalDemand(),
                                List.of(),
                                "the limits bind together: no set of sites within them serves every customer.")));
            }
            return new DesignResult(
                    DesignStatus.NOT_FOUND,
                    Double.NaN,
                    outcome.bound(),
                    List.of(),
                    List.of(),
                    outcome.nodes(),
                    seconds(started),
                    Optional.empty());
        }
        double gap = (best.cost() - outcome.bound()) / Math.max(1, Math.abs(best.cost()));
        DesignStatus status =
                outcome.complete() || gap <= options.tolerance() ? DesignStatus.OPTIMAL : DesignStatus.FEASIBLE;
        List<Integer> open = new ArrayList<>();
        for (int s : best.sites()) {
            open.add(s);
        }
        List<DesignResult.Share> shares = new ArrayList<>();
        for (double[] share : transport.shares(best)) {
            shares.add(new DesignResult.Share((int) share[0], (int) share[1], share[2]));
        }
        return new DesignResult(
                status,
                best.cost(),
                outcome.bound(),
                open,
                shares,
                outcome.nodes(),
                seconds(started),
                Optional.empty());
    }

    /** No customers: only the sites locked open stay open. */
    private static DesignResult nothingToServe(DesignProblem problem, long started) {
        List<Integer> open = new ArrayList<>();
        double cost = 0;
        for (int i = 0; i < problem.siteCount(); i++) {
            CandidateSite site = problem.sites().get(i);
            if (site.lock() == SiteLock.OPEN) {
                open.add(i);
                cost += site.fixedCost();
            }
        }
        return new DesignResult(
                DesignStatus.OPTIMAL, cost, cost, open, List.of(), 0, seconds(started), Optional.empty());
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }
}
