package dev.microtower.planning.service;

import dev.microtower.forecasting.domain.ForecastCodec;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

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
        try (DataInputStream in = new DataInputStream(
                new BufferedInputStream(new InflaterInputStream(new ByteArrayInputStream(body)), 1 << 16))) {
            LocalDate first = LocalDate.ofEpochDay(in.readLong());
            LocalDate last = LocalDate.ofEpochDay(in.readLong());
            int orders = in.readInt();
            return Optional.of(new StoredForecast(first, last, orders, ForecastCodec.read(in)));
        } catch (IOException | RuntimeException e) {
            // not ours to trust: the caller forecasts again and stores a new one
            return Optional.empty();
        }
    }
}
