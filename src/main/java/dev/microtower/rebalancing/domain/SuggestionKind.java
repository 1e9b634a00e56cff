package dev.microtower.rebalancing.domain;

/** A transfer moves stock between two sites; a replenishment comes from a regional DC. */
public enum SuggestionKind {
    TRANSFER,
    REPLENISHMENT
}
