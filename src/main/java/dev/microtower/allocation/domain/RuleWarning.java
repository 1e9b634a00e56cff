package dev.microtower.allocation.domain;

import java.util.Objects;

/**
 * A finding of rule validation: what kind, which rule it is about ({@code null} when it concerns
 * no single rule, e.g. SKUs no rule covers), and a message that names the rule.
 */
public record RuleWarning(Kind kind, String rule, String message) {
    public enum Kind {
        /** An enabled rule that never decides: earlier rules take every node × SKU it matches. */
        SHADOWED,
        /** An enabled rule that matches no node × SKU at all. */
        MATCHES_NOTHING,
        /** Two rules match the same node × SKU and disagree (stock vs not, or disjoint cover). */
        CONTRADICTORY,
        /** A node whose targets exceed its capacity (or a rule's share of it). */
        OVER_CAPACITY,
        /** SKUs that no enabled rule covers at some stocked node: the defaults apply. */
        UNCOVERED
    }

    public RuleWarning {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }
}
