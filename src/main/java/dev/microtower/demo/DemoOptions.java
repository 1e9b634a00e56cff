package dev.microtower.demo;

/**
 * What to generate. {@link #bayArea()} is the committed demo network; more nodes, SKUs or days make
 * big synthetic networks for benchmarks. {@code ordersPerDay} is the average over a week; 0 means
 * "scale with the network" (1,500 a day for the Bay Area, up to 10,000 for big networks).
 */
public record DemoOptions(long seed, int nodes, int skus, int days, int ordersPerDay) {
    public static final long DEFAULT_SEED = 2026L;
    public static final int DEFAULT_SKUS = 2000;
    public static final int DEFAULT_DAYS = 120;
    public static final int BAY_AREA_ORDERS_PER_DAY = 1500;

    public DemoOptions {
        if (nodes < NetworkPlan.BAY_AREA_NODES || nodes > 100_000) {
            throw new IllegalArgumentException("nodes must be between " + NetworkPlan.BAY_AREA_NODES
                    + " (the Bay Area network) and 100000: " + nodes);
        }
        if (skus < 200 || skus > 1_000_000) {
            throw new IllegalArgumentException("skus must be between 200 and 1000000: " + skus);
        }
        if (days < 1 || days > 3650) {
            throw new IllegalArgumentException("days must be between 1 and 3650: " + days);
        }
        if (ordersPerDay < 0 || ordersPerDay > 1_000_000) {
            throw new IllegalArgumentException(
                    "orders per day must be between 0 (automatic) and 1000000: " + ordersPerDay);
        }
    }

    /** The committed San Francisco Bay Area demo network. */
    public static DemoOptions bayArea() {
        return new DemoOptions(DEFAULT_SEED, NetworkPlan.BAY_AREA_NODES, DEFAULT_SKUS, DEFAULT_DAYS, 0);
    }

    public DemoOptions withSeed(long newSeed) {
        return new DemoOptions(newSeed, nodes, skus, days, ordersPerDay);
    }

    public DemoOptions withDays(int newDays) {
        return new DemoOptions(seed, nodes, skus, newDays, ordersPerDay);
    }

    /** The number of Bay Area nodes; the least a generated network has. */
    public static int bayAreaNodes() {
        return NetworkPlan.BAY_AREA_NODES;
    }

    int effectiveOrdersPerDay() {
        if (ordersPerDay > 0) {
            return ordersPerDay;
        }
        double scaled = BAY_AREA_ORDERS_PER_DAY * (double) nodes / NetworkPlan.BAY_AREA_NODES;
        return (int) Math.min(10_000, Math.round(scaled));
    }
}
