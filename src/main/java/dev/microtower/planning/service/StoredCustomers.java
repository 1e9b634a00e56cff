package dev.microtower.planning.service;

import dev.microtower.orders.store.OrderRepository;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Each order's customer location and units, in the history's order, as kept in the database (ADR
 * 0016): what the zones' coverage and the network KPIs count, so that they need not read the orders
 * at open. Every number as it was (doubles and longs), deflated.
 */
final class StoredCustomers implements OrderRepository.CustomerDemand {
    private static final int MAGIC = 0x4d544350; // "MTCP"

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
    private final Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    private final DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes, deflater, 1 << 16));
    private int count;

    StoredCustomers(int expected) {
        try {
            out.writeInt(MAGIC);
            out.writeInt(expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void accept(double lat, double lon, long units) {
        try {
            out.writeDouble(lat);
            out.writeDouble(lon);
            out.writeLong(units);
            count++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The body, once every point of {@code expected} was accepted. */
    byte[] finish() {
        try {
            out.writeInt(MAGIC);
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        return bytes.toByteArray();
    }

    int count() {
        return count;
    }

    /**
     * Hands every point of {@code body} to {@code consumer}; false, having handed none, when the body
     * is not one this class wrote whole (the caller reads the orders instead).
     */
    static boolean forEach(byte[] body, OrderRepository.CustomerDemand consumer) {
        Optional<ByteBuffer> inflated = Inflated.of(body);
        if (inflated.isEmpty()) {
            return false;
        }
        try {
            ByteBuffer in = inflated.get();
            int n = in.limit();
            if (in.getInt() != MAGIC) {
                return false;
            }
            int points = in.getInt();
            if (points < 0 || (long) points * 24 + 4 != in.remaining() || in.getInt(n - 4) != MAGIC) {
                return false;
            }
            for (int i = 0; i < points; i++) {
                consumer.accept(in.getDouble(), in.getDouble(), in.getLong());
            }
            return true;
        } catch (BufferUnderflowException e) {
            return false;
        }
    }
}
