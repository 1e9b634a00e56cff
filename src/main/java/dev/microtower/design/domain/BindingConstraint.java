package dev.microtower.design.domain;

/** The constraint that leaves demand unserved when no design is possible. */
public enum BindingConstraint {
    /** The sites allowed to open cannot hold the demand between them. */
    CAPACITY,
    /** Some customers can be served by no allowed site, or only by sites that are already full. */
    REACH,
    /** The most new sites allowed cannot hold the demand (with the existing ones). */
    MAX_NEW_SITES,
    /** The sites the budget pays for cannot hold the demand. */
    BUDGET,
    /** The most new sites and the budget together. */
    MAX_NEW_SITES_AND_BUDGET
}
