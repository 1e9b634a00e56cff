package dev.microtower.simulation.domain;

import dev.microtower.allocation.domain.StockTarget;
import dev.microtower.core.NodeCode;
import dev.microtower.core.SkuCode;
import dev.microtower.inventory.domain.StockLevel;
import dev.microtower.network.domain.Node;
import dev.microtower.orders.domain.Order;
import dev.microtower.zones.domain.DeliveryZone;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a replay reads about one scenario: its sites with their operations, delivery zones, stock at
 * the start, the allocation targets replenishment orders up to, and the orders of the period
 * {@code firstDay..lastDay} (local days at {@code offset}), oldest first. The orders are an {@link
 * Iterable} so a very large generated history can be streamed rather than held; each replay and the
 * bound iterate it once. The SKUs' categories and the regional DCs' vendor supply per category
 * ({@link CategorySupply}) say how each DC restocks each SKU ({@link #supplyTerms}).
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
        ZoneOffset offset,
        Map<SkuCode, String> categories,
        List<CategorySupply> categorySupply) {
    public SimulationInputs {
        categories = Map.copyOf(categories);
        categorySupply = List.copyOf(categorySupply);
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

    /** Inputs without SKU categories or vendor supply per category: every DC's own terms apply to all its SKUs. */
    public SimulationInputs(
            List<Node> nodes,
            Map<NodeCode, SiteOperations> operations,
            List<DeliveryZone> zones,
            List<StockLevel> stock,
            List<StockTarget> targets,
            Iterable<Order> orders,
            LocalDate firstDay,
            LocalDate lastDay,
            ZoneOffset offset) {
        this(nodes, operations, zones, stock, targets, orders, firstDay, lastDay, offset, Map.of(), List.of());
    }

    /** The same inputs with other categories and vendor supply per category. */
    public SimulationInputs withCategorySupply(Map<SkuCode, String> skuCategories, List<CategorySupply> supply) {
        return new SimulationInputs(
                nodes, operations, zones, stock, targets, orders, firstDay, lastDay, offset, skuCategories, supply);
    }

    /**
     * How the DC {@code node} restocks {@code sku} from its vendors: its category's setting at that
     * DC, else the DC's, else the default, for the lead time and the review period each.
     */
    public SupplyTerms supplyTerms(NodeCode node, SkuCode sku) {
        String category = categories.get(sku);
        CategorySupply override = null;
        if (category != null) {
            for (CategorySupply c : categorySupply) {
                if (c.node().equals(node) && c.category().equals(category)) {
                    override = c;
                    break;
                }
            }
        }
        return SupplyTerms.of(operationsOf(node), override);
    }

    /** Each DC's settings per category, by DC and category, for a lookup per SKU. */
    public Map<NodeCode, Map<String, CategorySupply>> categorySupplyBySite() {
        Map<NodeCode, Map<String, CategorySupply>> by = new HashMap<>();
        for (CategorySupply c : categorySupply) {
            by.computeIfAbsent(c.node(), n -> new HashMap<>()).put(c.category(), c);
        }
        return by;
    }

    public SiteOperations operationsOf(NodeCode node) {
        return operations.getOrDefault(node, SiteOperations.unknown(node));
    }

    /** The days of the period. */
    public int days() {
        return (int) (lastDay.toEpochDay() - firstDay.toEpochDay() + 1);
    }
}
