package dev.microtower.forecasting.engine;

import dev.microtower.core.GeoPoint;
import dev.microtower.core.NodeCode;
import dev.microtower.forecasting.domain.DemandHistory;
import dev.microtower.forecasting.domain.SeriesKey;
import dev.microtower.network.domain.Node;
import dev.microtower.network.domain.NodeType;
import dev.microtower.orders.domain.Order;
import dev.microtower.orders.domain.OrderLine;
import dev.microtower.zones.domain.DeliveryZone;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Turns the order history into daily demand per node × SKU. Each order belongs to one stocked
 * node: when it was collected at a pickup point, the node that serves the pickup point; else the
 * node whose delivery zone contains the customer (the tightest promise first, SAME_DAY before
 * NEXT_DAY, then the nearest such node); else the nearest stocked node. A zone of a node that
 * holds no stock passes its orders to the node serving it, and zones of closed nodes are ignored,
 * so closing a site in a scenario moves its demand. Zones are found with an STRtree and prepared
 * polygons, so the cost per order is a few envelope checks.
 */
public final class DemandBuilder {
    private final Map<NodeCode, Node> nodes = new HashMap<>();
    private final List<Node> stocked = new ArrayList<>();
    private final STRtree zoneIndex = new STRtree();
    private final GeometryFactory geometry = new GeometryFactory();
    private final ZoneId timeZone;

    private record IndexedZone(DeliveryZone zone, PreparedGeometry area, Node stockedNode) {}

    public DemandBuilder(Collection<Node> network, Collection<DeliveryZone> zones, ZoneId timeZone) {
        this.timeZone = timeZone;
        for (Node n : network) {
            nodes.put(n.code(), n);
            if (n.isStocked()) {
                stocked.add(n);
            }
        }
        for (DeliveryZone z : zones) {
            Node owner = nodes.get(z.node());
            Node serving = owner == null ? null : stockedNodeFor(owner);
            if (serving != null) {
                zoneIndex.insert(
                        z.area().getEnvelopeInternal(),
                        new IndexedZone(z, PreparedGeometryFactory.prepare(z.area()), serving));
            }
        }
        zoneIndex.build();
    }

    /** Daily demand over the inclusive window {@code from..to}; orders outside it are skipped. */
    public DemandHistory build(Collection<Order> orders, LocalDate from, LocalDate to) {
        int days = (int) ChronoUnit.DAYS.between(from, to) + 1;
        Map<SeriesKey, double[]> series = new HashMap<>();
        // orders found via a pickup point, a zone, the nearest node
        long[] via = new long[3];
        long unassigned = 0;
        for (Order order : orders) {
            LocalDate day = order.createdAt().atZone(timeZone).toLocalDate();
            int index = (int) ChronoUnit.DAYS.between(from, day);
            if (index < 0 || index >= days) {
                continue;
            }
            Node node = nodeFor(order, via);
            if (node == null) {
                unassigned++;
                continue;
            }
            for (OrderLine line : order.lines()) {
                series.computeIfAbsent(SeriesKey.of(node.code(), line.sku()), k -> new double[days])[index] +=
                        line.quantity();
            }
        }
        return new DemandHistory(from, days, series, via[1], via[0], via[2], unassigned);
    }

    /**
     * The stocked node an order's demand belongs to, as {@link #build} assigns it (via its pickup
     * point, the zone around the customer, else the nearest stocked node), or {@code null}.
     */
    public Node nodeFor(Order order) {
        return nodeFor(order, new long[3]);
    }

    /**
     * The stocked node the demand of an order of a customer at {@code customer}, fulfilled by
     * {@code fulfilledBy} ({@code null} when not known), belongs to: the one place that decides an
     * order's site, for the plan and for the pictures of the history (the demand heatmap). An
     * order collected at a pickup point belongs to the node serving the pickup point, else to the
     * node whose zone holds the customer, else to the nearest stocked node; {@code null} when no
     * node holds stock.
     */
    public Node nodeFor(GeoPoint customer, NodeCode fulfilledBy) {
        return nodeFor(customer, fulfilledBy, new long[3]);
    }

    /** As {@link #nodeFor(Order)}, counting the way it was found in {@code via}: pickup, zone, nearest. */
    private Node nodeFor(Order order, long[] via) {
        return nodeFor(order.customer(), order.fulfilledBy(), via);
    }

    private Node nodeFor(GeoPoint customer, NodeCode fulfilledBy, long[] via) {
        Node node = null;
        Node fulfilled = fulfilledBy == null ? null : nodes.get(fulfilledBy);
        if (fulfilled != null && fulfilled.type() == NodeType.PICKUP_POINT) {
            node = stockedNodeFor(fulfilled);
            if (node != null) {
                via[0]++;
            }
        }
        if (node == null) {
            node = zoneNode(customer);
            if (node != null) {
                via[1]++;
            }
        }
        if (node == null) {
            node = nearestStocked(customer);
            if (node != null) {
                via[2]++;
            }
        }
        return node;
    }

    /** The stocked node whose zone contains the point, or {@code null}. */
    public Node zoneNode(GeoPoint at) {
        Point point = geometry.createPoint(new Coordinate(at.lon(), at.lat()));
        IndexedZone best = null;
        double bestKm = Double.POSITIVE_INFINITY;
        for (Object o : zoneIndex.query(new Envelope(at.lon(), at.lon(), at.lat(), at.lat()))) {
            IndexedZone z = (IndexedZone) o;
            if (!z.area().contains(point)) {
                continue;
            }
            double km = z.stockedNode().location().distanceKm(at);
            if (best == null
                    || z.zone().slaTier().ordinal() < best.zone().slaTier().ordinal()
                    || (z.zone().slaTier() == best.zone().slaTier() && km < bestKm)) {
                best = z;
                bestKm = km;
            }
        }
        return best == null ? null : best.stockedNode();
    }

    /** The nearest node that holds stock, or {@code null} when none does. */
    public Node nearestStocked(GeoPoint at) {
        Node best = null;
        double bestKm = Double.POSITIVE_INFINITY;
        for (Node n : stocked) {
            double km = n.location().distanceKm(at);
            if (km < bestKm) {
                bestKm = km;
                best = n;
            }
        }
        return best;
    }

    /** Follows "served by" links from a node that holds no stock to one that does. */
    private Node stockedNodeFor(Node node) {
        Node current = node;
        for (int hops = 0; current != null && hops <= nodes.size(); hops++) {
            if (current.isStocked()) {
                return current;
            }
            if (current.servedBy() == null) {
                return null;
            }
            current = nodes.get(current.servedBy());
        }
        return null;
    }
}
