package dev.microtower.design.domain;

import java.util.List;

/**
 * Why no design is possible: the constraint that binds, how much demand no design meeting it can
 * serve, the customers (0-based) left short by the best such design, and the explanation in words.
 */
public record Infeasibility(
        BindingConstraint binding, double unservedDemand, List<Integer> customersShort, String explanation) {
    public Infeasibility {
        customersShort = List.copyOf(customersShort);
    }
}
