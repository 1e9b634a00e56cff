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
            PreparedGeometry inside = district(m, zoneAreas);
            if (inside == null) {
                continue;
            }
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
                if (holds(inside, order.customer())) {
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

    /**
     * The factors of a scenario's demand changes on the demand of customers where they are, for a
     * picture of the order history under the scenario (the demand heatmap), so such a picture
     * weights the history with the same districts the plan resolves: a change everywhere covers
     * every customer, a change by zone or drawn area the customers inside it, a change of a site's
     * demand the customers the caller places at that site. The changes' dates are not looked at:
     * they name days to come, and a picture of the history shows what the change does to it.
     */
    public static CustomerFactors customerFactors(List<DemandMultiplier> multipliers, Collection<DeliveryZone> zones) {
        return new CustomerFactors(multipliers, zones);
    }

    /** See {@link #customerFactors}. Immutable; safe to use from several threads. */
    public static final class CustomerFactors {
        /** The factor of each SKU line of one customer's order. */
        @FunctionalInterface
        public interface Lines {
            double factor(SkuCode sku, String category);
        }

        private static final Lines ONE = (sku, category) -> 1;

        private final List<DemandMultiplier> changes = new ArrayList<>();
        /** The district of each change by district, {@code null} for a change of a site or everywhere. */
        private final List<PreparedGeometry> districts = new ArrayList<>();

        private CustomerFactors(List<DemandMultiplier> multipliers, Collection<DeliveryZone> zones) {
            Map<ZoneCode, Geometry> zoneAreas = new HashMap<>();
            zones.forEach(z -> zoneAreas.put(z.code(), z.area()));
            for (DemandMultiplier m : multipliers) {
                PreparedGeometry district = m.byDistrict() ? district(m, zoneAreas) : null;
                if (m.byDistrict() && district == null) {
                    continue; // a zone the scenario no longer has changes nothing, as in the plan
                }
                changes.add(m);
                districts.add(district);
            }
        }

        /** How many changes weigh the customers. */
        public int size() {
            return changes.size();
        }

        /** Whether a change names a site, so {@link #at} needs the customer's site. */
        public boolean needsSites() {
            return changes.stream().anyMatch(m -> m.node() != null);
        }

        /**
         * The factors on the lines of a customer at {@code customer} whose demand the network
         * gives {@code site} ({@code null} when not known): the product of every change that holds
         * the customer and covers the line's SKU or category.
         */
        public Lines at(GeoPoint customer, NodeCode site) {
            List<DemandMultiplier> holding = null;
            for (int i = 0; i < changes.size(); i++) {
                DemandMultiplier m = changes.get(i);
                PreparedGeometry district = districts.get(i);
                boolean holds = district != null
                        ? holds(district, customer)
                        : m.node() == null || m.node().equals(site);
                if (holds) {
                    if (holding == null) {
                        holding = new ArrayList<>(2);
                    }
                    holding.add(m);
                }
            }
            if (holding == null) {
                return ONE;
            }
            List<DemandMultiplier> found = holding;
            return (sku, category) -> {
                double factor = 1;
                for (DemandMultiplier m : found) {
                    if (m.covers(sku, category)) {
                        factor *= m.factor();
                    }
                }
                return factor;
            };
        }
    }

    /** The change's district prepared for point tests, {@code null} for a zone the scenario has not. */
    private static PreparedGeometry district(DemandMultiplier m, Map<ZoneCode, Geometry> zoneAreas) {
        Geometry area = m.zone() != null ? zoneAreas.get(m.zone()) : polygon(m.area());
        return area == null ? null : PreparedGeometryFactory.prepare(area);
    }

    private static boolean holds(PreparedGeometry district, GeoPoint at) {
        return district.covers(GEOMETRY.createPoint(new Coordinate(at.lon(), at.lat())));
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
