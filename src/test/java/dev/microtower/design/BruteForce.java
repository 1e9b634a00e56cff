package dev.microtower.design;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import dev.microtower.design.domain.CandidateSite;
import dev.microtower.design.domain.DesignProblem;
import dev.microtower.design.domain.SiteLock;
import dev.microtower.rebalancing.reference.OrToolsReference;

/**
 * The optimum found the slow, obvious way, independent of the solver under test: every set of
 * open sites that its locks and limits allow and that holds the demand, each served by the
 * transportation LP solved with OR-Tools' GLOP in doubles; the cheapest wins.
 */
public final class BruteForce {
    private BruteForce() {}

    /** The least cost over all allowed open sets, or +∞ when none serves every customer. */
    public static double optimum(DesignProblem p) {
        OrToolsReference.load();
        int m = p.siteCount();
        double best = Double.POSITIVE_INFINITY;
        for (int set = 0; set < 1 << m; set++) {
            if (!allowed(p, set)) {
                continue;
            }
            double fixed = 0;
            double capacity = 0;
            for (int i = 0; i < m; i++) {
                if ((set >> i & 1) == 1) {
                    fixed += p.sites().get(i).fixedCost();
                    capacity += p.sites().get(i).capacity();
                }
            }
            if (capacity < p.totalDemand() - 1e-9 || fixed >= best) {
                continue;
            }
            best = Math.min(best, fixed + transport(p, set));
        }
        return best;
    }

    private static boolean allowed(DesignProblem p, int set) {
        int newOpen = 0;
        double fixed = 0;
        for (int i = 0; i < p.siteCount(); i++) {
            CandidateSite s = p.sites().get(i);
            boolean open = (set >> i & 1) == 1;
            if ((s.lock() == SiteLock.OPEN && !open) || (s.lock() == SiteLock.CLOSED && open)) {
                return false;
            }
            if (open) {
                newOpen += s.existing() ? 0 : 1;
                fixed += s.fixedCost();
            }
        }
        var limits = p.limits();
        return (limits.maxNewSites().isEmpty()
                        || newOpen <= limits.maxNewSites().getAsInt())
                && (limits.budget().isEmpty() || fixed <= limits.budget().getAsDouble() + 1e-9);
    }

    /** The serving cost of the open set, +∞ if it cannot serve everyone. */
    static double transport(DesignProblem p, int set) {
        int m = p.siteCount();
        int n = p.customerCount();
        MPSolver lp = MPSolver.createSolver("GLOP");
        try {
            MPVariable[][] x = new MPVariable[m][n];
            MPObjective objective = lp.objective();
            for (int i = 0; i < m; i++) {
                if ((set >> i & 1) == 0) {
                    continue;
                }
                MPConstraint load = lp.makeConstraint(
                        Double.NEGATIVE_INFINITY, p.sites().get(i).capacity());
                for (int j = 0; j < n; j++) {
                    if (p.cost(i, j) < Double.POSITIVE_INFINITY) {
                        x[i][j] = lp.makeNumVar(0, 1, "x" + i + "_" + j);
                        objective.setCoefficient(x[i][j], p.cost(i, j));
                        load.setCoefficient(x[i][j], p.demand(j));
                    }
                }
            }
            for (int j = 0; j < n; j++) {
                MPConstraint served = lp.makeConstraint(1, 1);
                for (int i = 0; i < m; i++) {
                    if (x[i][j] != null) {
                        served.setCoefficient(x[i][j], 1);
                    }
                }
            }
            objective.setMinimization();
            MPSolver.ResultStatus status = lp.solve();
            return status == MPSolver.ResultStatus.OPTIMAL ? objective.value() : Double.POSITIVE_INFINITY;
        } finally {
            lp.delete();
        }
    }
}
