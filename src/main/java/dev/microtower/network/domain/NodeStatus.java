package dev.microtower.network.domain;

/** Operating status of a node. Only ACTIVE and DISRUPTED nodes hold stock today. */
public enum NodeStatus {
    ACTIVE,
    PLANNED,
    DISRUPTED,
    CLOSED
}
