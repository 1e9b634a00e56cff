package dev.microtower.inventory.domain;

/** Variability class of a SKU's demand by coefficient of variation: X steady, Z erratic. */
public enum XyzClass {
    X,
    Y,
    Z
}
