package dev.microtower.forecasting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.core.NodeCode;
import dev.microtower.core.SkuCode;
import dev.microtower.inventory.domain.AbcClass;
import dev.microtower.inventory.domain.XyzClass;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The stored forecast's codec gives back every field of every record, to the bit: compared
 * component by component through the records' own accessors, so a field added to a record is
 * compared too (and must be written by the codec, else the record cannot be rebuilt).
 */
class ForecastCodecTest {
    private static final SeriesKey MILK_SF = SeriesKey.of(new NodeCode("MFC-SF1"), new SkuCode("SKU-MILK"));
    private static final SeriesKey RICE_OAK = SeriesKey.of(new NodeCode("DC-OAK"), new SkuCode("SKU-RICE"));
    private static final SeriesKey RICE_SF = SeriesKey.of(new NodeCode("MFC-SF1"), new SkuCode("SKU-RICE"));

    @Test
    void everyFieldComesBackEqual() throws IOException {
        ForecastCodec.Parts parts = parts();
        ForecastCodec.Parts back = roundTrip(parts);
        assertDeepEquals(parts.forecast(), back.forecast(), "forecast");
        assertDeepEquals(parts.classes(), back.classes(), "classes");
        // decoded when first asked for, after the rest
        assertDeepEquals(parts.demand(), back.demand(), "demand");
        assertSame(back.demand(), back.demand(), "decoded once");
    }

    @Test
    void aStreamOfAnotherFormatIsRefused() throws IOException {
        byte[] bytes = bytes(parts());
        bytes[7]++; // the format number, after the magic
        assertThrows(IOException.class, () -> ForecastCodec.read(ByteBuffer.wrap(bytes)));
    }

    @Test
    void theComparisonSeesADifferenceInAnyNumber() {
        // the check above can fail: one bit of one day differs
        ForecastCodec.Parts parts = parts();
        double[] other = parts.forecast().get(MILK_SF).daily().clone();
        other[1] = Math.nextUp(other[1]);
        SeriesForecast f = parts.forecast().get(MILK_SF);
        SeriesForecast g = new SeriesForecast(
                f.key(),
                f.method(),
                f.firstDay(),
                other,
                f.sigmaDaily(),
                f.mase(),
                f.maseSeasonalNaive(),
                f.holdoutAbsError(),
                f.holdoutAbsErrorSeasonalNaive(),
                f.maseScale(),
                f.holdoutPoints(),
                f.historyUnits());
        assertThrows(AssertionError.class, () -> assertDeepEquals(f, g, "series"));
    }

    private static ForecastCodec.Parts parts() {
        LocalDate first = LocalDate.of(2026, 8, 10);
        DemandHistory demand = new DemandHistory(
                first,
                4,
                Map.of(
                        MILK_SF,
                        new double[] {0, 3, 12, 1},
                        RICE_OAK,
                        new double[] {0.5, -0.0, 2, 1e9},
                        RICE_SF,
                        new double[] {-0.0, -0.0, -0.0, -0.0}),
                120,
                7,
                3,
                1);
        DemandClasses classes = new DemandClasses(
                Map.of(MILK_SF.sku(), AbcClass.A, RICE_OAK.sku(), AbcClass.C),
                Map.of(MILK_SF.sku(), XyzClass.X),
                Map.of(MILK_SF, AbcClass.B),
                Map.of(RICE_OAK, XyzClass.Z, MILK_SF, XyzClass.Y));
        Map<ForecastMethod, Integer> counts = new EnumMap<>(ForecastMethod.class);
        counts.put(ForecastMethod.CROSTON_SBA, 1);
        counts.put(ForecastMethod.HOLT_WINTERS_ADDITIVE, 1);
        NetworkForecast forecast = new NetworkForecast(
                first.plusDays(4),
                10,
                Map.of(
                        MILK_SF,
                        new SeriesForecast(
                                MILK_SF,
                                ForecastMethod.CROSTON_SBA,
                                first.plusDays(4),
                                new double[] {1.25, 0.1, 3, 0.1, 1.25, 1.25, 1.25, 1.25, 0.1, 3.0000000000000004},
                                0.7071,
                                0.83,
                                1.1,
                                4.5,
                                6.25,
                                1.5,
                                14,
                                16),
                        RICE_OAK,
                        new SeriesForecast(
                                RICE_OAK,
                                ForecastMethod.HOLT_WINTERS_ADDITIVE,
                                first.plusDays(4),
                                new double[] {2.5, 2.5, 2.5, 2.5, 2.5, 2.5, 2.5, 2.5, 2.5, 2.5},
                                0,
                                Double.NaN,
                                Double.NaN,
                                0,
                                0,
                                0,
                                0,
                                3.5),
                        RICE_SF,
                        new SeriesForecast(
                                RICE_SF,
                                ForecastMethod.SEASONAL_NAIVE,
                                first.plusDays(4),
                                new double[] {0.5, -0.0, 0, 1.5, Double.NaN, 7, 1, 0.5, -0.0, 0},
                                1,
                                2,
                                3,
                                4,
                                5,
                                6,
                                7,
                                8)),
                0.91,
                Double.NaN,
                counts);
        return new ForecastCodec.Parts(demand, classes, forecast);
    }

    private static byte[] bytes(ForecastCodec.Parts parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            ForecastCodec.write(parts, out);
        }
        return bytes.toByteArray();
    }

    private static ForecastCodec.Parts roundTrip(ForecastCodec.Parts parts) throws IOException {
        return ForecastCodec.read(ByteBuffer.wrap(bytes(parts)));
    }

    /** Records component by component, maps by key, arrays by content (bits of doubles), the rest by equals. */
    private static void assertDeepEquals(Object expected, Object actual, String where) {
        if (expected == null || actual == null) {
            assertEquals(expected, actual, where);
            return;
        }
        assertEquals(expected.getClass(), actual.getClass(), where);
        if (expected instanceof double[] e) {
            assertTrue(
                    Arrays.equals(e, (double[]) actual),
                    where + ": " + Arrays.toString(e) + " vs " + Arrays.toString((double[]) actual));
        } else if (expected instanceof Map<?, ?> e) {
            Map<?, ?> a = (Map<?, ?>) actual;
            assertEquals(e.keySet(), a.keySet(), where);
            e.forEach((k, v) -> assertDeepEquals(v, a.get(k), where + "[" + k + "]"));
        } else if (expected.getClass().isRecord()) {
            for (RecordComponent c : expected.getClass().getRecordComponents()) {
                try {
                    assertDeepEquals(
                            c.getAccessor().invoke(expected),
                            c.getAccessor().invoke(actual),
                            where + "." + c.getName());
                } catch (ReflectiveOperationException ex) {
                    throw new AssertionError(ex);
                }
            }
        } else {
            assertEquals(expected, actual, where);
        }
    }
}
