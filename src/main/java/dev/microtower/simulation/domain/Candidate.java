package dev.microtower.simulation.domain;

import dev.microtower.core.NodeCode;
import dev.microtower.network.domain.SlaTier;
import java.util.List;
import java.util.Objects;

/**
 * One site considered for an order at one promise tier: the fences it was checked against (it
 * stops at the first that rejects it), its distance to the customer, the lines it could take, and
 * its weighted score (lower is better; NaN when a fence rejected it).
 */
public record Candidate(
        NodeCode site, SlaTier tier, double distanceKm, List<FenceCheck> checks, int linesInStock, double score) {
    public Candidate {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(tier, "tier");
        checks = List.copyOf(checks);
    }

    public boolean passed() {
        return checks.stream().allMatch(FenceCheck::passed);
    }
}
