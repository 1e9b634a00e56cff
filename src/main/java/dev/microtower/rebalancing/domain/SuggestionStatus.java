package dev.microtower.rebalancing.domain;

/** Where a stored suggestion stands: as proposed, accepted, rejected, or accepted with another quantity. */
public enum SuggestionStatus {
    PROPOSED,
    ACCEPTED,
    REJECTED,
    EDITED
}
