package dev.microtower.orders.domain;

import static dev.microtower.core.Requirements.requireText;

import dev.microtower.core.GeoPoint;
import dev.microtower.core.NodeCode;
import dev.microtower.core.OrderCode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A customer order of the history: when it was placed, by when it was promised ({@code null} if
 * no promise), the sales channel, where the customer is, which node fulfilled it ({@code null}
 * when unknown), and its lines. Orders are facts shared by all scenarios.
 */
public record Order(
        OrderCode code,
        Instant createdAt,
        Instant promisedBy,
        String channel,
        GeoPoint customer,
        NodeCode fulfilledBy,
        List<OrderLine> lines) {

    public Order {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(createdAt, "created at");
        requireText(channel, "channel");
        Objects.requireNonNull(customer, "customer location");
        if (promisedBy != null && promisedBy.isBefore(createdAt)) {
            throw new IllegalArgumentException("order " + code + " is promised before it was placed");
        }
        lines = List.copyOf(lines);
    }

    public int units() {
        return lines.stream().mapToInt(OrderLine::quantity).sum();
    }
}
