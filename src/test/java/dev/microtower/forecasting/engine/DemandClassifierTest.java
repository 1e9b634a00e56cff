package dev.microtower.forecasting.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.microtower.core.NodeCode;
import dev.microtower.core.SkuCode;
import dev.microtower.forecasting.domain.DemandClasses;
import dev.microtower.forecasting.domain.DemandHistory;
import dev.microtower.forecasting.domain.SeriesKey;
import dev.microtower.inventory.domain.AbcClass;
import dev.microtower.inventory.domain.XyzClass;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DemandClassifierTest {
    private static final NodeCode N1 = NodeCode.of("N1");
    private static final NodeCode N2 = NodeCode.of("N2");

    private static double[] flat(double v) {
        return new double[] {v, v, v, v};
    }

    @Test
    void abcCutsTheRankedVolumeAtEightyAndNinetyFivePercentAndXyzByVariation() {
        // network volumes: A1 70, A2 20 (70 before it: still under 80 %), B 6 (90 before), C 4 (96 before)
        Map<SeriesKey, double[]> series = Map.of(
                SeriesKey.of(N1, SkuCode.of("A1")),
                new double[] {70, 0, 0, 0},
                SeriesKey.of(N1, SkuCode.of("A2")),
                flat(5),
                SeriesKey.of(N2, SkuCode.of("B")),
                new double[] {3, 0, 3, 0},
                SeriesKey.of(N2, SkuCode.of("C")),
                flat(1));
        DemandHistory h = new DemandHistory(LocalDate.of(2026, 1, 1), 4, series, 0, 0, 0, 0);
        DemandClasses c = DemandClassifier.defaults()
                .classify(
                        h,
                        List.of(
                                SkuCode.of("A1"),
                                SkuCode.of("A2"),
                                SkuCode.of("B"),
                                SkuCode.of("C"),
                                SkuCode.of("NONE")));
        assertEquals(AbcClass.A, c.abc(SkuCode.of("A1")));
        assertEquals(AbcClass.A, c.abc(SkuCode.of("A2")));
        assertEquals(AbcClass.B, c.abc(SkuCode.of("B")));
        assertEquals(AbcClass.C, c.abc(SkuCode.of("C")));
        assertEquals(AbcClass.C, c.abc(SkuCode.of("NONE")));
        assertEquals(XyzClass.X, c.xyz(SkuCode.of("A2"))); // cv 0
        assertEquals(XyzClass.Y, c.xyz(SkuCode.of("B"))); // cv 1
        assertEquals(XyzClass.Z, c.xyz(SkuCode.of("A1"))); // cv sqrt(3)
        assertEquals(XyzClass.Z, c.xyz(SkuCode.of("NONE")));
        // per node: at N2, B has 6 of 10 units and C follows with 60 % before it, so both are A there
        assertEquals(AbcClass.A, c.abcAt(SeriesKey.of(N2, SkuCode.of("B"))));
        assertEquals(AbcClass.A, c.abcAt(SeriesKey.of(N2, SkuCode.of("C"))));
        assertEquals(AbcClass.A, c.abcAt(SeriesKey.of(N1, SkuCode.of("A2")))); // 70 of 90 before it
    }

    @Test
    void abcSharesAreConfigurable() {
        Map<SeriesKey, double[]> series =
                Map.of(SeriesKey.of(N1, SkuCode.of("X")), flat(5), SeriesKey.of(N1, SkuCode.of("Y")), flat(5));
        DemandHistory h = new DemandHistory(LocalDate.of(2026, 1, 1), 4, series, 0, 0, 0, 0);
        DemandClasses c = new DemandClassifier(0.5, 0.5, 0.5, 1.0).classify(h, List.of());
        assertEquals(AbcClass.A, c.abc(SkuCode.of("X")));
        assertEquals(AbcClass.B, c.abc(SkuCode.of("Y")));
    }
}
