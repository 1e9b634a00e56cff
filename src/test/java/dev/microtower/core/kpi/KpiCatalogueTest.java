package dev.microtower.core.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.core.Cancellation;
import dev.microtower.core.CancelledException;
import dev.microtower.core.Progress;
import dev.microtower.core.ScenarioId;
import java.util.List;
import org.junit.jupiter.api.Test;

class KpiCatalogueTest {
    private static KpiSource source(String name, double value) {
        return new KpiSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<KpiValue> compute(ScenarioId scenario, Progress progress, Cancellation cancellation) {
                return List.of(KpiValue.of(name + "-kpi", name, name, value * scenario.value(), "%", Better.HIGHER)
                        .because("test")
                        .input("scenario", scenario.value())
                        .build());
            }
        };
    }

    @Test
    void valuesComeSourceBySourceInTheOrderAdded() {
        KpiCatalogue catalogue = new KpiCatalogue();
        catalogue.add(source("b", 2));
        catalogue.add(source("a", 3));

        List<KpiValue> values = catalogue.compute(new ScenarioId(2), Progress.NONE, Cancellation.none());

        assertEquals(
                List.of("b-kpi", "a-kpi"), values.stream().map(KpiValue::id).toList());
        assertEquals(6, values.get(1).value(), 0);
        assertEquals(2, values.get(1).input("scenario"), 0);
        assertTrue(Double.isNaN(values.get(1).input("missing")));
    }

    @Test
    void aCancelledComputationStops() {
        KpiCatalogue catalogue = new KpiCatalogue();
        catalogue.add(source("a", 1));
        Cancellation cancel = Cancellation.none();
        cancel.cancel();

        assertThrows(CancelledException.class, () -> catalogue.compute(new ScenarioId(1), Progress.NONE, cancel));
    }

    @Test
    void deltasAndJudgementFollowTheDirectionThatIsBetter() {
        KpiValue before = KpiValue.of("x", "g", "x", 80, "%", Better.HIGHER).build();
        KpiValue after = KpiValue.of("x", "g", "x", 60, "%", Better.HIGHER).build();

        assertEquals(-20, after.delta(before), 1e-9);
        assertEquals(-25, after.deltaPercent(before), 1e-9);
        assertEquals(-1, Better.HIGHER.judge(80, 60));
        assertEquals(1, Better.LOWER.judge(80, 60));
        assertEquals(0, Better.NEITHER.judge(80, 60));
        assertTrue(Double.isNaN(after.deltaPercent(
                KpiValue.of("x", "g", "x", 0, "%", Better.HIGHER).build())));
    }
}
