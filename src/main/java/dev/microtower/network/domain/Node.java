package dev.microtower.network.domain;

import static dev.microtower.core.Requirements.requireText;

import dev.microtower.core.GeoPoint;
import dev.microtower.core.NodeCode;
import dev.microtower.core.Range;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A site of the network in one scenario: a regional DC, micro-fulfilment centre, dark store,
 * micro-hub, ship-from-store location or pickup point. Optional attributes are {@code null} when
 * unknown. A pickup point names the node that serves it ({@link #servedBy()}); a stocked node may
 * name the node that replenishes it and the lead time of that replenishment in days.
 */
public record Node(
        NodeCode code,
        String name,
        NodeType type,
        GeoPoint location,
        String address,
        String town,
        String region,
        NodeStatus status,
        SlaTier slaTier,
        Long storageCapacityUnits,
        Double floorAreaM2,
        BigDecimal fixedCostPerDay,
        BigDecimal handlingCostPerOrder,
        NodeCode replenishmentSource,
        Double leadTimeDays,
        NodeCode servedBy) {

    public static final Range STORAGE_CAPACITY_UNITS = Range.atLeast(0);
    public static final Range FLOOR_AREA_M2 = Range.atLeast(0);
    public static final Range FIXED_COST_PER_DAY = Range.atLeast(0);
    public static final Range HANDLING_COST_PER_ORDER = Range.atLeast(0);
    public static final Range LEAD_TIME_DAYS = Range.atLeast(0);

    public Node {
        Objects.requireNonNull(code, "code");
        requireText(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(status, "status");
        if (storageCapacityUnits != null) {
            STORAGE_CAPACITY_UNITS.require(storageCapacityUnits, "storage capacity");
        }
        FLOOR_AREA_M2.requireOrNull(floorAreaM2, "floor area");
        LEAD_TIME_DAYS.requireOrNull(leadTimeDays, "lead time");
        if (fixedCostPerDay != null && !FIXED_COST_PER_DAY.contains(fixedCostPerDay)) {
            throw new IllegalArgumentException("fixed cost per day must not be negative");
        }
        if (handlingCostPerOrder != null && !HANDLING_COST_PER_ORDER.contains(handlingCostPerOrder)) {
            throw new IllegalArgumentException("handling cost per order must not be negative");
        }
        if (type == NodeType.PICKUP_POINT && servedBy == null) {
            throw new IllegalArgumentException("pickup point " + code + " must name the node that serves it");
        }
        if (code.equals(servedBy)) {
            throw new IllegalArgumentException("node " + code + " cannot serve itself");
        }
        if (code.equals(replenishmentSource)) {
            throw new IllegalArgumentException("node " + code + " cannot replenish itself");
        }
    }

    /** Whether this node holds stock now: a stocking type that is open. */
    public boolean isStocked() {
        return type.holdsStock() && (status == NodeStatus.ACTIVE || status == NodeStatus.DISRUPTED);
    }

    public Node withStatus(NodeStatus newStatus) {
        return new Node(
                code,
                name,
                type,
                location,
                address,
                town,
                region,
                newStatus,
                slaTier,
                storageCapacityUnits,
                floorAreaM2,
                fixedCostPerDay,
                handlingCostPerOrder,
                replenishmentSource,
                leadTimeDays,
                servedBy);
    }

    public Node withLocation(GeoPoint newLocation) {
        return new Node(
                code,
                name,
                type,
                newLocation,
                address,
                town,
                region,
                status,
                slaTier,
                storageCapacityUnits,
                floorAreaM2,
                fixedCostPerDay,
                handlingCostPerOrder,
                replenishmentSource,
                leadTimeDays,
                servedBy);
    }

    public Node withStorageCapacityUnits(Long newCapacity) {
        return new Node(
                code,
                name,
                type,
                location,
                address,
                town,
                region,
                status,
                slaTier,
                newCapacity,
                floorAreaM2,
                fixedCostPerDay,
                handlingCostPerOrder,
                replenishmentSource,
                leadTimeDays,
                servedBy);
    }

    /** The same node replenished from {@code source} ({@code null}: none) with that lead time. */
    public Node withReplenishment(NodeCode source, Double leadTime) {
        return new Node(
                code,
                name,
                type,
                location,
                address,
                town,
                region,
                status,
                slaTier,
                storageCapacityUnits,
                floorAreaM2,
                fixedCostPerDay,
                handlingCostPerOrder,
                source,
                leadTime,
                servedBy);
    }
}
