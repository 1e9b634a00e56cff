package dev.microtower.network.store;

import dev.microtower.core.NodeCode;
import dev.microtower.core.ScenarioId;
import dev.microtower.network.domain.Node;
import dev.microtower.network.domain.NodeDependents;
import dev.microtower.network.domain.NodeRemoval;
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

    /**
     * Adds a new node; refused (nothing written) when the scenario already has a node with its
     * code, or when a node it names is missing.
     */
    void insert(ScenarioId scenario, Node node);

    /**
     * Writes every property of an existing node, its references to other nodes included, in one
     * statement (so a site may become a pickup point and get its server at once); refused when the
     * scenario has no node with its code.
     */
    void update(ScenarioId scenario, Node node);

    /** What hangs on the node: stock, zones, demand changes, the pickup points and sites it serves. */
    NodeDependents dependents(ScenarioId scenario, NodeCode code);

    /**
     * Deletes the node with its stock, zones and demand changes, and clears it as replenishment
     * source of other nodes, in one transaction; returns all of it for {@link #restore}. Refused,
     * with nothing written, while a pickup point is served by the node.
     */
    NodeRemoval remove(ScenarioId scenario, NodeCode code);

    /** Puts back exactly what {@link #remove} deleted, in one transaction. */
    void restore(ScenarioId scenario, NodeRemoval removal);
}
