package dev.microtower.inventory.domain;

/** The temperature chain a SKU needs, in storage and in transport. */
public enum TemperatureClass {
    AMBIENT,
    CHILLED,
    FROZEN
}
