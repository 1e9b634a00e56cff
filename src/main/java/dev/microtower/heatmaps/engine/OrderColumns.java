package dev.microtower.heatmaps.engine;

import dev.microtower.core.NodeCode;
import dev.microtower.core.SkuCode;
import dev.microtower.core.WebMercator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The order history as columns, for binning it again and again without touching the database or
 * an object per order: per order the customer's Web Mercator world position and the day it was
 * placed and the node that fulfilled it (an index into a short list of nodes, for the site the
 * order's demand belongs to); per order line the SKU (an index into {@link #skus()}) and the
 * units. The lines of order {@code i} are {@code lineStart[i] .. lineStart[i + 1] - 1}. About 34
 * bytes per order and 8 per line, so 200,000 orders take a few megabytes.
 */
public final class OrderColumns {
    private final List<SkuCode> skus;
    final int orders;
    final double[] x;
    final double[] y;
    final int[] day;
    /** The index into {@link #fulfillers} of the node that fulfilled each order, -1 when not known. */
    final int[] fulfiller;

    private final List<NodeCode> fulfillers;
    final int[] lineStart;
    final int[] lineSku;
    final int[] lineUnits;
    private final int[] daySpan;

    private OrderColumns(Builder b) {
        skus = List.copyOf(b.skus);
        orders = b.orders;
        x = Arrays.copyOf(b.x, orders);
        y = Arrays.copyOf(b.y, orders);
        day = Arrays.copyOf(b.day, orders);
        fulfiller = Arrays.copyOf(b.fulfiller, orders);
        fulfillers = List.copyOf(b.fulfillers);
        lineStart = Arrays.copyOf(b.lineStart, orders + 1);
        lineStart[orders] = b.lines;
        lineSku = Arrays.copyOf(b.lineSku, b.lines);
        lineUnits = Arrays.copyOf(b.lineUnits, b.lines);
        int min = Integer.MAX_VALUE, max = Integer.MIN_VALUE;
        for (int i = 0; i < orders; i++) {
            min = Math.min(min, day[i]);
            max = Math.max(max, day[i]);
        }
        daySpan = orders == 0 ? new int[] {0, -1} : new int[] {min, max};
    }

    public static Builder builder(List<SkuCode> skus) {
        return new Builder(skus);
    }

    /** The SKU of each index that {@link Builder#line} and the filters use. */
    public List<SkuCode> skus() {
        return skus;
    }

    public int orders() {
        return orders;
    }

    public int lines() {
        return lineSku.length;
    }

    /** The first and last day (epoch day, UTC) with an order; {@code {0, -1}} without orders. */
    public int[] daySpan() {
        return daySpan.clone();
    }

    public double worldX(int order) {
        return x[order];
    }

    public double worldY(int order) {
        return y[order];
    }

    public int day(int order) {
        return day[order];
    }

    /** The node that fulfilled the order, or {@code null} when not known. */
    public NodeCode fulfilledBy(int order) {
        int f = fulfiller[order];
        return f < 0 ? null : fulfillers.get(f);
    }

    /** Fills the columns order by order: {@link #order}, then that order's {@link #line}s. */
    public static final class Builder {
        private final List<SkuCode> skus;
        private int orders;
        private int lines;
        private double[] x = new double[1024];
        private double[] y = new double[1024];
        private int[] day = new int[1024];
        private int[] fulfiller = new int[1024];
        private final List<NodeCode> fulfillers = new ArrayList<>();
        private final Map<NodeCode, Integer> fulfillerIndex = new HashMap<>();
        private int[] lineStart = new int[1025];
        private int[] lineSku = new int[2048];
        private int[] lineUnits = new int[2048];

        private Builder(List<SkuCode> skus) {
            this.skus = List.copyOf(skus);
        }

        /** Starts an order placed on {@code epochDay} (UTC) by a customer at {@code lat, lon}. */
        public Builder order(double lat, double lon, int epochDay) {
            return order(lat, lon, epochDay, null);
        }

        /**
         * Starts an order placed on {@code epochDay} (UTC) by a customer at {@code lat, lon} and
         * fulfilled by {@code fulfilledBy} ({@code null} when not known).
         */
        public Builder order(double lat, double lon, int epochDay, NodeCode fulfilledBy) {
            if (orders == x.length) {
                int grown = x.length * 2;
                x = Arrays.copyOf(x, grown);
                y = Arrays.copyOf(y, grown);
                day = Arrays.copyOf(day, grown);
                fulfiller = Arrays.copyOf(fulfiller, grown);
                lineStart = Arrays.copyOf(lineStart, grown + 1);
            }
            x[orders] = WebMercator.worldX(lon);
            y[orders] = WebMercator.worldY(lat);
            day[orders] = epochDay;
            fulfiller[orders] = fulfilledBy == null
                    ? -1
                    : fulfillerIndex.computeIfAbsent(fulfilledBy, code -> {
                        fulfillers.add(code);
                        return fulfillers.size() - 1;
                    });
            lineStart[orders] = lines;
            orders++;
            return this;
        }

        /** Adds a line to the order started last; {@code sku} indexes the builder's SKU list. */
        public Builder line(int sku, int units) {
            if (orders == 0) {
                throw new IllegalStateException("a line needs an order");
            }
            if (sku < 0 || sku >= skus.size()) {
                throw new IllegalArgumentException("no SKU with index " + sku);
            }
            if (lines == lineSku.length) {
                lineSku = Arrays.copyOf(lineSku, lines * 2);
                lineUnits = Arrays.copyOf(lineUnits, lines * 2);
            }
            lineSku[lines] = sku;
            lineUnits[lines] = units;
            lines++;
            return this;
        }

        public OrderColumns build() {
            return new OrderColumns(this);
        }
    }
}
