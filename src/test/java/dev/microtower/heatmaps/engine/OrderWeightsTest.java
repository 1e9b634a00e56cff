package dev.microtower.heatmaps.engine;

import static dev.microtower.testing.Fixtures.sku;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.microtower.core.GeoPoint;
import dev.microtower.core.NodeCode;
import dev.microtower.core.SkuCode;
import dev.microtower.heatmaps.domain.AssortmentFilter;
import dev.microtower.heatmaps.domain.DemandFilter;
import dev.microtower.inventory.domain.Sku;
import dev.microtower.planning.engine.DemandDistricts;
import dev.microtower.scenarios.domain.DemandMultiplier;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A scenario's demand changes weigh the order lines by the plan's districts: a drawn area holds
 * its customers only, a change of a site the customers placed at it, a change everywhere all; a
 * SKU or category change its lines only. Weighted orders count as the units' mean factor.
 */
class OrderWeightsTest {
    private static final List<Sku> SKUS = List.of(sku("A", "dairy"), sku("B", "frozen"));
    private static final Map<SkuCode, String> CATEGORY =
            SKUS.stream().collect(Collectors.toMap(Sku::code, Sku::category));
    private static final GeoPoint INSIDE = new GeoPoint(37.70, -122.40);
    private static final GeoPoint OUTSIDE = new GeoPoint(37.90, -122.10);
    private static final List<GeoPoint> AREA = List.of(
            new GeoPoint(37.6, -122.5),
            new GeoPoint(37.8, -122.5),
            new GeoPoint(37.8, -122.3),
            new GeoPoint(37.6, -122.3));
    private static final NodeCode DS = NodeCode.of("DS-1");

    /** Order 0 inside the area: 1 A, 3 B; order 1 outside: 2 A. */
    private static final OrderColumns COLUMNS = OrderColumns.builder(
                    List.of(SKUS.get(0).code(), SKUS.get(1).code()))
            .order(INSIDE.lat(), INSIDE.lon(), 20_000)
            .line(0, 1)
            .line(1, 3)
            .order(OUTSIDE.lat(), OUTSIDE.lon(), 20_000)
            .line(0, 2)
            .build();

    private static float[] weights(DemandMultiplier... changes) {
        return OrderWeights.lineFactors(
                COLUMNS,
                DemandDistricts.customerFactors(List.of(changes), List.of()),
                CATEGORY::get,
                (at, by) -> at.lat() > 37.8
                        ? DS
                        : null, // the outside customer is DS-1's (positions pass through the map projection)
                () -> false);
    }

    @Test
    void noChangeWeighsNothing() {
        assertNull(weights());
    }

    @Test
    void aDrawnAreaWeighsItsCustomersOnlyAndACategoryItsLinesOnly() {
        assertArrayEquals(new float[] {2, 2, 1}, weights(change(2, null, null, AREA)));
        assertArrayEquals(new float[] {1, 3, 1}, weights(change(3, "frozen", null, AREA)));
    }

    @Test
    void aChangeOfASiteWeighsTheCustomersPlacedAtItAndAChangeEverywhereAll() {
        assertArrayEquals(new float[] {1, 1, 1.5f}, weights(change(1.5, null, DS, null)));
        assertArrayEquals(new float[] {4, 4, 2}, weights(change(2, null, null, null), change(2, null, null, AREA)));
    }

    @Test
    void aWeightedOrderCountsAsTheMeanFactorOfItsUnits() {
        float[] factors = weights(change(3, "frozen", null, AREA));
        HexBins bins = new HexBinner(COLUMNS, SKUS)
                .bin(new DemandFilter(20_000, 20_000, AssortmentFilter.ALL), new HexGrid(50), factors, () -> false);
        // both orders in one big hexagon: (1 × 1 + 3 × 3) / 4 = 2.5 orders for the first, 1 for the second
        assertEquals(1, bins.size());
        assertEquals(4, bins.orders(0), "3.5 orders, shown to the nearest whole order");
        assertEquals(12, bins.units(0), "1 + 9 + 2 units");
    }

    private static DemandMultiplier change(double factor, String category, NodeCode site, List<GeoPoint> area) {
        return new DemandMultiplier(site, category, factor, null, null, null, null, null, area);
    }
}
