package dev.microtower.rebalancing.engine;

import dev.microtower.allocation.domain.StockTarget;
import dev.microtower.allocation.domain.StockingPolicy;
import dev.microtower.core.GeoPoint;
import dev.microtower.core.NodeCode;
import dev.microtower.core.SkuCode;
import dev.microtower.inventory.domain.AbcClass;
import dev.microtower.inventory.domain.Sku;
import dev.microtower.inventory.domain.StockLevel;
import dev.microtower.inventory.domain.TemperatureClass;
import dev.microtower.network.domain.Node;
import dev.microtower.network.domain.NodeStatus;
import dev.microtower.network.domain.NodeType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.TreeSet;

/** Small hand-made networks for rebalancing tests: nodes on the equator, where 0.1 degree is 11.12 km. */
final class Fixtures {
    static final Instant NOW = Instant.parse("2026-03-01T06:00:00Z");

    private Fixtures() {}

    static Node node(String code, String name, NodeType type, double lon, Long capacity) {
        return new Node(
                NodeCode.of(code),
                name,
                type,
                new GeoPoint(0, lon),
                null,
                null,
                null,
                NodeStatus.ACTIVE,
                null,
                capacity,
                null,
                null,
                null,
                null,
                1.0,
                null);
    }

    static Sku sku(String code, TemperatureClass temperature) {
        return new Sku(
                SkuCode.of(code), code, "grocery", temperature, 1, 1, BigDecimal.ONE, null, false, new TreeSet<>());
    }

    static StockLevel stock(String node, String sku, long onHand, long reserved, long inTransit) {
        return new StockLevel(NodeCode.of(node), SkuCode.of(sku), onHand, reserved, inTransit, NOW);
    }

    /** A stocked target of {@code target} units and maximum {@code max} for a daily forecast. */
    static StockTarget target(String node, String sku, AbcClass abc, double daily, long target, long max, double lead) {
        return new StockTarget(
                NodeCode.of(node),
                SkuCode.of(sku),
                "test rule",
                StockingPolicy.MICRO_FULFIL,
                true,
                abc,
                daily,
                daily > 0 ? target / daily : 0,
                daily > 0 ? max / daily : 0,
                0.95,
                1.645,
                0,
                lead,
                0,
                target,
                target,
                max);
    }

    static StockTarget notStocked(String node, String sku) {
        return new StockTarget(
                NodeCode.of(node),
                SkuCode.of(sku),
                "central only",
                StockingPolicy.CENTRALISE,
                false,
                AbcClass.C,
                0,
                0,
                0,
                0.95,
                1.645,
                0,
                1,
                0,
                0,
                0,
                0);
    }
}
