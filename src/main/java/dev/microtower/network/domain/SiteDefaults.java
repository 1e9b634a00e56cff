package dev.microtower.network.domain;

import dev.microtower.core.GeoPoint;
import dev.microtower.core.NodeCode;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What a newly added site of each type starts with, before the planner changes it: the SLA tier
 * it is built for, a typical storage capacity, floor area and costs for its type, status PLANNED,
 * and the nearest open site that can replenish it (a regional DC for a micro-fulfilment centre, a
 * regional DC or micro-fulfilment centre for the smaller sites) or, for a pickup point, the nearest
 * open stocking site to serve it. The figures are deliberately round: they make a new site count in
 * plans and comparisons at once, and are meant to be edited. See the README's "Editing sites".
 */
public final class SiteDefaults {
    private SiteDefaults() {}

    /** The typical figures of one type of site. */
    public record Typical(
            SlaTier slaTier,
            Long storageCapacityUnits,
            Double floorAreaM2,
            BigDecimal fixedCostPerDay,
            BigDecimal handlingCostPerOrder,
            Double leadTimeDays) {}

    public static Typical of(NodeType type) {
        return switch (type) {
            case REGIONAL_DC ->
                new Typical(SlaTier.REPLENISHMENT_HUB, 500_000L, 20_000.0, money("3000.00"), money("0.60"), null);
            case MICRO_FULFILLMENT_CENTER ->
                new Typical(SlaTier.SAME_DAY, 25_000L, 800.0, money("450.00"), money("1.10"), 1.0);
            case DARK_STORE -> new Typical(SlaTier.SAME_DAY, 8_000L, 350.0, money("220.00"), money("1.40"), 1.0);
            case MICRO_HUB -> new Typical(SlaTier.SAME_DAY, 2_000L, 120.0, money("90.00"), money("1.60"), 0.5);
            case STORE -> new Typical(SlaTier.NEXT_DAY, 5_000L, 600.0, money("150.00"), money("1.80"), 1.0);
            case PICKUP_POINT -> new Typical(SlaTier.NEXT_DAY, null, null, money("5.00"), money("0.30"), null);
        };
    }

    /**
     * A new PLANNED site of {@code type} at {@code location} with the typical figures of its type,
     * replenished from (or, a pickup point, served by) the nearest open suitable site of {@code
     * network}, if there is one.
     */
    public static Node newSite(
            NodeCode code, String name, NodeType type, SlaTier slaTier, GeoPoint location, Collection<Node> network) {
        Typical typical = of(type);
        NodeCode source = null;
        NodeCode server = null;
        if (type == NodeType.PICKUP_POINT) {
            server = nearest(location, network, n -> n.isStocked()).orElse(null);
        } else if (type != NodeType.REGIONAL_DC) {
            source = nearest(
                            location,
                            network,
                            n -> n.isStocked()
                                    && (n.type() == NodeType.REGIONAL_DC
                                            || type != NodeType.MICRO_FULFILLMENT_CENTER
                                                    && n.type() == NodeType.MICRO_FULFILLMENT_CENTER))
                    .orElse(null);
        }
        return new Node(
                code,
                name,
                type,
                location,
                null,
                null,
                null,
                NodeStatus.PLANNED,
                slaTier,
                typical.storageCapacityUnits(),
                typical.floorAreaM2(),
                typical.fixedCostPerDay(),
                typical.handlingCostPerOrder(),
                source,
                source == null ? null : typical.leadTimeDays(),
                server);
    }

    private static Optional<NodeCode> nearest(GeoPoint location, Collection<Node> network, Predicate<Node> suitable) {
        return network.stream()
                .filter(suitable)
                .min(Comparator.comparingDouble(n -> location.distanceKm(n.location())))
                .map(Node::code);
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
