package dev.microtower.heatmaps.engine;

/**
 * Orders counted per hexagon of one {@link HexGrid}: for bin {@code i} its key, the orders with a
 * matching line and the units of the matching lines, weighted by a scenario's demand changes when
 * the binner was given them. Immutable once made; only non-empty
 * hexagons are kept.
 */
public final class HexBins {
    public static final HexBins EMPTY = new HexBins(new HexGrid(1), new long[0], new double[0], new double[0], 0);

    private final HexGrid grid;
    private final long[] keys;
    /** Orders and units as counted, weighted by a scenario's demand changes: not always whole. */
    private final double[] orders;

    private final double[] units;
    private final int size;
    private final int maxOrders;
    private final long totalOrders;

    HexBins(HexGrid grid, long[] keys, double[] orders, double[] units, int size) {
        this.grid = grid;
        this.keys = keys;
        this.orders = orders;
        this.units = units;
        this.size = size;
        int max = 0;
        double total = 0;
        for (int i = 0; i < size; i++) {
            max = Math.max(max, orders(i));
            total += orders[i];
        }
        this.maxOrders = max;
        this.totalOrders = Math.round(total);
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

    /** The orders of the hexagon, to the nearest whole order when a scenario weighted them. */
    public int orders(int bin) {
        return (int) Math.round(orders[bin]);
    }

    /** The units of the hexagon, to the nearest whole unit when a scenario weighted them. */
    public long units(int bin) {
        return Math.round(units[bin]);
    }

    public int maxOrders() {
        return maxOrders;
    }

    public long totalOrders() {
        return totalOrders;
    }
}
