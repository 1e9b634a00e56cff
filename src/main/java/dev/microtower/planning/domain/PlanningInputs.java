package dev.microtower.planning.domain;

import dev.microtower.allocation.domain.AllocationRule;
import dev.microtower.inventory.domain.Sku;
import dev.microtower.inventory.domain.StockLevel;
import dev.microtower.network.domain.Node;
import dev.microtower.orders.domain.Order;
import dev.microtower.scenarios.domain.DemandMultiplier;
import dev.microtower.scenarios.domain.Scenario;
import dev.microtower.zones.domain.DeliveryZone;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Everything the planning engines read about one scenario, as it was when it was read: the network,
 * the catalogue, stock, zones, allocation rules, demand multipliers, and the order history of the
 * days {@code firstDay..lastDay}, which are local days in {@code timeZone} (the scenario's stored network
 * time zone, or the guess from its sites). Reading it once lets the window plan, preview rules and colour
 * heatmaps from the same numbers.
 */
public record PlanningInputs(
        Scenario scenario,
        List<Node> nodes,
        List<Sku> skus,
        List<StockLevel> stock,
        List<DeliveryZone> zones,
        List<AllocationRule> rules,
        List<DemandMultiplier> multipliers,
        List<Order> history,
        LocalDate firstDay,
        LocalDate lastDay,
        ZoneId timeZone) {
    public PlanningInputs {
        Objects.requireNonNull(scenario, "scenario");
        nodes = List.copyOf(nodes);
        skus = List.copyOf(skus);
        stock = List.copyOf(stock);
        zones = List.copyOf(zones);
        rules = List.copyOf(rules);
        multipliers = List.copyOf(multipliers);
        // a deferred history is already unmodifiable; copying it would read it
        history = history instanceof DeferredOrders ? history : List.copyOf(history);
        Objects.requireNonNull(firstDay, "first day");
        Objects.requireNonNull(lastDay, "last day");
        Objects.requireNonNull(timeZone, "time zone");
    }

    /** The same inputs with other allocation rules, e.g. to preview an edit of the rules. */
    public PlanningInputs withRules(List<AllocationRule> other) {
        return new PlanningInputs(
                scenario, nodes, skus, stock, zones, other, multipliers, history, firstDay, lastDay, timeZone);
    }

    /** The same inputs with other stock levels, e.g. after transfers were accepted. */
    public PlanningInputs withStock(List<StockLevel> other) {
        return new PlanningInputs(
                scenario, nodes, skus, other, zones, rules, multipliers, history, firstDay, lastDay, timeZone);
    }

    /** One line that says what was read, stored with a plan run so it can be traced to its inputs. */
    public String describe() {
        return String.format(
                Locale.ROOT,
                "scenario '%s': %d nodes, %d SKUs, %d stock rows, %d zones, %d rules, %d demand multipliers;"
                        + " %d orders %s..%s",
                scenario.name(),
                nodes.size(),
                skus.size(),
                stock.size(),
                zones.size(),
                rules.size(),
                multipliers.size(),
                history.size(),
                firstDay,
                lastDay);
    }
}
