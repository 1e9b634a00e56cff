package dev.microtower.zones.store;

import dev.microtower.core.Cancellation;
import dev.microtower.orders.store.OrderRepository.CustomerDemand;

/**
 * Where the customers of the whole order history are, one point per order with the order's units:
 * what the zones' same-day coverage counts. The zones declare what they need and a higher layer
 * supplies it; the application serves it from the order history the planning chain already holds,
 * so opening a database reads that history once for the forecast and the coverage together, not
 * twice (ADR 0014). Safe to call from any thread; a call may wait for a read already under way.
 */
public interface CustomerLocations {
    /**
     * Hands every order's customer location and units to {@code consumer}, oldest order first.
     *
     * @throws dev.microtower.core.CancelledException if {@code cancellation} is set before the read
     */
    void forEachCustomer(CustomerDemand consumer, Cancellation cancellation);
}
