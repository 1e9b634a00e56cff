package dev.microtower.planning.service;

import dev.microtower.forecasting.domain.ForecastCodec;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * What a scenario's forecast keeps in the database (ADR 0016): the history window's local days and
 * its number of orders (for the plan's description and its warnings), and the forecast with the
 * demand history and classes it was made from ({@link ForecastCodec}), deflated.
 */
record StoredForecast(LocalDate firstDay, LocalDate lastDay, int orders, ForecastCodec.Parts parts) {
    byte[] encode() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes, deflater, 1 << 16))) {
            out.writeLong(firstDay.toEpochDay());
            out.writeLong(lastDay.toEpochDay());
            out.writeInt(orders);
            ForecastCodec.write(parts, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        return bytes.toByteArray();
    }

    /** The stored forecast in {@code body}, or empty when it is of another format or damaged. */
    static Optional<StoredForecast> decode(byte[] body) {
        Optional<ByteBuffer> inflated = Inflated.of(body);
        if (inflated.isEmpty()) {
            return Optional.empty();
        }
        try {
            ByteBuffer in = inflated.get();
            LocalDate first = LocalDate.ofEpochDay(in.getLong());
            LocalDate last = LocalDate.ofEpochDay(in.getLong());
            int orders = in.getInt();
            return Optional.of(new StoredForecast(first, last, orders, ForecastCodec.read(in)));
        } catch (IOException | RuntimeException e) {
            // not ours to trust: the caller forecasts again and stores a new one
            return Optional.empty();
        }
    }
}
