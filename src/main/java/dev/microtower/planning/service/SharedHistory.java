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
import java.util.function.Supplier;

/**
 * The order history as the planning chain and the zones' coverage read it: the whole history read
 * once from the store and handed out as slices, so the forecasts of every scenario (all scenarios
 * share the history), the stock heatmap, Plan, the backtest and the same-day coverage stop reading
 * the same orders again. The first read takes every day from the oldest order to the newest (a
 * window of the plan's 84 days alone would leave the coverage, which counts every order, to read
 * the history a second time at open); a request outside it (a day before the oldest order) reads
 * that much more. {@link #clear} after the orders change. The slices hold exactly what {@link
 * OrderRepository#findBetween} returns for the same days, in the same order. Thread-safe: callers
 * wait for one read.
 */
final class SharedHistory {
    private final OrderRepository orders;
    private final Supplier<String> stamps;
    private String stamp;
    private List<Order> read;
    private LocalDate first;
    private LocalDate last;
    private LocalDate firstOrderDay;
    private LocalDate lastOrderDay;
    private int reads;

    SharedHistory(OrderRepository orders) {
        this(orders, () -> "");
    }

    /**
     * @param stamps the order history's stamp in the store now ({@code store.OrderHistoryRevision}):
     *     taken before the first read after a {@link #clear}, so {@link #stamp} names a history no
     *     newer than the orders held
     */
    SharedHistory(OrderRepository orders, Supplier<String> stamps) {
        this.orders = Objects.requireNonNull(orders);
        this.stamps = Objects.requireNonNull(stamps);
    }

    /**
     * The store's history stamp taken before the orders held were first read, or null before a
     * read. Orders changed after it give the store another stamp, so a result made from these
     * orders may be kept under a stamp only while this one equals the store's.
     */
    synchronized String stamp() {
        return read == null ? null : stamp;
    }

    /** The orders created on the days {@code first..last} (UTC), oldest first, as the store orders them. */
    synchronized List<Order> between(LocalDate first, LocalDate last, Cancellation cancellation) {
        if (!covers(first, last)) {
            cancellation.check("the order history was not read: cancelled");
            LocalDate from = first;
            LocalDate to = last;
            if (lastOrderDay().isPresent()) {
                // the whole history, whatever the first caller asked for: the others take slices
                from = earliest(from, firstOrderDay);
                to = latest(to, lastOrderDay);
            }
            if (read != null) {
                from = earliest(from, this.first);
                to = latest(to, this.last);
            } else {
                stamp = stamps.get();
            }
            read = List.copyOf(orders.findBetween(start(from), start(to.plusDays(1))));
            this.first = from;
            this.last = to;
            reads++;
        }
        if (first.equals(this.first) && last.equals(this.last)) {
            return read;
        }
        return read.subList(firstAtOrAfter(start(first)), firstAtOrAfter(start(last.plusDays(1))));
    }

    /**
     * The orders created in {@code [from, to)}, oldest first: a slice of the same shared read, for a
     * replay counted in another zone than UTC. Exactly what {@link OrderRepository#findBetween} returns.
     */
    synchronized List<Order> between(Instant from, Instant to, Cancellation cancellation) {
        if (!from.isBefore(to)) {
            return List.of();
        }
        between(day(from), day(to.minusNanos(1)), cancellation);
        return read.subList(firstAtOrAfter(from), firstAtOrAfter(to));
    }

    /** Whether the orders read so far hold every order of the days {@code first..last}. */
    private boolean covers(LocalDate first, LocalDate last) {
        if (read == null) {
            return false;
        }
        // no order lies before the oldest or after the newest: a read from one to the other holds
        // every day outside them too (a window of 84 days plus a week on a shorter history, say)
        boolean start = !first.isBefore(this.first) || !this.first.isAfter(firstOrderDay);
        boolean end = !last.isAfter(this.last) || !this.last.isBefore(lastOrderDay);
        return start && end;
    }

    /** Every order of the history, oldest first: one read shared with the planning chain. */
    synchronized List<Order> all(Cancellation cancellation) {
        Optional<LocalDate> newest = lastOrderDay();
        if (newest.isEmpty()) {
            return List.of();
        }
        return between(firstOrderDay, newest.get(), cancellation);
    }

    /** The day of the newest order (UTC), or empty when there are no orders; read once. */
    synchronized Optional<LocalDate> lastOrderDay() {
        if (lastOrderDay == null) {
            Optional<Instant[]> span = orders.span();
            firstOrderDay = span.map(s -> day(s[0])).orElse(LocalDate.MIN);
            lastOrderDay = span.map(s -> day(s[1])).orElse(LocalDate.MIN);
        }
        return lastOrderDay.equals(LocalDate.MIN) ? Optional.empty() : Optional.of(lastOrderDay);
    }

    /** Forgets what was read: the orders changed. */
    synchronized void clear() {
        read = null;
        stamp = null;
        first = null;
        last = null;
        firstOrderDay = null;
        lastOrderDay = null;
    }

    /** How many times the history was read from the store. */
    synchronized int reads() {
        return reads;
    }

    private static LocalDate day(Instant instant) {
        return instant.atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
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
