package dev.microtower.design.domain;

/** What a design may do with a candidate site: decide freely, keep it open, or keep it closed. */
public enum SiteLock {
    FREE,
    OPEN,
    CLOSED
}
