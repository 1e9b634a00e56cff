package dev.microtower.network.domain;

import java.util.Objects;

/**
 * A site deleted from a scenario with everything that went with it, so that the deletion can be
 * taken back exactly: the site as it was, what hung on it ({@link NodeDependents}) and the rows
 * only the store that deleted them reads again ({@link Kept}; they carry database ids, which
 * never leave the store).
 */
public record NodeRemoval(Node node, NodeDependents dependents, Kept kept) {
    /** The deleted rows as the store that deleted them keeps them for the restore. */
    public interface Kept {}

    public NodeRemoval {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(dependents, "dependents");
        Objects.requireNonNull(kept, "kept");
    }
}
