package dev.microtower.rebalancing.reference;

import dev.microtower.rebalancing.engine.TransportationProblem;
import java.util.Random;

/**
 * Seeded random transportation problems shaped like a city network: sites scattered over a
 * 60 × 60 km square, each SKU in surplus at some sites, short at others, costs proportional to
 * distance and a shortage penalty that makes long routes not worth it.
 */
public final class RandomProblems {
    private RandomProblems() {}

    public static TransportationProblem next(Random random, int maxSources, int maxSinks) {
        int sources = 1 + random.nextInt(maxSources);
        int sinks = 1 + random.nextInt(maxSinks);
        double[][] at = new double[sources + sinks][2];
        for (double[] p : at) {
            p[0] = random.nextDouble() * 60;
            p[1] = random.nextDouble() * 60;
        }
        long[] supply = new long[sources];
        for (int i = 0; i < sources; i++) {
            supply[i] = random.nextInt(10) == 0 ? 0 : random.nextInt(i == 0 ? 500 : 60);
        }
        long[] demand = new long[sinks];
        for (int j = 0; j < sinks; j++) {
            demand[j] = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(40);
        }
        double perUnitKm = 0.01 + random.nextInt(3) * 0.015;
        long[] cost = new long[sources * sinks];
        for (int i = 0; i < sources; i++) {
            for (int j = 0; j < sinks; j++) {
                double km = Math.hypot(at[i][0] - at[sources + j][0], at[i][1] - at[sources + j][1]);
                cost[i * sinks + j] = TransportationProblem.toCostUnits(km * perUnitKm);
            }
        }
        long penalty = TransportationProblem.toCostUnits(0.2 + random.nextDouble() * 1.5);
        return new TransportationProblem(supply, demand, cost, penalty);
    }
}
