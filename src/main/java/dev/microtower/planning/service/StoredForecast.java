package dev.microtower.planning.service;

import dev.microtower.forecasting.domain.ForecastCodec;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;

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
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(body);
            byte[] out = new byte[Math.max(1 << 16, body.length * 2)];
            int n = 0;
            while (!inflater.finished()) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                int got = inflater.inflate(out, n, out.length - n);
                if (got == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    return Optional.empty(); // cut short
                }
                n += got;
            }
            ByteBuffer in = ByteBuffer.wrap(out, 0, n);
            LocalDate first = LocalDate.ofEpochDay(in.getLong());
            LocalDate last = LocalDate.ofEpochDay(in.getLong());
            int orders = in.getInt();
            return Optional.of(new StoredForecast(first, last, orders, ForecastCodec.read(in)));
        } catch (IOException | DataFormatException | RuntimeException e) {
            // not ours to trust: the caller forecasts again and stores a new one
            return Optional.empty();
        } finally {
            inflater.end();
        }
    }
}
