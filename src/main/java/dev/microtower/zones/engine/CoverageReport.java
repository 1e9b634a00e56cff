package dev.microtower.zones.engine;

import dev.microtower.core.GeoPoint;
import dev.microtower.core.ZoneCode;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * How well the same-day zones cover the order history. Demand is counted both in orders and in
 * units (the sum of the order lines' quantities); an order is covered when its customer point lies
 * inside (or on the edge of) at least one counted same-day zone.
 *
 * @param sameDayZones same-day zones counted (zones of sites that are open or disrupted)
 * @param ordersInOverlap covered orders whose customer lies in two or more same-day zones
 * @param sameDayAreaKm2 area of the union of the same-day zones
 * @param overlapAreaKm2 area covered by two or more same-day zones
 * @param overlapArea where two or more same-day zones meet (lon/lat), empty when nowhere
 * @param overlaps every pair of same-day zones that share area, largest first
 * @param hotSpots the grid cells of {@code cellKm} × {@code cellKm} with the most uncovered orders
 */
public record CoverageReport(
        int sameDayZones,
        long orders,
        long units,
        long ordersCovered,
        long unitsCovered,
        long ordersInOverlap,
        double sameDayAreaKm2,
        double overlapAreaKm2,
        Geometry overlapArea,
        List<Overlap> overlaps,
        double cellKm,
        List<HotSpot> hotSpots) {

    public CoverageReport {
        overlaps = List.copyOf(overlaps);
        hotSpots = List.copyOf(hotSpots);
    }

    /** Two same-day zones that share area: where (lon/lat) and how much. */
    public record Overlap(ZoneCode first, ZoneCode second, Geometry area, double areaKm2) {}

    /** A grid cell (lon/lat polygon) and the demand in it that no same-day zone covers. */
    public record HotSpot(Geometry cell, GeoPoint centre, long orders, long units) {}

    /** Share of orders covered, 0..1; 0 when there are no orders. */
    public double orderShare() {
        return orders == 0 ? 0 : (double) ordersCovered / orders;
    }

    /** Share of units covered, 0..1; 0 when there are no orders. */
    public double unitShare() {
        return units == 0 ? 0 : (double) unitsCovered / units;
    }
}
