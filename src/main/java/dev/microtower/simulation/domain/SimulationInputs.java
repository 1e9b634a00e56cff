package dev.microtower.simulation.domain;

import dev.microtower.allocation.domain.StockTarget;
import dev.microtower.core.NodeCode;
import dev.microtower.inventory.domain.StockLevel;
import dev.microtower.network.domain.Node;
import dev.microtower.orders.domain.Order;
import dev.microtower.zones.domain.DeliveryZone;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a replay reads about one scenario: its sites with their operations, delivery zones, stock at
 * the start, the allocation targets replenishment orders up to, and the orders of the period
 * {@code firstDay..lastDay} (local days at {@code offset}), oldest first. The orders are an {@link
 * Iterable} so a very large generated history can be streamed rather than held; each replay and the
 * bound iterate it once.
 */
public record SimulationInputs(
        List<Node> nodes,
        Map<NodeCode, SiteOperations> operations,
        List<DeliveryZone> zones,
        List<StockLevel> stock,
        List<StockTarget> targets,
        Iterable<Order> orders,
        LocalDate firstDay,
        LocalDate lastDay,
        ZoneOffset offset) {
    public SimulationInputs {
        nodes = List.copyOf(nodes);
        operations = Map.copyOf(operations);
        zones = List.copyOf(zones);
        stock = List.copyOf(stock);
        targets = List.copyOf(targets);
        Objects.requireNonNull(orders, "orders");
        Objects.requireNonNull(firstDay, "first day");
        Objects.requireNonNull(lastDay, "last day");
        Objects.requireNonNull(offset, "offset");
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("the period ends (" + lastDay + ") before it starts (" + firstDay + ")");
        }
    }

    public SiteOperations operationsOf(NodeCode node) {
        return operations.getOrDefault(node, SiteOperations.unknown(node));
    }

    /** The days of the period. */
    public int days() {
        return (int) (lastDay.toEpochDay() - firstDay.toEpochDay() + 1);
    }
}
