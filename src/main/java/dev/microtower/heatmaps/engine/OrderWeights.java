package dev.microtower.heatmaps.engine;

import dev.microtower.core.GeoPoint;
import dev.microtower.core.NodeCode;
import dev.microtower.core.SkuCode;
import dev.microtower.core.WebMercator;
import dev.microtower.forecasting.engine.DemandBuilder;
import dev.microtower.network.domain.Node;
import dev.microtower.planning.engine.DemandDistricts;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * The weight of each order line of {@link OrderColumns} under a scenario's demand changes, for
 * {@link HexBinner}: the factor {@link DemandDistricts.CustomerFactors} gives the line by where its
 * customer is, its SKU and category. The districts are those the plan resolves, so the demand
 * heatmap of a scenario shows the same changes the plan reads.
 */
public final class OrderWeights {
    private static final int CANCEL_CHECK_EVERY = 16_384;

    private OrderWeights() {}

    /**
     * The site of an order for {@link #lineFactors}, decided where the plan decides it ({@link
     * DemandBuilder#nodeFor(GeoPoint, NodeCode)}): an order picked up at a pickup point counts for
     * the site serving the pickup point, else for the zone holding its customer, else the nearest
     * stocking site.
     */
    public static BiFunction<GeoPoint, NodeCode, NodeCode> sitesOf(DemandBuilder sites) {
        return (customer, fulfilledBy) -> {
            Node node = sites.nodeFor(customer, fulfilledBy);
            return node == null ? null : node.code();
        };
    }

    /**
     * One factor per line of {@code columns}, or {@code null} when no change weighs anything.
     *
     * @param siteOf the site whose demand an order is, from its customer's place and the node that
     *     fulfilled it ({@code null} when not known), for changes of a site's demand; the plan's
     *     {@code DemandBuilder.nodeFor} decides it; not asked when no change names a site
     * @throws CancellationException when {@code cancelled} says so
     */
    public static float[] lineFactors(
            OrderColumns columns,
            DemandDistricts.CustomerFactors factors,
            Function<SkuCode, String> categoryOf,
            BiFunction<GeoPoint, NodeCode, NodeCode> siteOf,
            BooleanSupplier cancelled) {
        if (factors.size() == 0) {
            return null;
        }
        boolean sites = factors.needsSites();
        List<SkuCode> skus = columns.skus();
        String[] category = new String[skus.size()];
        for (int s = 0; s < category.length; s++) {
            category[s] = categoryOf.apply(skus.get(s));
        }
        float[] weights = new float[columns.lines()];
        for (int i = 0; i < columns.orders; i++) {
            if ((i & (CANCEL_CHECK_EVERY - 1)) == 0 && cancelled.getAsBoolean()) {
                throw new CancellationException("weighing orders cancelled");
            }
            GeoPoint customer = new GeoPoint(WebMercator.lat(columns.y[i]), WebMercator.lon(columns.x[i]));
            DemandDistricts.CustomerFactors.Lines lines =
                    factors.at(customer, sites ? siteOf.apply(customer, columns.fulfilledBy(i)) : null);
            for (int l = columns.lineStart[i], end = columns.lineStart[i + 1]; l < end; l++) {
                int sku = columns.lineSku[l];
                weights[l] = (float) lines.factor(skus.get(sku), category[sku]);
            }
        }
        return weights;
    }
}
