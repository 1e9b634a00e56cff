package dev.microtower.network.ui;

import dev.microtower.core.DataKind;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.edit.EditCommand;
import dev.microtower.network.domain.Node;
import dev.microtower.network.store.NodeRepository;
import java.util.Objects;
import java.util.Set;

/**
 * One change of one site as the site before and after: an edit of its properties, a move, a
 * change of status, or (with no site before) an added site. Applying writes the site after in one
 * transaction, reverting writes back the site before (or takes the added site away again).
 * Toolkit-free.
 */
final class SiteEdit implements EditCommand {
    private final ScenarioId scenario;
    private final NodeRepository nodes;
    private final String description;
    private final Node before;
    private final Node after;

    /** {@code before} is {@code null} for a site being added. */
    SiteEdit(ScenarioId scenario, NodeRepository nodes, String description, Node before, Node after) {
        this.scenario = Objects.requireNonNull(scenario);
        this.nodes = Objects.requireNonNull(nodes);
        this.description = Objects.requireNonNull(description);
        this.before = before;
        this.after = Objects.requireNonNull(after);
        if (before != null && !before.code().equals(after.code())) {
            throw new IllegalArgumentException("an edit keeps the site's code");
        }
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public ScenarioId scenario() {
        return scenario;
    }

    @Override
    public Set<DataKind> touches() {
        return Set.of(DataKind.NETWORK);
    }

    @Override
    public void apply() {
        if (before == null) {
            nodes.insert(scenario, after);
        } else {
            nodes.update(scenario, after);
        }
    }

    @Override
    public void revert() {
        if (before == null) {
            // the site was just added: nothing else can hang on it yet, unless added since, which undo refuses
            nodes.remove(scenario, after.code());
        } else {
            nodes.update(scenario, before);
        }
    }

    Node after() {
        return after;
    }
}
