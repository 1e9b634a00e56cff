package dev.microtower.planning.service;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/** The inflated bytes of a body kept in the file (ADR 0016): a stored forecast or customer points. */
final class Inflated {
    private Inflated() {}

    /** The bytes {@code body} inflates to, or empty when it is cut short or not deflated data. */
    static Optional<ByteBuffer> of(byte[] body) {
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
            return Optional.of(ByteBuffer.wrap(out, 0, n));
        } catch (DataFormatException e) {
            return Optional.empty();
        } finally {
            inflater.end();
        }
    }
}
