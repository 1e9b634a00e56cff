package dev.microtower.simulation.store;

import dev.microtower.core.NodeCode;
import dev.microtower.core.ScenarioId;
import dev.microtower.simulation.domain.CategorySupply;
import java.util.List;

/**
 * The store port for the regional DCs' vendor supply per SKU category: what the application reads
 * and writes about it, whatever database holds it. Each write runs in one transaction of its own.
 */
public interface CategorySupplyRepository {
    /** Every DC's settings per category in the scenario, by site code, then category. */
    List<CategorySupply> findAll(ScenarioId scenario);

    /** The settings per category of one site, by category. */
    default List<CategorySupply> findAll(ScenarioId scenario, NodeCode site) {
        return findAll(scenario).stream().filter(c -> c.node().equals(site)).toList();
    }

    /**
     * Makes {@code rows} (all of {@code site}) the site's whole list of settings per category;
     * returns false, writing nothing, when the scenario has no such site.
     */
    boolean replace(ScenarioId scenario, NodeCode site, List<CategorySupply> rows);
}
