package dev.microtower.allocation.domain;

import dev.microtower.core.NodeCode;
import dev.microtower.network.domain.Node;
import dev.microtower.network.domain.NodeType;
import dev.microtower.network.domain.SlaTier;
import java.util.Set;

/**
 * Which nodes a rule applies to: by type, SLA tier, explicit codes and region. Every non-empty
 * criterion must match; an empty one matches every node.
 */
public record NodeSelector(Set<NodeType> types, Set<SlaTier> slaTiers, Set<NodeCode> nodes, Set<String> regions) {

    public static final NodeSelector ANY = new NodeSelector(Set.of(), Set.of(), Set.of(), Set.of());

    public NodeSelector {
        types = Set.copyOf(types);
        slaTiers = Set.copyOf(slaTiers);
        nodes = Set.copyOf(nodes);
        regions = Set.copyOf(regions);
    }

    public boolean matches(Node node) {
        return (types.isEmpty() || types.contains(node.type()))
                && (slaTiers.isEmpty() || (node.slaTier() != null && slaTiers.contains(node.slaTier())))
                && (nodes.isEmpty() || nodes.contains(node.code()))
                && (regions.isEmpty() || (node.region() != null && regions.contains(node.region())));
    }

    public boolean isAny() {
        return equals(ANY);
    }
}
