package dev.microtower.design;

import dev.microtower.design.domain.CandidateSite;
import dev.microtower.design.domain.DesignLimits;
import dev.microtower.design.domain.DesignProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded instances shaped like Beasley's OR-Library capacitated warehouse location set: sites and
 * customers at random points of a 100 x 100 square, skewed demands (log-normal), serving a
 * customer costs its demand times the distance, capacities a multiple of the demand, fixed costs
 * around a level. The published set uses capacities of 5,000, 10,000 and 15,000 for a total
 * demand of 58,268 and fixed costs of 7,500 to 25,000: {@link #orLibraryLike} takes the same
 * numbers, scaled to the instance's own total demand.
 */
public final class DesignInstances {
    private DesignInstances() {}

    /** Sites with capacity {@code capacity / 58,268} of the total demand each, fixed costs about {@code fixed}. */
    public static DesignProblem orLibraryLike(int sites, int customers, double capacity, double fixed, long seed) {
        Random r = new Random(seed);
        double[] demand = new double[customers];
        double total = 0;
        for (int j = 0; j < customers; j++) {
            demand[j] = Math.max(1, Math.min(15_000, Math.round(Math.exp(6.5 + r.nextGaussian()))));
            total += demand[j];
        }
        List<CandidateSite> list = new ArrayList<>();
        for (int i = 0; i < sites; i++) {
            double cap = Math.round(capacity * total / 58_268.0 * (0.9 + 0.2 * r.nextDouble()));
            list.add(CandidateSite.candidate("site " + (i + 1), cap, Math.round(fixed * (0.8 + 0.4 * r.nextDouble()))));
        }
        return new DesignProblem(list, demand, costs(r, sites, customers, demand), DesignLimits.NONE);
    }

    /**
     * As {@link #orLibraryLike}, but every site has the same capacity and fixed cost, and the middle
     * one no fixed cost, as in Beasley's files (many ties between sites).
     */
    public static DesignProblem orLibraryUniform(int sites, int customers, double capacity, double fixed, long seed) {
        DesignProblem p = orLibraryLike(sites, customers, capacity, fixed, seed);
        double cap = Math.round(capacity * p.totalDemand() / 58_268.0);
        List<CandidateSite> list = new ArrayList<>();
        for (int i = 0; i < sites; i++) {
            list.add(CandidateSite.candidate("site " + (i + 1), cap, i == sites / 2 ? 0 : fixed));
        }
        return p.withSites(list);
    }

    /**
     * The large case: {@code customers} with demands of 5 to a few hundred, sites holding {@code
     * capacityRatio} times the demand between them, fixed costs uniform in [7,500, 12,500].
     */
    public static DesignProblem large(int sites, int customers, double capacityRatio, long seed) {
        Random r = new Random(seed);
        double[] demand = new double[customers];
        double total = 0;
        for (int j = 0; j < customers; j++) {
            demand[j] = Math.max(5, Math.min(600, Math.round(Math.exp(3.5 + 0.8 * r.nextGaussian()))));
            total += demand[j];
        }
        List<CandidateSite> list = new ArrayList<>();
        for (int i = 0; i < sites; i++) {
            double cap = Math.round(capacityRatio * total / sites * (0.7 + 0.6 * r.nextDouble()));
            list.add(CandidateSite.candidate("site " + (i + 1), cap, Math.round(7_500 + 5_000 * r.nextDouble())));
        }
        return new DesignProblem(list, demand, costs(r, sites, customers, demand), DesignLimits.NONE);
    }

    /** A tiny instance with small whole numbers, for brute force: demands 1-20, capacities 10-40. */
    public static DesignProblem tiny(int sites, int customers, long seed) {
        Random r = new Random(seed);
        double[] demand = new double[customers];
        for (int j = 0; j < customers; j++) {
            demand[j] = 1 + r.nextInt(20);
        }
        List<CandidateSite> list = new ArrayList<>();
        for (int i = 0; i < sites; i++) {
            list.add(CandidateSite.candidate("site " + (i + 1), 10 + r.nextInt(31), 20 + r.nextInt(200)));
        }
        return new DesignProblem(list, demand, costs(r, sites, customers, demand), DesignLimits.NONE);
    }

    private static double[] costs(Random r, int sites, int customers, double[] demand) {
        double[][] site = points(r, sites);
        double[][] customer = points(r, customers);
        double[] cost = new double[sites * customers];
        for (int i = 0; i < sites; i++) {
            for (int j = 0; j < customers; j++) {
                double km = Math.hypot(site[i][0] - customer[j][0], site[i][1] - customer[j][1]);
                cost[i * customers + j] = Math.round(demand[j] * km * 1000) / 1000.0;
            }
        }
        return cost;
    }

    private static double[][] points(Random r, int count) {
        double[][] p = new double[count][2];
        for (int k = 0; k < count; k++) {
            p[k][0] = 100 * r.nextDouble();
            p[k][1] = 100 * r.nextDouble();
        }
        return p;
    }
}
