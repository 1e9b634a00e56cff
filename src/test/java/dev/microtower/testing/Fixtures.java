package dev.microtower.testing;

import dev.microtower.allocation.domain.AllocationRule;
import dev.microtower.allocation.domain.NodeSelector;
import dev.microtower.allocation.domain.SkuSelector;
import dev.microtower.allocation.domain.StockingPolicy;
import dev.microtower.core.GeoPoint;
import dev.microtower.core.NodeCode;
import dev.microtower.core.SkuCode;
import dev.microtower.core.ZoneCode;
import dev.microtower.inventory.domain.AbcClass;
import dev.microtower.inventory.domain.Sku;
import dev.microtower.inventory.domain.TemperatureClass;
import dev.microtower.network.domain.Node;
import dev.microtower.network.domain.NodeStatus;
import dev.microtower.network.domain.NodeType;
import dev.microtower.network.domain.SlaTier;
import dev.microtower.zones.domain.DeliveryZone;
import dev.microtower.zones.store.ZoneRepository;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.locationtech.jts.geom.Coordinate;

/** Small, fully populated domain objects for persistence and import/export tests. */
public final class Fixtures {
    private Fixtures() {}

    public static Node dc() {
        return new Node(
                NodeCode.of("DC-OAK"),
                "Oakland DC",
                NodeType.REGIONAL_DC,
                new GeoPoint(37.7749, -122.2194),
                "1 Port Way",
                "Oakland",
                "East Bay",
                NodeStatus.ACTIVE,
                SlaTier.REPLENISHMENT_HUB,
                500_000L,
                12_000.5,
                new BigDecimal("2500.00"),
                new BigDecimal("0.8500"),
                null,
                null,
                null);
    }

    public static Node mfc() {
        return new Node(
                NodeCode.of("MFC-SF1"),
                "SoMa MFC",
                NodeType.MICRO_FULFILLMENT_CENTER,
                new GeoPoint(37.7786, -122.4056),
                "2 Howard St, \"rear\"",
                "San Francisco",
                "SF",
                NodeStatus.ACTIVE,
                SlaTier.SAME_DAY,
                20_000L,
                650.0,
                new BigDecimal("400.00"),
                new BigDecimal("1.2000"),
                NodeCode.of("DC-OAK"),
                1.5,
                null);
    }

    public static Node locker() {
        return new Node(
                NodeCode.of("PUP-SF1"),
                "Mission locker",
                NodeType.PICKUP_POINT,
                new GeoPoint(37.7599, -122.4148),
                null,
                "San Francisco",
                null,
                NodeStatus.PLANNED,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                NodeCode.of("MFC-SF1"));
    }

    public static List<Node> nodes() {
        return List.of(dc(), mfc(), locker());
    }

    public static Sku milk() {
        return new Sku(
                SkuCode.of("SKU-MILK"),
                "Milk 1 l",
                "grocery-chilled",
                TemperatureClass.CHILLED,
                1.05,
                1.1,
                new BigDecimal("0.8900"),
                10,
                false,
                new TreeSet<>(Set.of("dairy", "fast")));
    }

    public static Sku tv() {
        return new Sku(
                SkuCode.of("SKU-TV"),
                "=HYPERLINK(\"x\") TV stand",
                "electronics",
                TemperatureClass.AMBIENT,
                120.0,
                35.25,
                new BigDecimal("89.9900"),
                null,
                true,
                new TreeSet<>());
    }

    public static List<Sku> skus() {
        return List.of(milk(), tv());
    }

    /** An ambient SKU of one unit with only a code, a category and tags: what grouping and selectors need. */
    public static Sku sku(String code, String category, String... tags) {
        return new Sku(
                SkuCode.of(code),
                code,
                category,
                TemperatureClass.AMBIENT,
                1,
                1,
                BigDecimal.ONE,
                null,
                false,
                new TreeSet<>(List.of(tags)));
    }

    public static AllocationRule freshRule() {
        return new AllocationRule(
                "Fresh near customers",
                0,
                true,
                new SkuSelector(
                        Set.of("grocery-chilled"),
                        Set.of(TemperatureClass.CHILLED),
                        Set.of(AbcClass.A),
                        Set.of(),
                        Set.of("dairy"),
                        Set.of(SkuCode.of("SKU-MILK"))),
                new NodeSelector(
                        Set.of(NodeType.MICRO_FULFILLMENT_CENTER), Set.of(SlaTier.SAME_DAY), Set.of(), Set.of("SF")),
                StockingPolicy.MICRO_FULFIL,
                2.0,
                5.5,
                0.95,
                0.4);
    }

    public static AllocationRule bulkyRule() {
        return new AllocationRule(
                "Bulky in the DC",
                1,
                false,
                SkuSelector.ANY,
                new NodeSelector(Set.of(), Set.of(), Set.of(NodeCode.of("DC-OAK")), Set.of()),
                StockingPolicy.CENTRALISE,
                null,
                null,
                null,
                null);
    }

    /** A stocked or closed site with only the attributes zones look at. */
    public static Node site(String code, NodeType type, SlaTier tier, NodeStatus status, double lat, double lon) {
        return new Node(
                NodeCode.of(code),
                code,
                type,
                new GeoPoint(lat, lon),
                null,
                null,
                null,
                status,
                tier,
                null,
                null,
                null,
                null,
                null,
                null,
                type == NodeType.PICKUP_POINT ? NodeCode.of("DC-OAK") : null);
    }

    public static DeliveryZone zone() {
        var polygon = ZoneRepository.GEOMETRY.createPolygon(new Coordinate[] {
            new Coordinate(-122.42, 37.77),
            new Coordinate(-122.39, 37.77),
            new Coordinate(-122.39, 37.79),
            new Coordinate(-122.42, 37.79),
            new Coordinate(-122.42, 37.77)
        });
        return new DeliveryZone(ZoneCode.of("Z-SF1-SD"), NodeCode.of("MFC-SF1"), SlaTier.SAME_DAY, polygon);
    }
}
