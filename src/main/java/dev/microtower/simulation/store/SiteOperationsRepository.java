package dev.microtower.simulation.store;

import dev.microtower.core.NodeCode;
import dev.microtower.core.ScenarioId;
import dev.microtower.simulation.domain.SiteOperations;
import java.util.Map;

/**
 * The store port for the sites' operations the simulation reads (orders per day, same-day cut-off,
 * vendor lead time and review period): what the application reads and writes about them, whatever
 * database holds them. Each write runs in one transaction of its own.
 */
public interface SiteOperationsRepository {
    /** The operations of every site of the scenario, by site code (fields the site leaves open are null). */
    Map<NodeCode, SiteOperations> findAll(ScenarioId scenario);

    /** Writes the operations of an existing site; returns false when the scenario has no such site. */
    boolean save(ScenarioId scenario, SiteOperations operations);
}
