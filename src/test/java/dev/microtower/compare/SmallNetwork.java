package dev.microtower.compare;

import dev.microtower.app.OpenSession;
import dev.microtower.core.GeoPoint;
import dev.microtower.core.NodeCode;
import dev.microtower.core.OrderCode;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.SkuCode;
import dev.microtower.core.ZoneCode;
import dev.microtower.inventory.domain.StockLevel;
import dev.microtower.inventory.store.SkuRepository;
import dev.microtower.inventory.store.StockRepository;
import dev.microtower.network.domain.Node;
import dev.microtower.network.domain.NodeStatus;
import dev.microtower.network.domain.NodeType;
import dev.microtower.network.domain.SlaTier;
import dev.microtower.network.store.NodeRepository;
import dev.microtower.orders.domain.Order;
import dev.microtower.orders.domain.OrderLine;
import dev.microtower.orders.store.OrderRepository;
import dev.microtower.testing.Fixtures;
import dev.microtower.zones.domain.DeliveryZone;
import dev.microtower.zones.store.ZoneRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;

/**
 * A network small enough to check every KPI by hand, written into a real database: a DC in Oakland
 * with no same-day zone, MFC-SF covering San Francisco, the dark store DS-SF covering a square inside
 * it, and MFC-OAK alone covering Oakland. Ten orders over three weeks: 3 in San Francisco outside
 * the dark store's square (1 + 2 + 3 units), 2 inside it (4 + 5), 4 in Oakland (1 unit each) and 1
 * far away in the hills (10 units): 9 of 10 orders and 19 of 29 units lie in a same-day zone.
 */
public final class SmallNetwork {
    public static final NodeCode DC = NodeCode.of("DC-OAK");
    public static final NodeCode MFC_SF = NodeCode.of("MFC-SF");
    public static final NodeCode DS_SF = NodeCode.of("DS-SF");
    public static final NodeCode MFC_OAK = NodeCode.of("MFC-OAK");
    public static final SkuCode MILK = Fixtures.milk().code(); // 0.89 a unit
    public static final SkuCode TV = Fixtures.tv().code(); // 89.99 a unit
    static final Instant START = Instant.parse("2026-10-01T10:00:00Z");

    private SmallNetwork() {}

    /** Writes the network into the baseline of {@code session}. */
    public static void write(OpenSession session) {
        write(session, START);
    }

    /** As {@link #write(OpenSession)}, the first order placed at {@code start}, the others at the same time of day. */
    public static void write(OpenSession session, Instant start) {
        ScenarioId base = ScenarioId.BASELINE;
        SkuRepository skus = session.get(SkuRepository.class);
        Fixtures.skus().forEach(skus::save);
        session.get(NodeRepository.class)
                .saveAll(
                        base,
                        List.of(
                                site(DC, NodeType.REGIONAL_DC, SlaTier.REPLENISHMENT_HUB, 37.80, -122.22, 100_000L),
                                site(
                                        MFC_SF,
                                        NodeType.MICRO_FULFILLMENT_CENTER,
                                        SlaTier.SAME_DAY,
                                        37.78,
                                        -122.40,
                                        20_000L),
                                site(DS_SF, NodeType.DARK_STORE, SlaTier.SAME_DAY, 37.78, -122.40, 5_000L),
                                site(
                                        MFC_OAK,
                                        NodeType.MICRO_FULFILLMENT_CENTER,
                                        SlaTier.SAME_DAY,
                                        37.80,
                                        -122.27,
                                        10_000L)));
        ZoneRepository zones = session.get(ZoneRepository.class);
        zones.save(base, zone("Z-MFC-SF", MFC_SF, -122.42, 37.76, -122.38, 37.80));
        zones.save(base, zone("Z-DS-SF", DS_SF, -122.41, 37.77, -122.39, 37.79));
        zones.save(base, zone("Z-MFC-OAK", MFC_OAK, -122.29, 37.78, -122.25, 37.82));
        StockRepository stock = session.get(StockRepository.class);
        stock.save(base, new StockLevel(MFC_SF, MILK, 100, 5, 20, start));
        stock.save(base, new StockLevel(MFC_OAK, TV, 2, 0, 0, start));
        stock.save(base, new StockLevel(DC, MILK, 1_000, 0, 0, start));
        List<Order> orders = new ArrayList<>();
        orders.add(order(start, 1, 37.765, -122.415, 1));
        orders.add(order(start, 2, 37.765, -122.415, 2));
        orders.add(order(start, 3, 37.765, -122.415, 3));
        orders.add(order(start, 4, 37.78, -122.40, 4));
        orders.add(order(start, 5, 37.78, -122.40, 5));
        for (int i = 6; i <= 9; i++) {
            orders.add(order(start, i, 37.80, -122.27, 1));
        }
        orders.add(order(start, 10, 37.50, -122.00, 10));
        session.get(OrderRepository.class).saveAll(orders);
    }

    private static Node site(NodeCode code, NodeType type, SlaTier tier, double lat, double lon, long capacity) {
        return Fixtures.site(code.value(), type, tier, NodeStatus.ACTIVE, lat, lon)
                .withStorageCapacityUnits(capacity);
    }

    private static DeliveryZone zone(String code, NodeCode node, double lon0, double lat0, double lon1, double lat1) {
        var square = ZoneRepository.GEOMETRY.createPolygon(new Coordinate[] {
            new Coordinate(lon0, lat0),
            new Coordinate(lon1, lat0),
            new Coordinate(lon1, lat1),
            new Coordinate(lon0, lat1),
            new Coordinate(lon0, lat0)
        });
        return new DeliveryZone(ZoneCode.of(code), node, SlaTier.SAME_DAY, square);
    }

    private static Order order(Instant start, int n, double lat, double lon, int units) {
        Instant at = start.plus(Duration.ofDays(2L * n));
        return new Order(
                OrderCode.of("O-" + n),
                at,
                at.plus(Duration.ofHours(8)),
                "web",
                new GeoPoint(lat, lon),
                null,
                List.of(new OrderLine(1, n % 2 == 0 ? MILK : TV, units)));
    }
}
