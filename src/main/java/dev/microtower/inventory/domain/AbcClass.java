package dev.microtower.inventory.domain;

/** Velocity class of a SKU by its share of volume: A the fast movers, C the long tail. */
public enum AbcClass {
    A,
    B,
    C
}
