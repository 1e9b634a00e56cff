package dev.microtower.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The generator's only source of randomness. It takes nothing from {@link SplittableRandom} but
 * {@code nextLong()} (whose algorithm is fixed) and derives doubles, bounded ints and Gaussians
 * itself with {@link StrictMath}, so a seed gives the same numbers on every JDK and CPU; the
 * committed demo data depends on that.
 */
final class Rng {
    private final SplittableRandom source;

    private Rng(long seed) {
        this.source = new SplittableRandom(seed);
    }

    /** An independent stream per part of the network, so changing one part leaves the others alone. */
    static Rng of(long seed, String stream) {
        long h = seed;
        for (int i = 0; i < stream.length(); i++) {
            h = (h ^ stream.charAt(i)) * 0x100000001B3L;
        }
        return new Rng(h ^ 0x9E3779B97F4A7C15L);
    }

    long nextLong() {
        return source.nextLong();
    }

    /** Uniform in [0, 1). */
    double nextDouble() {
        return (source.nextLong() >>> 11) * 0x1.0p-53;
    }

    double uniform(double min, double max) {
        return min + (max - min) * nextDouble();
    }

    /** Uniform in [0, bound). */
    int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        return (int) (nextDouble() * bound);
    }

    /** Uniform in [min, max], both inclusive. */
    int between(int min, int max) {
        return min + nextInt(max - min + 1);
    }

    boolean chance(double probability) {
        return nextDouble() < probability;
    }

    /** Standard normal by Box-Muller; one value per call keeps the stream easy to reason about. */
    double gaussian() {
        double u1 = 1.0 - nextDouble();
        double u2 = nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2 * StrictMath.PI * u2);
    }

    /** A multiplicative noise factor with median 1. */
    double logNormal(double sigma) {
        return StrictMath.exp(sigma * gaussian());
    }

    <T> T pick(List<T> items) {
        return items.get(nextInt(items.size()));
    }

    /** Fisher-Yates, in place. */
    <T> void shuffle(List<T> items) {
        for (int i = items.size() - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            T tmp = items.get(i);
            items.set(i, items.get(j));
            items.set(j, tmp);
        }
    }

    /** Index drawn from cumulative weights (ascending, last element the total). */
    int pickCumulative(double[] cumulative) {
        double target = nextDouble() * cumulative[cumulative.length - 1];
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > target) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
