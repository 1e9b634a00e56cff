package dev.microtower.network.store;

import dev.microtower.core.NodeCode;
import dev.microtower.core.ScenarioId;
import dev.microtower.network.domain.Node;
import java.util.List;
import java.util.Optional;

/**
 * The store port for the nodes (sites) of a scenario: what the application reads and writes about
 * them, whatever database holds them. Each write runs in one transaction of its own. References to
 * other nodes are stored by id and read back as codes.
 */
public interface NodeRepository {
    /** Every node of the scenario, ordered by code. */
    List<Node> findAll(ScenarioId scenario);

    Optional<Node> find(ScenarioId scenario, NodeCode code);

    int count(ScenarioId scenario);

    /**
     * Adds the node, or updates the node with the same code. The nodes it names as replenishment
     * source or server must already exist in the scenario.
     */
    void save(ScenarioId scenario, Node node);

    /** Saves several nodes in one transaction; they may reference each other in any order. */
    void saveAll(ScenarioId scenario, List<Node> nodes);

    /** Removes the node with its stock and zones. Returns whether it existed. */
    boolean delete(ScenarioId scenario, NodeCode code);
}
