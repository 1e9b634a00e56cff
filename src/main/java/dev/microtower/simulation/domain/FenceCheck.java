package dev.microtower.simulation.domain;

import java.util.Objects;

/** One fence checked for one site and order: whether the site passed, and why in words. */
public record FenceCheck(Fence fence, boolean passed, String reason) {
    public FenceCheck {
        Objects.requireNonNull(fence, "fence");
        Objects.requireNonNull(reason, "reason");
    }
}
