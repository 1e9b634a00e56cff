package dev.microtower.design.domain;

/** How far a design search got. */
public enum DesignStatus {
    /** The design is proven the cheapest (within the solver's tolerance). */
    OPTIMAL,
    /** A design was found; the search stopped (time limit or cancel) with a proven gap to the bound. */
    FEASIBLE,
    /** No design meets the constraints; the result says which constraint binds. */
    INFEASIBLE,
    /** The search stopped before it found any design. */
    NOT_FOUND
}
