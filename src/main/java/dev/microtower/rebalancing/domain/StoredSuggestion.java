package dev.microtower.rebalancing.domain;

import java.util.Objects;

/**
 * A suggestion as stored with its run: its own id, the quantity first proposed, the current
 * quantity (inside {@link #suggestion()}; it differs when a planner edited it) and its status.
 */
public record StoredSuggestion(
        long id, PlanRunId run, TransferSuggestion suggestion, long proposedQuantity, SuggestionStatus status) {
    public StoredSuggestion {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(suggestion, "suggestion");
        Objects.requireNonNull(status, "status");
    }

    /** Accepted as proposed or with an edited quantity: the units are on their way. */
    public boolean accepted() {
        return status == SuggestionStatus.ACCEPTED || status == SuggestionStatus.EDITED;
    }
}
