package dev.microtower.planning.domain;

import dev.microtower.core.UserFacing;
import dev.microtower.orders.domain.Order;
import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * The orders of a history window whose number is known but which are read only when someone looks
 * at them: a forecast taken from the database (ADR 0016) needs none of them for Plan or the stock
 * heatmap, while the simulation or a risk scan that forecasts again still gets them, read then. An
 * unmodifiable list; the read happens once, on the first look at an order, and must hand over
 * exactly {@link #size()} orders.
 */
public final class DeferredOrders extends AbstractList<Order> implements RandomAccess {
    private final int size;
    private final Supplier<List<Order>> read;
    private volatile List<Order> orders;

    public DeferredOrders(int size, Supplier<List<Order>> read) {
        if (size < 0) {
            throw new IllegalArgumentException("a negative number of orders: " + size);
        }
        this.size = size;
        this.read = Objects.requireNonNull(read);
    }

    /** Whether the orders were read already. */
    public boolean isRead() {
        return orders != null;
    }

    @Override
    public Order get(int index) {
        return orders().get(index);
    }

    @Override
    public int size() {
        return size;
    }

    private List<Order> orders() {
        List<Order> o = orders;
        if (o == null) {
            synchronized (this) {
                o = orders;
                if (o == null) {
                    o = read.get();
                    if (o.size() != size) {
                        throw new HistoryChangedException(o.size(), size);
                    }
                    orders = o;
                }
            }
        }
        return o;
    }

    /**
     * The orders read are not the ones the forecast was made from (an import landed in between): said
     * in the user's words, since it reaches the window or the command line as it is.
     */
    public static final class HistoryChangedException extends IllegalStateException implements UserFacing {
        private static final long serialVersionUID = 1L;

        HistoryChangedException(int read, int expected) {
            super("The order history changed while this was being worked out (" + read + " orders now, " + expected
                    + " before). Run it again to use the orders as they are now.");
        }
    }
}
