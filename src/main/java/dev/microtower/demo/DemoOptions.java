package dev.microtower.demo;

/**
 * What to generate. {@link #bayArea()} is the committed demo network; more nodes, SKUs or days make
 * big synthetic networks for benchmarks. {@code ordersPerDay} is the average over a week; 0 means
 * "scale with the network" (1,500 a day for the Bay Area, up to 10,000 for big networks). {@code
 * popularityExponent} shapes SKU popularity, the k-th most popular SKU selling in proportion to
 * 1/k^exponent (Zipf; {@value #DEFAULT_POPULARITY_EXPONENT} by default, lower for a longer tail).
 * {@code newSkuShare} is the share of the catalogue launched during the last {@value
 * #NEW_SKU_WEEKS} weeks of the history (each on a day of its own, selling nothing before): the
 * SKUs a forecast meets without history. {@code localMix} is the share of the catalogue that is a
 * <em>local favourite</em> in each region (San Francisco, the Peninsula, the East Bay, …; a
 * different draw per region), selling {@value #LOCAL_BOOST} times its network-wide popularity to
 * that region's customers: a site-specific SKU mix, so that a site's mix is not the network's (0,
 * the default, gives every region the network's mix).
 */
public record DemoOptions(
        long seed,
        int nodes,
        int skus,
        int days,
        int ordersPerDay,
        double popularityExponent,
        double newSkuShare,
        double localMix) {
    public static final long DEFAULT_SEED = 2026L;
    public static final int DEFAULT_SKUS = 2000;
    public static final int DEFAULT_DAYS = 120;
    public static final int BAY_AREA_ORDERS_PER_DAY = 1500;
    public static final double DEFAULT_POPULARITY_EXPONENT = 1.05;
    public static final int NEW_SKU_WEEKS = 4;
    /** How many times more a town's local favourites sell to its customers. */
    public static final double LOCAL_BOOST = 4;

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
        if (!(popularityExponent >= 0.5 && popularityExponent <= 3)) {
            throw new IllegalArgumentException(
                    "the popularity exponent must be between 0.5 (a long tail) and 3 (a few items sell): "
                            + popularityExponent);
        }
        if (!(newSkuShare >= 0 && newSkuShare <= 0.5)) {
            throw new IllegalArgumentException("the share of new SKUs must be between 0 and 0.5: " + newSkuShare);
        }
        if (!(localMix >= 0 && localMix <= 0.5)) {
            throw new IllegalArgumentException(
                    "the share of SKUs that are local favourites must be between 0 and 0.5: " + localMix);
        }
    }

    /** No local favourites: every town buys the network's mix. */
    public DemoOptions(
            long seed, int nodes, int skus, int days, int ordersPerDay, double popularityExponent, double newSkuShare) {
        this(seed, nodes, skus, days, ordersPerDay, popularityExponent, newSkuShare, 0);
    }

    /** The default popularity and no new SKUs. */
    public DemoOptions(long seed, int nodes, int skus, int days, int ordersPerDay) {
        this(seed, nodes, skus, days, ordersPerDay, DEFAULT_POPULARITY_EXPONENT, 0);
    }

    /** The committed San Francisco Bay Area demo network. */
    public static DemoOptions bayArea() {
        return new DemoOptions(DEFAULT_SEED, NetworkPlan.BAY_AREA_NODES, DEFAULT_SKUS, DEFAULT_DAYS, 0);
    }

    public DemoOptions withSeed(long newSeed) {
        return new DemoOptions(newSeed, nodes, skus, days, ordersPerDay, popularityExponent, newSkuShare, localMix);
    }

    public DemoOptions withDays(int newDays) {
        return new DemoOptions(seed, nodes, skus, newDays, ordersPerDay, popularityExponent, newSkuShare, localMix);
    }

    /** A sparse network with a long tail: these orders a day, this popularity exponent and share of new SKUs. */
    public DemoOptions withLongTail(int newOrdersPerDay, double exponent, double newShare) {
        return new DemoOptions(seed, nodes, skus, days, newOrdersPerDay, exponent, newShare, localMix);
    }

    /** The same network with this share of local favourites per region. */
    public DemoOptions withLocalMix(double share) {
        return new DemoOptions(seed, nodes, skus, days, ordersPerDay, popularityExponent, newSkuShare, share);
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
