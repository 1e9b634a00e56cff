package dev.microtower.forecasting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.microtower.core.NodeCode;
import dev.microtower.core.SkuCode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The forecast records' map copies behave as {@link Map#copyOf} did: equal, frozen, no nulls. */
class FrozenMapsTest {
    private static final SeriesKey KEY = SeriesKey.of(new NodeCode("MFC-SF1"), new SkuCode("SKU-0001"));

    @Test
    void aCopyIsEqualFrozenAndDoesNotFollowItsSource() {
        Map<SeriesKey, double[]> source = new HashMap<>();
        for (int i = 0; i < 5_000; i++) {
            source.put(SeriesKey.of(new NodeCode("N" + (i % 70)), new SkuCode("SKU-" + i)), new double[] {i});
        }
        Map<SeriesKey, double[]> copy = FrozenMaps.copyOf(source);
        assertEquals(source, copy);
        source.put(KEY, new double[] {1});
        assertEquals(5_000, copy.size(), "a later change of the source is not seen");
        assertThrows(UnsupportedOperationException.class, () -> copy.put(KEY, new double[0]));
        assertThrows(UnsupportedOperationException.class, () -> copy.values().clear());
    }

    @Test
    void nullKeysAndValuesAreRefused() {
        Map<SeriesKey, String> nullValue = new HashMap<>();
        nullValue.put(KEY, null);
        assertThrows(NullPointerException.class, () -> FrozenMaps.copyOf(nullValue));
        Map<SeriesKey, String> nullKey = new HashMap<>();
        nullKey.put(null, "x");
        assertThrows(NullPointerException.class, () -> FrozenMaps.copyOf(nullKey));
    }

    @Test
    void aKeyHashesAndComparesAsTheRecordsOwnWould() {
        SeriesKey same = SeriesKey.of(new NodeCode("MFC-SF1"), new SkuCode("SKU-0001"));
        assertEquals(KEY, same);
        assertEquals(31 * KEY.node().hashCode() + KEY.sku().hashCode(), KEY.hashCode());
        assertEquals(KEY.hashCode(), same.hashCode());
        assertEquals(false, KEY.equals(SeriesKey.of(new NodeCode("MFC-SF1"), new SkuCode("SKU-0002"))));
    }
}
