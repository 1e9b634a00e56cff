package dev.microtower.scenarios.domain;

import dev.microtower.core.NodeCode;
import dev.microtower.core.Range;
import java.time.LocalDate;

/**
 * A what-if on demand in a scenario: multiply the demand of one node ({@code null}: every node)
 * and one SKU category ({@code null}: every category) by a factor between two dates (either may
 * be open).
 */
public record DemandMultiplier(
        NodeCode node, String category, double factor, LocalDate validFrom, LocalDate validTo, String note) {
    public static final Range FACTOR = Range.atLeast(0);

    public DemandMultiplier {
        FACTOR.require(factor, "demand factor");
        if (validFrom != null && validTo != null && validFrom.isAfter(validTo)) {
            throw new IllegalArgumentException("demand multiplier window ends before it starts");
        }
    }

    public boolean appliesTo(NodeCode someNode, String someCategory, LocalDate day) {
        return (node == null || node.equals(someNode))
                && (category == null || category.equals(someCategory))
                && (validFrom == null || !day.isBefore(validFrom))
                && (validTo == null || !day.isAfter(validTo));
    }
}
