package dev.microtower.whatif;

import dev.microtower.compare.ui.ChangesLayer;
import dev.microtower.core.NodeCode;
import dev.microtower.network.domain.Node;
import dev.microtower.scenarios.domain.Difference;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Scenarios panel's marks on the map's one {@link ChangesLayer}: a ring around each site of
 * the shown scenario that its parent does not have (added) or has differently (moved, closed,
 * edited, its stock, zones or demand changes). FX thread.
 */
final class ChangedSites {
    private final ChangesLayer layer;
    private List<NodeCode> marked = List.of();

    ChangedSites(ChangesLayer layer) {
        this.layer = layer;
    }

    /** Marks the sites among {@code sites} that {@code differences} name. */
    void show(Collection<Difference> differences, Collection<Node> sites) {
        Map<NodeCode, Boolean> addedByCode = new HashMap<>();
        for (Difference d : differences) {
            if (d.site() != null) {
                boolean added = d.entity().equals("site") && d.verb().equals("added");
                addedByCode.merge(d.site(), added, Boolean::logicalOr);
            }
        }
        List<ChangesLayer.SiteMark> marks = new ArrayList<>();
        List<NodeCode> codes = new ArrayList<>();
        for (Node site : sites) {
            Boolean added = addedByCode.get(site.code());
            if (added != null) {
                marks.add(new ChangesLayer.SiteMark(
                        site.code().value(),
                        site.location().lat(),
                        site.location().lon(),
                        added ? ChangesLayer.Kind.ADDED : ChangesLayer.Kind.CHANGED));
                codes.add(site.code());
            }
        }
        marked = List.copyOf(codes);
        layer.setChanges(this, marks, List.of());
    }

    /** The codes of the sites this panel ringed, in the order of the network. */
    List<NodeCode> marked() {
        return marked;
    }
}
