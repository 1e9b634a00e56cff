package dev.microtower.network.ui;

import dev.microtower.core.DataKind;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.edit.StateEdit;
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
final class SiteEdit extends StateEdit<Node> {
    private final NodeRepository nodes;

    /** {@code before} is {@code null} for a site being added. */
    SiteEdit(ScenarioId scenario, NodeRepository nodes, String description, Node before, Node after) {
        super(scenario, description, Set.of(DataKind.NETWORK), before, Objects.requireNonNull(after));
        this.nodes = Objects.requireNonNull(nodes);
        if (before != null && !before.code().equals(after.code())) {
            throw new IllegalArgumentException("an edit keeps the site's code");
        }
    }

    @Override
    protected void write(Node from, Node to) {
        if (to == null) {
            // the site was just added: nothing else can hang on it yet, unless added since, which undo refuses
            nodes.remove(scenario(), from.code());
        } else if (from == null) {
            nodes.insert(scenario(), to);
        } else {
            nodes.update(scenario(), to);
        }
    }
}
