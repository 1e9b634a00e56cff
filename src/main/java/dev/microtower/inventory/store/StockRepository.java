package dev.microtower.inventory.store;

import dev.microtower.core.NodeCode;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.SkuCode;
import dev.microtower.inventory.domain.StockLevel;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The store port for the stock per node × SKU of a scenario: what the application reads and
 * writes about stock, whatever database holds it. Each write, the adjustments included, runs in
 * one transaction of its own.
 */
public interface StockRepository {
    /** Every stock row of the scenario, ordered by node code, then SKU code. */
    List<StockLevel> findAll(ScenarioId scenario);

    /** Streams every stock row of the scenario without holding them all, in the same order. */
    void forEach(ScenarioId scenario, Consumer<StockLevel> consumer);

    List<StockLevel> findAtNode(ScenarioId scenario, NodeCode node);

    List<StockLevel> findOfSku(ScenarioId scenario, SkuCode sku);

    Optional<StockLevel> find(ScenarioId scenario, NodeCode node, SkuCode sku);

    int count(ScenarioId scenario);

    /** Adds or replaces the stock row of the level's node × SKU. */
    void save(ScenarioId scenario, StockLevel level);

    /**
     * Adds {@code units} (negative to take away, e.g. when a transfer arrives) to what is in
     * transit towards the node, creating the row with nothing on hand if there was none. Returns
     * the new level. Fails, changing nothing, if in transit would drop below zero.
     */
    StockLevel addInTransit(ScenarioId scenario, NodeCode node, SkuCode sku, long units);

    /**
     * Adds {@code units} (negative to take away) to what is on hand at the node, creating the row
     * if there was none. Fails, changing nothing, if on hand would drop below zero.
     */
    StockLevel addOnHand(ScenarioId scenario, NodeCode node, SkuCode sku, long units);

    /**
     * Books a transfer's arrival: {@code units} move from in transit to on hand at the node.
     * Fails, changing nothing, if fewer units are in transit.
     */
    StockLevel receive(ScenarioId scenario, NodeCode node, SkuCode sku, long units);
}
