package dev.microtower.forecasting.engine;

import dev.microtower.core.NodeCode;
import dev.microtower.core.SkuCode;
import dev.microtower.forecasting.domain.DemandClasses;
import dev.microtower.forecasting.domain.DemandHistory;
import dev.microtower.forecasting.domain.SeriesKey;
import dev.microtower.inventory.domain.AbcClass;
import dev.microtower.inventory.domain.XyzClass;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * ABC and XYZ classes. ABC ranks SKUs by units and cuts the cumulative share at {@code aShare}
 * (default 80 %) and {@code aShare + bShare} (default 95 %): a SKU is A while the share before it
 * is below the A cut. XYZ uses the coefficient of variation (standard deviation / mean) of daily
 * demand: up to {@code xMaxCv} (0.5) X, up to {@code yMaxCv} (1.0) Y, else Z. Network classes use
 * the sum over nodes; node classes rank the SKUs inside each node.
 */
public final class DemandClassifier {
    private final double aShare;
    private final double bShare;
    private final double xMaxCv;
    private final double yMaxCv;

    public DemandClassifier(double aShare, double bShare, double xMaxCv, double yMaxCv) {
        if (!(aShare > 0 && bShare >= 0 && aShare + bShare <= 1)) {
            throw new IllegalArgumentException("ABC shares must be positive and add up to at most 100 %");
        }
        if (!(xMaxCv > 0 && yMaxCv >= xMaxCv)) {
            throw new IllegalArgumentException("XYZ limits must be positive and X <= Y");
        }
        this.aShare = aShare;
        this.bShare = bShare;
        this.xMaxCv = xMaxCv;
        this.yMaxCv = yMaxCv;
    }

    public static DemandClassifier defaults() {
        return new DemandClassifier(0.80, 0.15, 0.5, 1.0);
    }

    public DemandClasses classify(DemandHistory history, Collection<SkuCode> catalogue) {
        Map<SkuCode, double[]> network = new HashMap<>();
        Map<NodeCode, Map<SkuCode, double[]>> byNode = new HashMap<>();
        for (var e : history.series().entrySet()) {
            double[] total = network.computeIfAbsent(e.getKey().sku(), k -> new double[history.days()]);
            double[] y = e.getValue();
            for (int t = 0; t < y.length; t++) {
                total[t] += y[t];
            }
            byNode.computeIfAbsent(e.getKey().node(), k -> new HashMap<>())
                    .put(e.getKey().sku(), y);
        }
        Map<SkuCode, AbcClass> abc = new HashMap<>(abc(network));
        Map<SkuCode, XyzClass> xyz = new HashMap<>();
        network.forEach((sku, y) -> xyz.put(sku, xyz(y)));
        for (SkuCode sku : catalogue) {
            abc.putIfAbsent(sku, AbcClass.C);
            xyz.putIfAbsent(sku, XyzClass.Z);
        }
        Map<SeriesKey, AbcClass> nodeAbc = new HashMap<>();
        Map<SeriesKey, XyzClass> nodeXyz = new HashMap<>();
        byNode.forEach((node, series) -> {
            abc(series).forEach((sku, c) -> nodeAbc.put(SeriesKey.of(node, sku), c));
            series.forEach((sku, y) -> nodeXyz.put(SeriesKey.of(node, sku), xyz(y)));
        });
        return new DemandClasses(abc, xyz, nodeAbc, nodeXyz);
    }

    private Map<SkuCode, AbcClass> abc(Map<SkuCode, double[]> series) {
        List<Map.Entry<SkuCode, Double>> volumes = new ArrayList<>();
        double total = 0;
        for (var e : series.entrySet()) {
            double units = 0;
            for (double v : e.getValue()) {
                units += v;
            }
            volumes.add(Map.entry(e.getKey(), units));
            total += units;
        }
        volumes.sort(
                Map.Entry.<SkuCode, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<SkuCode, AbcClass> classes = new HashMap<>();
        double before = 0;
        for (var e : volumes) {
            double shareBefore = total > 0 ? before / total : 1;
            AbcClass c = e.getValue() <= 0
                    ? AbcClass.C
                    : shareBefore < aShare - 1e-12
                            ? AbcClass.A
                            : shareBefore < aShare + bShare - 1e-12 ? AbcClass.B : AbcClass.C;
            classes.put(e.getKey(), c);
            before += e.getValue();
        }
        return classes;
    }

    private XyzClass xyz(double[] y) {
        double mean = ForecastMethods.mean(y, y.length);
        if (mean <= 0) {
            return XyzClass.Z;
        }
        double ss = 0;
        for (double v : y) {
            ss += (v - mean) * (v - mean);
        }
        double cv = Math.sqrt(ss / y.length) / mean;
        return cv <= xMaxCv ? XyzClass.X : cv <= yMaxCv ? XyzClass.Y : XyzClass.Z;
    }
}
