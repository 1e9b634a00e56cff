package dev.microtower.heatmaps.engine;

import dev.microtower.heatmaps.domain.AssortmentFilter;
import dev.microtower.heatmaps.domain.DemandFilter;
import dev.microtower.inventory.domain.Sku;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Counts the orders of {@link OrderColumns} per hexagon for one filter. One pass over the
 * columns: the day test, then the SKU mask over the order's lines, then the hexagon's key into an
 * open-addressing table of primitive longs. No object per order, so 200,000 orders take a few
 * milliseconds.
 */
public final class HexBinner {
    private static final int CANCEL_CHECK_EVERY = 16_384;

    private final OrderColumns columns;
    private final Map<String, Sku> catalogue = new HashMap<>();

    /** @param catalogue the SKUs, to tell which belong to a category */
    public HexBinner(OrderColumns columns, List<Sku> catalogue) {
        this.columns = columns;
        catalogue.forEach(s -> this.catalogue.put(s.code().value(), s));
    }

    /** Which SKU indexes of the columns the filter selects; {@code null} for all. */
    boolean[] mask(AssortmentFilter filter) {
        if (filter.kind() == AssortmentFilter.Kind.ALL) {
            return null;
        }
        boolean[] mask = new boolean[columns.skus().size()];
        for (int s = 0; s < mask.length; s++) {
            Sku sku = catalogue.get(columns.skus().get(s).value());
            mask[s] = sku != null && filter.matches(sku);
        }
        return mask;
    }

    public HexBins bin(DemandFilter filter, HexGrid grid) {
        return bin(filter, grid, () -> false);
    }

    /** Bins the orders; returns {@link HexBins#EMPTY} as soon as {@code cancelled} says so. */
    public HexBins bin(DemandFilter filter, HexGrid grid, BooleanSupplier cancelled) {
        return bin(filter, grid, null, cancelled);
    }

    /**
     * As {@link #bin(DemandFilter, HexGrid, BooleanSupplier)}, each line's units weighted by its
     * factor in {@code lineFactors} (one per line, {@code null} for none: see {@link
     * OrderWeights}), and each order by the mean factor of its matching lines, weighted by their
     * units: a ×2 on everything an order holds counts it twice.
     */
    public HexBins bin(DemandFilter filter, HexGrid grid, float[] lineFactors, BooleanSupplier cancelled) {
        if (lineFactors != null && lineFactors.length != columns.lines()) {
            throw new IllegalArgumentException("one factor per order line");
        }
        boolean[] mask = mask(filter.assortment());
        OrderColumns c = columns;
        Table table = new Table();
        int first = filter.firstDay(), last = filter.lastDay();
        for (int i = 0; i < c.orders; i++) {
            if ((i & (CANCEL_CHECK_EVERY - 1)) == 0 && cancelled.getAsBoolean()) {
                return HexBins.EMPTY;
            }
            int day = c.day[i];
            if (day < first || day > last) {
                continue;
            }
            long units = 0;
            double weighted = 0, factors = 0;
            int matched = 0;
            for (int l = c.lineStart[i], end = c.lineStart[i + 1]; l < end; l++) {
                if (mask == null || mask[c.lineSku[l]]) {
                    matched++;
                    units += c.lineUnits[l];
                    if (lineFactors != null) {
                        weighted += lineFactors[l] * (double) c.lineUnits[l];
                        factors += lineFactors[l];
                    }
                }
            }
            if (matched > 0) {
                long key = grid.keyAt(c.x[i], c.y[i]);
                if (lineFactors == null) {
                    table.add(key, 1, units);
                } else {
                    double order = units > 0 ? weighted / units : factors / matched;
                    table.add(key, order, weighted);
                }
            }
        }
        return new HexBins(
                grid,
                Arrays.copyOf(table.order, table.size),
                Arrays.copyOf(table.orders, table.size),
                Arrays.copyOf(table.units, table.size),
                table.size);
    }

    /** Key → bin, open addressing with linear probing; bins are numbered in order of first use. */
    private static final class Table {
        private long[] slotKey = new long[1 << 12];
        private int[] slotBin = new int[1 << 12];
        private boolean[] used = new boolean[1 << 12];
        long[] order = new long[1 << 11];
        double[] orders = new double[1 << 11];
        double[] units = new double[1 << 11];
        int size;

        void add(long key, double weight, double lineUnits) {
            int mask = slotKey.length - 1;
            int slot = mix(key) & mask;
            while (used[slot]) {
                if (slotKey[slot] == key) {
                    int bin = slotBin[slot];
                    orders[bin] += weight;
                    units[bin] += lineUnits;
                    return;
                }
                slot = (slot + 1) & mask;
            }
            if (size == order.length) {
                order = Arrays.copyOf(order, size * 2);
                orders = Arrays.copyOf(orders, size * 2);
                units = Arrays.copyOf(units, size * 2);
            }
            used[slot] = true;
            slotKey[slot] = key;
            slotBin[slot] = size;
            order[size] = key;
            orders[size] = weight;
            units[size] = lineUnits;
            size++;
            if (size * 2 > slotKey.length) {
                grow();
            }
        }

        private void grow() {
            long[] keys = slotKey;
            int[] bins = slotBin;
            boolean[] wasUsed = used;
            slotKey = new long[keys.length * 2];
            slotBin = new int[keys.length * 2];
            used = new boolean[keys.length * 2];
            int mask = slotKey.length - 1;
            for (int i = 0; i < keys.length; i++) {
                if (wasUsed[i]) {
                    int slot = mix(keys[i]) & mask;
                    while (used[slot]) {
                        slot = (slot + 1) & mask;
                    }
                    used[slot] = true;
                    slotKey[slot] = keys[i];
                    slotBin[slot] = bins[i];
                }
            }
        }

        private static int mix(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32));
        }
    }
}
