package dev.microtower.simulation.engine;

import dev.microtower.allocation.domain.StockTarget;
import dev.microtower.allocation.domain.StockingPolicy;
import dev.microtower.core.GeoPoint;
import dev.microtower.core.NodeCode;
import dev.microtower.core.OrderCode;
import dev.microtower.core.SkuCode;
import dev.microtower.core.ZoneCode;
import dev.microtower.inventory.domain.AbcClass;
import dev.microtower.inventory.domain.StockLevel;
import dev.microtower.network.domain.Node;
import dev.microtower.network.domain.NodeStatus;
import dev.microtower.network.domain.NodeType;
import dev.microtower.network.domain.SlaTier;
import dev.microtower.orders.domain.Order;
import dev.microtower.orders.domain.OrderLine;
import dev.microtower.simulation.domain.CategorySupply;
import dev.microtower.simulation.domain.SimulationInputs;
import dev.microtower.simulation.domain.SiteOperations;
import dev.microtower.zones.domain.DeliveryZone;
import dev.microtower.zones.store.ZoneRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;

/**
 * A small hand-made network for the simulation tests: sites placed on a grid of degrees, square
 * zones, stock, targets and orders, in UTC so that hours read as written.
 */
final class World {
    static final LocalDate DAY = LocalDate.of(2026, 1, 5);

    final List<Node> nodes = new ArrayList<>();
    final Map<NodeCode, SiteOperations> ops = new HashMap<>();
    final List<DeliveryZone> zones = new ArrayList<>();
    final List<StockLevel> stock = new ArrayList<>();
    final List<StockTarget> targets = new ArrayList<>();
    final List<Order> orders = new ArrayList<>();
    final Map<SkuCode, String> categories = new HashMap<>();
    final List<CategorySupply> categorySupply = new ArrayList<>();
    int days = 1;

    World site(
            String code,
            NodeType type,
            NodeStatus status,
            double lat,
            double lon,
            double handling,
            String source,
            Double leadDays) {
        nodes.add(new Node(
                NodeCode.of(code),
                code,
                type,
                new GeoPoint(lat, lon),
                null,
                null,
                null,
                status,
                SlaTier.SAME_DAY,
                null,
                null,
                BigDecimal.TEN,
                BigDecimal.valueOf(handling),
                source == null ? null : NodeCode.of(source),
                leadDays,
                null));
        return this;
    }

    World mfc(String code, double lat, double lon) {
        return site(code, NodeType.MICRO_FULFILLMENT_CENTER, NodeStatus.ACTIVE, lat, lon, 2.0, null, null);
    }

    World pickup(String code, double lat, double lon, String servedBy) {
        nodes.add(new Node(
                NodeCode.of(code),
                code,
                NodeType.PICKUP_POINT,
                new GeoPoint(lat, lon),
                null,
                null,
                null,
                NodeStatus.ACTIVE,
                SlaTier.SAME_DAY,
                null,
                null,
                null,
                null,
                null,
                null,
                NodeCode.of(servedBy)));
        return this;
    }

    /** A square zone of half-width {@code r} degrees around (lat, lon). */
    World zone(String node, SlaTier tier, double lat, double lon, double r) {
        var polygon = ZoneRepository.GEOMETRY.createPolygon(new Coordinate[] {
            new Coordinate(lon - r, lat - r),
            new Coordinate(lon + r, lat - r),
            new Coordinate(lon + r, lat + r),
            new Coordinate(lon - r, lat + r),
            new Coordinate(lon - r, lat - r)
        });
        zones.add(new DeliveryZone(
                ZoneCode.of("Z-" + node + "-" + tier + "-" + zones.size()), NodeCode.of(node), tier, polygon));
        return this;
    }

    World stock(String node, String sku, long onHand) {
        stock.add(new StockLevel(NodeCode.of(node), SkuCode.of(sku), onHand, 0, 0, Instant.EPOCH));
        return this;
    }

    World inTransit(String node, String sku, long units) {
        stock.add(new StockLevel(NodeCode.of(node), SkuCode.of(sku), 0, 0, units, Instant.EPOCH));
        return this;
    }

    World target(String node, String sku, long target) {
        targets.add(new StockTarget(
                NodeCode.of(node),
                SkuCode.of(sku),
                StockTarget.DEFAULT_RULE,
                StockingPolicy.MICRO_FULFIL,
                true,
                AbcClass.A,
                1,
                1,
                2,
                0.95,
                1.64,
                1,
                1,
                1,
                target,
                target,
                target * 2));
        return this;
    }

    World ops(String node, Integer ordersPerDay, Double cutoff, Double supplyLead, Integer review) {
        ops.put(NodeCode.of(node), new SiteOperations(NodeCode.of(node), ordersPerDay, cutoff, supplyLead, review));
        return this;
    }

    World category(String sku, String category) {
        categories.put(SkuCode.of(sku), category);
        return this;
    }

    World categorySupply(String node, String category, Double supplyLead, Integer review) {
        categorySupply.add(new CategorySupply(NodeCode.of(node), category, supplyLead, review));
        return this;
    }

    /** An order on day {@code day} at {@code hour} UTC, promised {@code promiseHours} later (null: none). */
    World order(String code, int day, double hour, Double promiseHours, double lat, double lon, Object... skuQty) {
        Instant created =
                DAY.plusDays(day).atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds((long) (hour * 3600));
        List<OrderLine> lines = new ArrayList<>();
        for (int i = 0; i < skuQty.length; i += 2) {
            lines.add(new OrderLine(i / 2 + 1, SkuCode.of((String) skuQty[i]), (Integer) skuQty[i + 1]));
        }
        orders.add(new Order(
                OrderCode.of(code),
                created,
                promiseHours == null ? null : created.plusSeconds((long) (promiseHours * 3600)),
                "web",
                new GeoPoint(lat, lon),
                null,
                lines));
        days = Math.max(days, day + 1);
        return this;
    }

    World days(int n) {
        days = n;
        return this;
    }

    SimulationInputs inputs() {
        List<Order> sorted = new ArrayList<>(orders);
        sorted.sort(Comparator.comparing(Order::createdAt)
                .thenComparing(o -> o.code().value()));
        List<Node> byCode = new ArrayList<>(nodes);
        byCode.sort(Comparator.comparing(n -> n.code().value()));
        return new SimulationInputs(
                byCode,
                ops,
                zones,
                stock,
                targets,
                sorted,
                DAY,
                DAY.plusDays(days - 1),
                ZoneOffset.UTC,
                categories,
                categorySupply);
    }
}
