package dev.microtower.planning.engine;

import dev.microtower.core.GeoPoint;
import dev.microtower.core.NodeCode;
import dev.microtower.core.SkuCode;
import dev.microtower.core.ZoneCode;
import dev.microtower.forecasting.engine.DemandBuilder;
import dev.microtower.network.domain.Node;
import dev.microtower.orders.domain.Order;
import dev.microtower.orders.domain.OrderLine;
import dev.microtower.scenarios.domain.DemandMultiplier;
import dev.microtower.zones.domain.DeliveryZone;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Turns demand changes by district (a delivery zone or a drawn polygon) into changes of sites'
 * demand, since the forecast is per site × SKU: a site whose history has a share {@code s} of the
 * covered demand (the change's SKU or category) from customers inside the district gets the factor
 * {@code 1 + s × (factor − 1)}, so a ×1.5 on a district that holds half of a site's customers
 * raises that site's forecast by a quarter. A customer's order belongs to the site the demand
 * builder gives it. A change naming a zone the scenario no longer has changes nothing. Changes by
 * site or everywhere pass through unchanged.
 */
public final class DemandDistricts {
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private DemandDistricts() {}

    /** The changes with every district resolved to the sites whose customers are in it. */
    public static List<DemandMultiplier> resolve(
            List<DemandMultiplier> multipliers,
            DemandBuilder builder,
            Collection<Order> history,
            Collection<DeliveryZone> zones,
            Function<SkuCode, String> categoryOf) {
        if (multipliers.stream().noneMatch(DemandMultiplier::byDistrict)) {
            return multipliers;
        }
        Map<ZoneCode, Geometry> zoneAreas = new HashMap<>();
        zones.forEach(z -> zoneAreas.put(z.code(), z.area()));
        // the site of each order once, however many districts there are
        List<Order> orders = new ArrayList<>();
        List<NodeCode> siteOf = new ArrayList<>();
        for (Order order : history) {
            Node node = builder.nodeFor(order);
            if (node != null) {
                orders.add(order);
                siteOf.add(node.code());
            }
        }
        List<DemandMultiplier> resolved = new ArrayList<>();
        for (DemandMultiplier m : multipliers) {
            if (!m.byDistrict()) {
                resolved.add(m);
                continue;
            }
            Geometry area = m.zone() != null ? zoneAreas.get(m.zone()) : polygon(m.area());
            if (area == null) {
                continue;
            }
            PreparedGeometry inside = PreparedGeometryFactory.prepare(area);
            Map<NodeCode, double[]> units = new TreeMap<>(); // covered units: inside, all
            for (int i = 0; i < orders.size(); i++) {
                Order order = orders.get(i);
                double covered = 0;
                for (OrderLine line : order.lines()) {
                    if (m.covers(line.sku(), categoryOf.apply(line.sku()))) {
                        covered += line.quantity();
                    }
                }
                if (covered == 0) {
                    continue;
                }
                double[] counts = units.computeIfAbsent(siteOf.get(i), k -> new double[2]);
                counts[1] += covered;
                GeoPoint at = order.customer();
                if (inside.covers(GEOMETRY.createPoint(new Coordinate(at.lon(), at.lat())))) {
                    counts[0] += covered;
                }
            }
            units.forEach((site, counts) -> {
                if (counts[0] > 0) {
                    double share = counts[0] / counts[1];
                    resolved.add(m.forSite(site, 1 + share * (m.factor() - 1)));
                }
            });
        }
        return resolved;
    }

    private static Geometry polygon(List<GeoPoint> corners) {
        Coordinate[] ring = new Coordinate[corners.size() + 1];
        for (int i = 0; i < corners.size(); i++) {
            ring[i] = new Coordinate(corners.get(i).lon(), corners.get(i).lat());
        }
        ring[corners.size()] = ring[0];
        return GEOMETRY.createPolygon(ring);
    }
}
