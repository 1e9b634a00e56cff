package dev.microtower.heatmaps.engine;

import dev.microtower.allocation.domain.AllocationPlan;
import dev.microtower.allocation.domain.StockTarget;
import dev.microtower.core.NodeCode;
import dev.microtower.core.SkuCode;
import dev.microtower.heatmaps.domain.AssortmentFilter;
import dev.microtower.heatmaps.domain.SiteReading;
import dev.microtower.heatmaps.domain.StockBand;
import dev.microtower.heatmaps.domain.StockMeasure;
import dev.microtower.inventory.domain.Sku;
import dev.microtower.inventory.domain.StockLevel;
import dev.microtower.network.domain.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stock, targets and capacity of every stocked site, joined once per node × SKU so that the
 * reading of any measure for any part of the assortment is one pass over flat arrays. Build it
 * again when stock, the network or the targets change; asking it for readings is cheap.
 */
public final class StockHeat {
    private final List<Node> sites = new ArrayList<>();
    private final List<Sku> skus;
    // one cell per node × SKU that has a target or a stock row
    private final int[] cellSite;
    private final int[] cellSku;
    private final long[] onHand;
    private final long[] reserved;
    private final long[] inTransit;
    private final long[] target;
    private final long[] maxLevel;
    private final double[] safety;
    private final double[] daily;

    public StockHeat(List<Node> nodes, List<Sku> skus, List<StockLevel> stock, AllocationPlan plan) {
        this.skus = List.copyOf(skus);
        Map<NodeCode, Integer> siteIndex = new HashMap<>();
        for (Node node : nodes) {
            if (node.isStocked()) {
                siteIndex.put(node.code(), sites.size());
                sites.add(node);
            }
        }
        Map<SkuCode, Integer> skuIndex = new HashMap<>();
        for (int s = 0; s < this.skus.size(); s++) {
            skuIndex.put(this.skus.get(s).code(), s);
        }
        Map<Long, Integer> cells = new LinkedHashMap<>();
        List<StockTarget> targets = new ArrayList<>();
        List<StockLevel> levels = new ArrayList<>();
        for (StockTarget t : plan.targets()) {
            Integer n = siteIndex.get(t.node()), s = skuIndex.get(t.sku());
            if (n != null && s != null) {
                cells.putIfAbsent(key(n, s), cells.size());
                targets.add(t);
            }
        }
        for (StockLevel level : stock) {
            Integer n = siteIndex.get(level.node()), s = skuIndex.get(level.sku());
            if (n != null && s != null) {
                cells.putIfAbsent(key(n, s), cells.size());
                levels.add(level);
            }
        }
        int size = cells.size();
        cellSite = new int[size];
        cellSku = new int[size];
        onHand = new long[size];
        reserved = new long[size];
        inTransit = new long[size];
        target = new long[size];
        maxLevel = new long[size];
        safety = new double[size];
        daily = new double[size];
        cells.forEach((key, cell) -> {
            cellSite[cell] = (int) (key >>> 32);
            cellSku[cell] = (int) (key & 0xffffffffL);
        });
        for (StockTarget t : targets) {
            int cell = cells.get(key(siteIndex.get(t.node()), skuIndex.get(t.sku())));
            target[cell] = t.target();
            maxLevel[cell] = t.maxLevel();
            safety[cell] = t.safetyStock();
            daily[cell] = t.dailyForecast();
        }
        for (StockLevel level : levels) {
            int cell = cells.get(key(siteIndex.get(level.node()), skuIndex.get(level.sku())));
            onHand[cell] += level.onHand();
            reserved[cell] += level.reserved();
            inTransit[cell] += level.inTransit();
        }
    }

    private static long key(int site, int sku) {
        return ((long) site << 32) | sku;
    }

    /** The stocked sites this heatmap colours. */
    public List<Node> sites() {
        return List.copyOf(sites);
    }

    /** The reading of every stocked site, in the order of {@link #sites()}. */
    public Map<NodeCode, SiteReading> readings(StockMeasure measure, AssortmentFilter filter) {
        boolean[] selected = new boolean[skus.size()];
        for (int s = 0; s < selected.length; s++) {
            selected[s] = filter.matches(skus.get(s));
        }
        int n = sites.size();
        long[] covering = new long[n];
        long[] hand = new long[n], held = new long[n], coming = new long[n], goal = new long[n], max = new long[n];
        double[] ss = new double[n], perDay = new double[n];
        int[] count = new int[n], tooLittle = new int[n];
        for (int c = 0; c < cellSite.length; c++) {
            if (!selected[cellSku[c]]) {
                continue;
            }
            int i = cellSite[c];
            hand[i] += onHand[c];
            held[i] += reserved[c];
            coming[i] += inTransit[c];
            goal[i] += target[c];
            max[i] += maxLevel[c];
            ss[i] += safety[c];
            perDay[i] += daily[c];
            count[i]++;
            long available = onHand[c] + inTransit[c] - reserved[c];
            covering[i] += Math.max(0, Math.min(available, maxLevel[c]));
            if (StockBand.classify(available, target[c], safety[c], maxLevel[c]) == StockBand.TOO_LITTLE) {
                tooLittle[i]++;
            }
        }
        Map<NodeCode, SiteReading> readings = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            Node site = sites.get(i);
            long available = hand[i] + coming[i] - held[i];
            StockBand band = StockBand.classify(covering[i], available, goal[i], ss[i], max[i]);
            Long capacity = site.storageCapacityUnits();
            double value =
                    switch (measure) {
                        case STOCK_AGAINST_TARGET -> goal[i] > 0 ? (double) covering[i] / goal[i] : Double.NaN;
                        case DAYS_OF_COVER ->
                            perDay[i] > 0
                                    ? available / perDay[i]
                                    : available > 0 ? Double.POSITIVE_INFINITY : Double.NaN;
                        case CAPACITY_UTILISATION ->
                            capacity == null || capacity <= 0 ? Double.NaN : (double) hand[i] / capacity;
                    };
            readings.put(
                    site.code(),
                    new SiteReading(
                            site.code(),
                            measure,
                            filter,
                            value,
                            band,
                            covering[i],
                            hand[i],
                            held[i],
                            coming[i],
                            goal[i],
                            ss[i],
                            max[i],
                            perDay[i],
                            capacity,
                            count[i],
                            tooLittle[i]));
        }
        return readings;
    }
}
