package dev.microtower.simulation.domain;

/** What happens to an order line no site can fulfil when the order arrives. */
public enum Unfilled {
    /** The customer is told it is out of stock; the line is gone. */
    LOST,
    /** The line waits and ships, late, once a site that may serve the customer has the stock. */
    BACKORDERED
}
