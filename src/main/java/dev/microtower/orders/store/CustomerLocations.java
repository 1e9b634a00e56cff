package dev.microtower.orders.store;

import dev.microtower.core.Cancellation;
import dev.microtower.core.DataChange;
import dev.microtower.core.DataKind;
import dev.microtower.core.Progress;
import dev.microtower.orders.domain.CustomerPoints;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The customer points of the order history, read once per session and shared by everything that
 * counts them: the zones panel's coverage, the compare table's same-day coverage of each scenario
 * and the risk scan. The history is the same in every scenario, so one read serves all of them;
 * it is kept until the order history changes ({@link #changed}) or its size or span differ from
 * the read's. A second caller while a read runs waits for it rather than reading the history
 * again on the other core. The points come from a {@link Source}: in a session, the order history
 * the planning chain already holds, so opening reads the history once for the forecast and the
 * coverage together (ADR 0014). Toolkit-free and thread-safe; {@link #points} blocks.
 */
public final class CustomerLocations {
    /** Where the customers of the whole order history are: one call per order, with its units. */
    @FunctionalInterface
    public interface Source {
        /**
         * Hands every order's customer location and units to {@code consumer}.
         *
         * @throws dev.microtower.core.CancelledException if {@code cancellation} is set during the read
         */
        void forEachCustomer(OrderRepository.CustomerDemand consumer, Cancellation cancellation);
    }

    private final OrderRepository orders;
    private final Source source;
    private final Object reading = new Object();
    private volatile Read kept;

    private record Read(int count, Optional<Instant[]> span, CustomerPoints points) {
        boolean matches(int otherCount, Optional<Instant[]> otherSpan) {
            return count == otherCount
                    && span.isPresent() == otherSpan.isPresent()
                    && (span.isEmpty() || Arrays.equals(span.get(), otherSpan.get()));
        }
    }

    /** Points read from {@code orders} itself. */
    public CustomerLocations(OrderRepository orders) {
        this(orders, (consumer, cancellation) -> orders.forEachCustomer(consumer));
    }

    /** Points taken from {@code source}; {@code orders} tells whether the history changed since. */
    public CustomerLocations(OrderRepository orders, Source source) {
        this.orders = Objects.requireNonNull(orders);
        this.source = Objects.requireNonNull(source);
    }

    /** Whether the points are read and still match the order history, so {@link #points} will not read. */
    public boolean isRead() {
        Read read = kept;
        return read != null && read.matches(orders.count(), orders.span());
    }

    /** Where each order's customer is, with the order's units; read now unless already read. */
    public CustomerPoints points(Progress progress) {
        synchronized (reading) {
            int count = orders.count();
            Optional<Instant[]> span = orders.span();
            Read read = kept;
            if (read != null && read.matches(count, span)) {
                return read.points();
            }
            progress.progress(-1, 1, "Reading customer locations of the order history…");
            CustomerPoints.Builder points = CustomerPoints.builder();
            source.forEachCustomer(points::add, Cancellation.none());
            read = new Read(count, span, points.build());
            kept = read;
            return read.points();
        }
    }

    /** Forgets the points when the order history changed. */
    public void changed(DataChange change) {
        if (change.touches(DataKind.ORDERS)) {
            kept = null;
        }
    }
}
