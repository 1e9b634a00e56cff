package dev.microtower.heatmaps.engine;

/**
 * Orders counted per hexagon of one {@link HexGrid}: for bin {@code i} its key, the orders with a
 * matching line and the units of the matching lines. Immutable once made; only non-empty
 * hexagons are kept.
 */
public final class HexBins {
    public static final HexBins EMPTY = new HexBins(new HexGrid(1), new long[0], new int[0], new long[0], 0);

    private final HexGrid grid;
    private final long[] keys;
    private final int[] orders;
    private final long[] units;
    private final int size;
    private final int maxOrders;
    private final long totalOrders;

    HexBins(HexGrid grid, long[] keys, int[] orders, long[] units, int size) {
        this.grid = grid;
        this.keys = keys;
        this.orders = orders;
        this.units = units;
        this.size = size;
        int max = 0;
        long total = 0;
        for (int i = 0; i < size; i++) {
            max = Math.max(max, orders[i]);
            total += orders[i];
        }
        this.maxOrders = max;
        this.totalOrders = total;
    }

    public HexGrid grid() {
        return grid;
    }

    /** Non-empty hexagons. */
    public int size() {
        return size;
    }

    public long key(int bin) {
        return keys[bin];
    }

    public int orders(int bin) {
        return orders[bin];
    }

    public long units(int bin) {
        return units[bin];
    }

    public int maxOrders() {
        return maxOrders;
    }

    public long totalOrders() {
        return totalOrders;
    }
}
