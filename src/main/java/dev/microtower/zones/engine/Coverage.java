package dev.microtower.zones.engine;

import dev.microtower.core.GeoPoint;
import dev.microtower.core.NodeCode;
import dev.microtower.network.domain.Node;
import dev.microtower.network.domain.SlaTier;
import dev.microtower.orders.domain.Order;
import dev.microtower.zones.domain.DeliveryZone;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * Counts how much order demand the same-day zones cover, where they overlap and where uncovered
 * demand gathers. Only same-day zones of sites that are open or disrupted count (a closed or
 * planned site delivers nothing today). Feed every order with {@link #add}, then read {@link
 * #report()}. Zones are found through an STR-tree of prepared polygons, so each order costs a few
 * envelope checks. Uncovered orders are binned on a square grid of {@code cellKm} in a local
 * projection around the network; the cells with the most uncovered orders are the hot spots.
 */
public final class Coverage {
    private static final GeometryFactory LON_LAT = new GeometryFactory();
    /** Shared areas below one square metre are rounding slivers along a common edge, not overlaps. */
    private static final double MIN_OVERLAP_KM2 = 1e-6;

    private record Indexed(DeliveryZone zone, PreparedGeometry area) {}

    private final List<DeliveryZone> counted;
    private final STRtree index = new STRtree();
    private final LocalProjection grid;
    private final double cellKm;
    private final int hotSpotCount;
    private final Map<Long, long[]> uncovered = new HashMap<>();
    private long orders;
    private long units;
    private long ordersCovered;
    private long unitsCovered;
    private long ordersInOverlap;

    /**
     * @param cellKm side of a hot-spot grid cell in kilometres
     * @param hotSpotCount how many hot spots to report
     */
    public Coverage(Collection<DeliveryZone> zones, Collection<Node> nodes, double cellKm, int hotSpotCount) {
        if (!(cellKm > 0)) {
            throw new IllegalArgumentException("hot-spot cells must be larger than 0 km: " + cellKm);
        }
        this.cellKm = cellKm;
        this.hotSpotCount = hotSpotCount;
        Set<NodeCode> open =
                nodes.stream().filter(Node::isStocked).map(Node::code).collect(Collectors.toSet());
        counted = zones.stream()
                .filter(z -> z.slaTier() == SlaTier.SAME_DAY && open.contains(z.node()))
                .toList();
        for (DeliveryZone zone : counted) {
            index.insert(
                    zone.area().getEnvelopeInternal(), new Indexed(zone, PreparedGeometryFactory.prepare(zone.area())));
        }
        index.build();
        Envelope network = new Envelope();
        nodes.forEach(
                n -> network.expandToInclude(n.location().lon(), n.location().lat()));
        grid = LocalProjection.around(network);
    }

    /** The same-day zones this coverage counts. */
    public List<DeliveryZone> counted() {
        return counted;
    }

    public void add(Order order) {
        add(order.customer(), order.units());
    }

    /** Counts one order of {@code orderUnits} units for a customer at {@code customer}. */
    public void add(GeoPoint customer, long orderUnits) {
        orders++;
        units += orderUnits;
        int inside = zonesContaining(customer);
        if (inside > 0) {
            ordersCovered++;
            unitsCovered += orderUnits;
            if (inside > 1) {
                ordersInOverlap++;
            }
            return;
        }
        long cx = (long) Math.floor(grid.x(customer.lon()) / cellKm);
        long cy = (long) Math.floor(grid.y(customer.lat()) / cellKm);
        long[] counts = uncovered.computeIfAbsent(cx * 4_000_003L + cy, k -> new long[] {cx, cy, 0, 0});
        counts[2]++;
        counts[3] += orderUnits;
    }

    private int zonesContaining(GeoPoint customer) {
        double x = customer.lon(), y = customer.lat();
        Point point = LON_LAT.createPoint(new Coordinate(x, y));
        int inside = 0;
        for (Object candidate : index.query(new Envelope(x, x, y, y))) {
            if (((Indexed) candidate).area().covers(point)) {
                inside++;
            }
        }
        return inside;
    }

    public CoverageReport report() {
        List<CoverageReport.Overlap> overlaps = overlaps();
        double zoneArea = counted.isEmpty()
                ? 0
                : LocalProjection.areaKm2(UnaryUnionOp.union(
                        counted.stream().map(DeliveryZone::area).toList()));
        Geometry overlapArea = overlaps.isEmpty()
                ? LON_LAT.createPolygon()
                : UnaryUnionOp.union(
                        overlaps.stream().map(CoverageReport.Overlap::area).toList());
        List<CoverageReport.HotSpot> hotSpots = uncovered.values().stream()
                .sorted(Comparator.comparingLong((long[] c) -> -c[2])
                        .thenComparingLong(c -> -c[3])
                        .thenComparingLong(c -> c[0])
                        .thenComparingLong(c -> c[1]))
                .limit(hotSpotCount)
                .map(this::hotSpot)
                .toList();
        return new CoverageReport(
                counted.size(),
                orders,
                units,
                ordersCovered,
                unitsCovered,
                ordersInOverlap,
                zoneArea,
                LocalProjection.areaKm2(overlapArea),
                overlapArea,
                overlaps,
                cellKm,
                hotSpots);
    }

    private CoverageReport.HotSpot hotSpot(long[] c) {
        double x0 = c[0] * cellKm, y0 = c[1] * cellKm, x1 = x0 + cellKm, y1 = y0 + cellKm;
        Coordinate[] ring = {
            new Coordinate(grid.lon(x0), grid.lat(y0)),
            new Coordinate(grid.lon(x1), grid.lat(y0)),
            new Coordinate(grid.lon(x1), grid.lat(y1)),
            new Coordinate(grid.lon(x0), grid.lat(y1)),
            new Coordinate(grid.lon(x0), grid.lat(y0))
        };
        GeoPoint centre = new GeoPoint(grid.lat((y0 + y1) / 2), grid.lon((x0 + x1) / 2));
        return new CoverageReport.HotSpot(LON_LAT.createPolygon(ring), centre, c[2], c[3]);
    }

    private List<CoverageReport.Overlap> overlaps() {
        List<CoverageReport.Overlap> overlaps = new ArrayList<>();
        for (DeliveryZone zone : counted) {
            for (Object candidate : index.query(zone.area().getEnvelopeInternal())) {
                DeliveryZone other = ((Indexed) candidate).zone();
                if (other.code().value().compareTo(zone.code().value()) <= 0
                        || !((Indexed) candidate).area().intersects(zone.area())) {
                    continue;
                }
                Geometry shared = ZoneTopology.polygonal(zone.area().intersection(other.area()));
                if (shared != null) {
                    double km2 = LocalProjection.areaKm2(shared);
                    if (km2 > MIN_OVERLAP_KM2) {
                        overlaps.add(new CoverageReport.Overlap(zone.code(), other.code(), shared, km2));
                    }
                }
            }
        }
        overlaps.sort(Comparator.comparingDouble(CoverageReport.Overlap::areaKm2)
                .reversed()
                .thenComparing(o -> o.first().value())
                .thenComparing(o -> o.second().value()));
        return overlaps;
    }
}
