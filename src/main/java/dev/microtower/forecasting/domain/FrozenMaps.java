package dev.microtower.forecasting.domain;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Unmodifiable copies of the large maps the forecast records hold (tens of thousands of node × SKU
 * keys), in place of {@link Map#copyOf}: its table probes linearly and compares keys on every step
 * without a hash check first, and the keys' hashes ({@link SeriesKey#hashCode()}, SKU codes that
 * differ in their last characters) fall in long runs, so building one took most of the time of
 * decoding the forecast kept in the file (ADR 0016, profiled on the demo: 60 of 81 samples). A
 * {@link HashMap} spreads such hashes and compares a key only on an equal hash. The SKU classes too:
 * the allocation looks up every SKU's class at every site, and with SKU codes as keys the probing
 * compared codes (a record's generated equals, slow before it is compiled) at every step.
 */
final class FrozenMaps {
    private FrozenMaps() {}

    /** An unmodifiable copy of {@code map}; null keys or values are refused, as {@link Map#copyOf} refuses them. */
    static <K, V> Map<K, V> copyOf(Map<? extends K, ? extends V> map) {
        HashMap<K, V> copy = new HashMap<>(Math.max(16, (int) (map.size() / 0.75f) + 1));
        for (Map.Entry<? extends K, ? extends V> e : map.entrySet()) {
            copy.put(Objects.requireNonNull(e.getKey(), "key"), Objects.requireNonNull(e.getValue(), "value"));
        }
        return Collections.unmodifiableMap(copy);
    }
}
