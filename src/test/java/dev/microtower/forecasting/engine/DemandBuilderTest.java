package dev.microtower.forecasting.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.microtower.core.GeoPoint;
import dev.microtower.core.NodeCode;
import dev.microtower.core.OrderCode;
import dev.microtower.core.SkuCode;
import dev.microtower.core.ZoneCode;
import dev.microtower.forecasting.domain.DemandHistory;
import dev.microtower.forecasting.domain.SeriesKey;
import dev.microtower.network.domain.Node;
import dev.microtower.network.domain.NodeStatus;
import dev.microtower.network.domain.NodeType;
import dev.microtower.network.domain.SlaTier;
import dev.microtower.orders.domain.Order;
import dev.microtower.orders.domain.OrderLine;
import dev.microtower.zones.domain.DeliveryZone;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.WKTReader;

class DemandBuilderTest {
    static Node node(String code, NodeType type, double lat, double lon, String servedBy) {
        return new Node(
                NodeCode.of(code),
                code,
                type,
                new GeoPoint(lat, lon),
                null,
                null,
                null,
                NodeStatus.ACTIVE,
                null,
                1000L,
                null,
                null,
                null,
                null,
                null,
                servedBy == null ? null : NodeCode.of(servedBy));
    }

    static DeliveryZone square(String code, String node, SlaTier tier, double lat, double lon, double half)
            throws Exception {
        String wkt = "POLYGON((%f %f, %f %f, %f %f, %f %f, %f %f))"
                .formatted(
                        lon - half,
                        lat - half,
                        lon + half,
                        lat - half,
                        lon + half,
                        lat + half,
                        lon - half,
                        lat + half,
                        lon - half,
                        lat - half);
        return new DeliveryZone(ZoneCode.of(code), NodeCode.of(node), tier, new WKTReader().read(wkt));
    }

    static Order order(String code, String day, double lat, double lon, String fulfilledBy, int qty) {
        return new Order(
                OrderCode.of(code),
                Instant.parse(day + "T10:00:00Z"),
                null,
                "web",
                new GeoPoint(lat, lon),
                fulfilledBy == null ? null : NodeCode.of(fulfilledBy),
                List.of(new OrderLine(1, SkuCode.of("MILK"), qty)));
    }

    @Test
    void ordersGoToTheZoneNodeThenThroughPickupPointsThenToTheNearestNode() throws Exception {
        Node mfc = node("MFC", NodeType.MICRO_FULFILLMENT_CENTER, 37.80, -122.27, null);
        Node dark = node("DARK", NodeType.DARK_STORE, 37.70, -122.10, null);
        Node locker = node("LOCKER", NodeType.PICKUP_POINT, 37.90, -122.00, "DARK");
        DemandBuilder builder = new DemandBuilder(
                List.of(mfc, dark, locker),
                List.of(square("Z-MFC", "MFC", SlaTier.SAME_DAY, 37.80, -122.27, 0.05)),
                ZoneOffset.UTC);
        DemandHistory h = builder.build(
                List.of(
                        order("O1", "2026-03-02", 37.81, -122.26, null, 2), // inside MFC's zone
                        order("O2", "2026-03-02", 37.81, -122.26, "LOCKER", 5), // collected at the locker
                        order("O3", "2026-03-03", 37.69, -122.11, null, 7), // no zone: nearest is DARK
                        order("O4", "2026-02-01", 37.81, -122.26, null, 9)), // before the window
                LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 4));
        assertArrayEquals(new double[] {2, 0, 0}, h.demand(SeriesKey.of(mfc.code(), SkuCode.of("MILK"))));
        assertArrayEquals(new double[] {5, 7, 0}, h.demand(SeriesKey.of(dark.code(), SkuCode.of("MILK"))));
        assertEquals(1, h.ordersInZone());
        assertEquals(1, h.ordersViaPickupPoint());
        assertEquals(1, h.ordersToNearestNode());
    }

    @Test
    void aSameDayZoneWinsOverAnOverlappingNextDayZone() throws Exception {
        Node near = node("NEAR", NodeType.DARK_STORE, 37.80, -122.27, null);
        Node far = node("FAR", NodeType.MICRO_FULFILLMENT_CENTER, 37.60, -122.00, null);
        DemandBuilder builder = new DemandBuilder(
                List.of(near, far),
                List.of(
                        square("NEXT", "NEAR", SlaTier.NEXT_DAY, 37.80, -122.27, 0.5),
                        square("SAME", "FAR", SlaTier.SAME_DAY, 37.80, -122.27, 0.5)),
                ZoneOffset.UTC);
        assertEquals(far, builder.zoneNode(new GeoPoint(37.80, -122.27)));
    }

    @Test
    void aClosedNodesZoneNoLongerAttractsOrders() throws Exception {
        Node closed = node("CLOSED", NodeType.DARK_STORE, 37.80, -122.27, null).withStatus(NodeStatus.CLOSED);
        Node open = node("OPEN", NodeType.DARK_STORE, 37.70, -122.20, null);
        DemandBuilder builder = new DemandBuilder(
                List.of(closed, open),
                List.of(square("Z", "CLOSED", SlaTier.SAME_DAY, 37.80, -122.27, 0.05)),
                ZoneOffset.UTC);
        assertNull(builder.zoneNode(new GeoPoint(37.80, -122.27)));
        assertEquals(open, builder.nearestStocked(new GeoPoint(37.80, -122.27)));
    }
}
