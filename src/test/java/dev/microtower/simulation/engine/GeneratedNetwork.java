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
import dev.microtower.simulation.domain.SimulationInputs;
import dev.microtower.zones.domain.DeliveryZone;
import dev.microtower.zones.store.ZoneRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;

/**
 * A large synthetic network for the benchmark, built in memory: sites on a grid (one DC per 100
 * sites), each with a same-day and a next-day square zone, stock and targets for a share of the
 * SKUs, and orders generated on the fly in time order, so ten million of them never sit in memory.
 */
final class GeneratedNetwork {
    private static final LocalDate FIRST = LocalDate.of(2026, 1, 1);

    private final List<Node> nodes = new ArrayList<>();
    private final List<DeliveryZone> zones = new ArrayList<>();
    private final List<StockLevel> stock = new ArrayList<>();
    private final List<StockTarget> targets = new ArrayList<>();
    private final int orders;
    private final int days;
    private final int skus;
    private final long seed;
    private final int side;
    private final SkuCode[] skuCodes;

    private GeneratedNetwork(int sites, int orders, int days, int skus, long seed) {
        this.orders = orders;
        this.days = days;
        this.skus = skus;
        this.seed = seed;
        this.side = (int) Math.ceil(Math.sqrt(sites));
        SplittableRandom rnd = new SplittableRandom(seed);
        skuCodes = new SkuCode[skus];
        for (int j = 0; j < skus; j++) {
            skuCodes[j] = SkuCode.of(String.format("K%04d", j));
        }
        for (int i = 0; i < sites; i++) {
            boolean dc = i % 100 == 0;
            double lat = 30 + (i / side) * 0.05;
            double lon = -100 + (i % side) * 0.05;
            String code = String.format("S%05d", i);
            String source = dc ? null : String.format("S%05d", i / 100 * 100);
            nodes.add(new Node(
                    NodeCode.of(code),
                    code,
                    dc ? NodeType.REGIONAL_DC : NodeType.MICRO_FULFILLMENT_CENTER,
                    new GeoPoint(lat, lon),
                    null,
                    null,
                    null,
                    NodeStatus.ACTIVE,
                    dc ? SlaTier.REPLENISHMENT_HUB : SlaTier.SAME_DAY,
                    null,
                    800.0,
                    BigDecimal.valueOf(300),
                    BigDecimal.valueOf(3),
                    source == null ? null : NodeCode.of(source),
                    dc ? null : 1.0,
                    null));
            zones.add(zone(code, "SD", dc ? SlaTier.NEXT_DAY : SlaTier.SAME_DAY, lat, lon, 0.03));
            zones.add(zone(code, "ND", SlaTier.NEXT_DAY, lat, lon, 0.08));
            for (int j = 0; j < skus; j++) {
                if (dc || rnd.nextInt(5) < 2) {
                    SkuCode sku = skuCodes[j];
                    long target = dc ? 400 : 3;
                    stock.add(new StockLevel(NodeCode.of(code), sku, target, 0, 0, Instant.EPOCH));
                    targets.add(new StockTarget(
                            NodeCode.of(code),
                            sku,
                            StockTarget.DEFAULT_RULE,
                            StockingPolicy.MICRO_FULFIL,
                            true,
                            AbcClass.B,
                            0.2,
                            7,
                            14,
                            0.95,
                            1.64,
                            0.3,
                            1,
                            1,
                            target,
                            target,
                            target * 2));
                }
            }
        }
    }

    static GeneratedNetwork of(int sites, int orders, int days, int skus, long seed) {
        return new GeneratedNetwork(sites, orders, days, skus, seed);
    }

    private static DeliveryZone zone(String node, String suffix, SlaTier tier, double lat, double lon, double r) {
        var polygon = ZoneRepository.GEOMETRY.createPolygon(new Coordinate[] {
            new Coordinate(lon - r, lat - r),
            new Coordinate(lon + r, lat - r),
            new Coordinate(lon + r, lat + r),
            new Coordinate(lon - r, lat + r),
            new Coordinate(lon - r, lat - r)
        });
        return new DeliveryZone(ZoneCode.of("Z-" + node + "-" + suffix), NodeCode.of(node), tier, polygon);
    }

    SimulationInputs inputs() {
        return new SimulationInputs(
                nodes,
                Map.of(),
                zones,
                stock,
                targets,
                this::orderIterator,
                FIRST,
                FIRST.plusDays(days - 1),
                ZoneOffset.UTC);
    }

    /** The orders in time order, made as they are asked for. */
    private Iterator<Order> orderIterator() {
        SplittableRandom rnd = new SplittableRandom(seed * 31 + 1);
        long start = FIRST.atStartOfDay().toInstant(ZoneOffset.UTC).getEpochSecond();
        double step = days * 86_400.0 / orders;
        double spanLat = side * 0.05;
        double spanLon = side * 0.05;
        return new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                return i < orders;
            }

            @Override
            public Order next() {
                Instant created = Instant.ofEpochSecond(start + (long) (i * step));
                int lineCount = 1 + rnd.nextInt(3);
                List<OrderLine> lines = new ArrayList<>(lineCount);
                int first = rnd.nextInt(skus);
                for (int l = 0; l < lineCount; l++) {
                    lines.add(new OrderLine(l + 1, skuCodes[(first + l * 7) % skus], 1 + rnd.nextInt(2)));
                }
                Order o = new Order(
                        OrderCode.of("O" + i),
                        created,
                        created.plusSeconds(rnd.nextInt(2) == 0 ? 8 * 3600 : 40 * 3600),
                        "web",
                        new GeoPoint(30 + rnd.nextDouble() * spanLat, -100 + rnd.nextDouble() * spanLon),
                        null,
                        lines);
                i++;
                return o;
            }
        };
    }
}
