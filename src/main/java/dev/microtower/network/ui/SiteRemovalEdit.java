package dev.microtower.network.ui;

import dev.microtower.core.DataKind;
import dev.microtower.core.NodeCode;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.edit.EditCommand;
import dev.microtower.network.domain.NodeRemoval;
import dev.microtower.network.store.NodeRepository;
import java.util.Objects;
import java.util.Set;

/**
 * The deletion of a site with its stock, delivery zones and demand changes. Applying deletes them
 * in one transaction and keeps what was deleted; reverting puts exactly that back. It touches the
 * sites, the stock and the zones, so every view of them follows, and an undo after someone else
 * changed any of them is refused. Toolkit-free.
 */
final class SiteRemovalEdit implements EditCommand {
    private final ScenarioId scenario;
    private final NodeRepository nodes;
    private final NodeCode code;
    // written by apply on the IO lane, read by revert on the IO lane later
    private volatile NodeRemoval removal;

    SiteRemovalEdit(ScenarioId scenario, NodeRepository nodes, NodeCode code) {
        this.scenario = Objects.requireNonNull(scenario);
        this.nodes = Objects.requireNonNull(nodes);
        this.code = Objects.requireNonNull(code);
    }

    @Override
    public String description() {
        return "delete site " + code;
    }

    @Override
    public ScenarioId scenario() {
        return scenario;
    }

    @Override
    public Set<DataKind> touches() {
        return Set.of(DataKind.NETWORK, DataKind.STOCK, DataKind.ZONES, DataKind.DEMAND_MULTIPLIERS);
    }

    @Override
    public void apply() {
        removal = nodes.remove(scenario, code);
    }

    @Override
    public void revert() {
        NodeRemoval was = removal;
        if (was == null) {
            throw new IllegalStateException("the site " + code + " was not deleted");
        }
        nodes.restore(scenario, was);
    }
}
