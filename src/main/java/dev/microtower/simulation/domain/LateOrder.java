package dev.microtower.simulation.domain;

import dev.microtower.core.NodeCode;
import dev.microtower.core.OrderCode;
import java.time.Instant;

/** An order delivered after its promise, or not at all ({@code delivered} null), with its main site. */
public record LateOrder(OrderCode order, Instant promisedBy, Instant delivered, NodeCode site) {}
