package dev.microtower.allocation.store;

import dev.microtower.allocation.domain.AllocationRule;
import dev.microtower.core.ScenarioId;
import java.util.List;
import java.util.Optional;

/**
 * The store port for the allocation rules of a scenario, in their order: what the application
 * reads and writes about rules, whatever database holds them. Each write runs in one transaction
 * of its own. The name identifies a rule in its scenario.
 */
public interface RuleRepository {
    /** Every rule of the scenario, enabled or not, ordered by position (then name). */
    List<AllocationRule> findAll(ScenarioId scenario);

    Optional<AllocationRule> find(ScenarioId scenario, String name);

    /** Adds the rule, or updates the rule with the same name. */
    void save(ScenarioId scenario, AllocationRule rule);

    /**
     * Replaces all rules of the scenario with {@code rules}, in one transaction: what an editor that
     * reorders, adds and removes rules saves.
     */
    void replaceAll(ScenarioId scenario, List<AllocationRule> rules);

    boolean delete(ScenarioId scenario, String name);
}
