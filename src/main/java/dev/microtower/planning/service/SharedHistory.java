package dev.microtower.planning.service;

import dev.microtower.core.Cancellation;
import dev.microtower.orders.domain.Order;
import dev.microtower.orders.store.OrderRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The order history as the planning chain reads it: one window of orders read once from the store
 * and handed out as slices, so the forecasts of every scenario (all scenarios share the history),
 * the stock heatmap, Plan and the backtest stop reading the same orders again. A request outside
 * the window read so far reads the requested window instead. {@link #clear} after the orders
 * change. The slices hold exactly what {@link OrderRepository#findBetween} returns for the same
 * days, in the same order. Thread-safe: callers wait for one read.
 */
final class SharedHistory {
    private final OrderRepository orders;
    private List<Order> read;
    private LocalDate first;
    private LocalDate last;
    private LocalDate lastOrderDay;
    private int reads;

    SharedHistory(OrderRepository orders) {
        this.orders = Objects.requireNonNull(orders);
    }

    /** The orders created on the days {@code first..last} (UTC), oldest first, as the store orders them. */
    synchronized List<Order> between(LocalDate first, LocalDate last, Cancellation cancellation) {
        if (read == null || first.isBefore(this.first) || last.isAfter(this.last)) {
            cancellation.check();
            read = List.copyOf(orders.findBetween(start(first), start(last.plusDays(1))));
            this.first = first;
            this.last = last;
            reads++;
        }
        if (first.equals(this.first) && last.equals(this.last)) {
            return read;
        }
        return read.subList(firstAtOrAfter(start(first)), firstAtOrAfter(start(last.plusDays(1))));
    }

    /** The day of the newest order (UTC), or empty when there are no orders; read once. */
    synchronized Optional<LocalDate> lastOrderDay() {
        if (lastOrderDay == null) {
            lastOrderDay = orders.span()
                    .map(span -> span[1].atZone(ZoneOffset.UTC).toLocalDate())
                    .orElse(LocalDate.MIN);
        }
        return lastOrderDay.equals(LocalDate.MIN) ? Optional.empty() : Optional.of(lastOrderDay);
    }

    /** Forgets what was read: the orders changed. */
    synchronized void clear() {
        read = null;
        first = null;
        last = null;
        lastOrderDay = null;
    }

    /** How many times the history was read from the store. */
    synchronized int reads() {
        return reads;
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The index of the first order created at or after {@code instant} (the list is sorted by creation time). */
    private int firstAtOrAfter(Instant instant) {
        int lo = 0;
        int hi = read.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (read.get(mid).createdAt().isBefore(instant)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
