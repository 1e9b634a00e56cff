package dev.microtower.orders.store;

import dev.microtower.core.OrderCode;
import dev.microtower.orders.domain.Order;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The store port for the order history, which all scenarios share: what the application reads and
 * writes about orders, whatever database holds them. Each write runs in one transaction of its
 * own. Histories can be large, so besides the list queries there is {@link #forEachBetween}, which
 * streams orders without holding them all.
 */
public interface OrderRepository {
    /** Orders created in {@code [from, to)}, with their lines, ordered by creation time then code. */
    List<Order> findBetween(Instant from, Instant to);

    /** Every order, ordered by creation time then code. */
    List<Order> findAll();

    Optional<Order> find(OrderCode code);

    /** Streams the orders created in {@code [from, to)} to {@code consumer}, oldest first. */
    void forEachBetween(Instant from, Instant to, Consumer<Order> consumer);

    /** Streams every order to {@code consumer}, oldest first. */
    void forEach(Consumer<Order> consumer);

    /** Where a customer is and how many units the order holds. */
    @FunctionalInterface
    interface CustomerDemand {
        void accept(double lat, double lon, long units);
    }

    /**
     * Streams each order's customer location and units (sum of its lines) in one grouped query,
     * without building orders: what coverage counts need, several times faster than {@link #forEach}.
     */
    void forEachCustomer(CustomerDemand consumer);

    int count();

    /** Creation time of the oldest and the newest order, if there are any. */
    Optional<Instant[]> span();

    /** Adds the orders, or replaces those with the same code (lines included), in one transaction. */
    void saveAll(List<Order> orders);
}
