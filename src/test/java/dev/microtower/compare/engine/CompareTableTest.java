package dev.microtower.compare.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.core.ScenarioId;
import dev.microtower.core.kpi.Better;
import dev.microtower.core.kpi.KpiValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompareTableTest {
    private static final CompareTable.Column BASE = new CompareTable.Column(ScenarioId.BASELINE, "Baseline");
    private static final CompareTable.Column CLOSED = new CompareTable.Column(new ScenarioId(2), "MFC closed");
    private static final CompareTable.Column BIGGER = new CompareTable.Column(new ScenarioId(3), "Bigger DC");

    @Test
    void eachCellHasItsDifferenceToTheReferenceJudgedByWhichWayIsBetter() {
        CompareTable table = CompareTable.of(
                List.of(
                        kpis(BASE, kpi("coverage", 80, Better.HIGHER), kpi("stockouts", 10, Better.LOWER)),
                        kpis(CLOSED, kpi("coverage", 60, Better.HIGHER), kpi("stockouts", 12, Better.LOWER))),
                0);

        CompareTable.Row coverage = table.rows().get(0);
        assertEquals("coverage", coverage.id());
        CompareTable.Cell closed = coverage.cells().get(1);
        assertEquals(60, closed.value());
        assertEquals(-20, closed.delta(), 1e-9);
        assertEquals(-25, closed.deltaPercent(), 1e-9);
        assertEquals(-1, closed.judgement(), "less coverage is worse");
        assertEquals(0, coverage.cells().get(0).judgement(), "the reference is not judged against itself");
        CompareTable.Cell stockouts = table.rows().get(1).cells().get(1);
        assertEquals(2, stockouts.delta(), 1e-9);
        assertEquals(20, stockouts.deltaPercent(), 1e-9);
        assertEquals(-1, stockouts.judgement(), "more stockouts are worse");
    }

    @Test
    void anyScenarioCanBeTheReference() {
        CompareTable table = CompareTable.of(
                List.of(
                        kpis(BASE, kpi("stockouts", 10, Better.LOWER)),
                        kpis(CLOSED, kpi("stockouts", 12, Better.LOWER)),
                        kpis(BIGGER, kpi("stockouts", 6, Better.LOWER))),
                2);

        List<CompareTable.Cell> cells = table.rows().get(0).cells();
        assertEquals(4, cells.get(0).delta(), 1e-9);
        assertEquals(-1, cells.get(0).judgement());
        assertEquals(100, cells.get(1).deltaPercent(), 1e-9);
        assertEquals(0, cells.get(2).delta(), 1e-9);
    }

    @Test
    void differencesOnlyKeepsTheRowsWhereAScenarioDiffers() {
        CompareTable table = CompareTable.of(
                List.of(
                        kpis(BASE, kpi("sites", 5, Better.NEITHER), kpi("coverage", 80, Better.HIGHER)),
                        kpis(CLOSED, kpi("sites", 5, Better.NEITHER), kpi("coverage", 60, Better.HIGHER))),
                0);

        assertEquals(
                List.of("coverage"),
                table.differingRows().stream().map(CompareTable.Row::id).toList());
        assertEquals(0, table.rows().get(0).cells().get(1).judgement());
    }

    @Test
    void aKpiOneScenarioLacksIsAnEmptyCellAndCountsAsADifference() {
        CompareTable table = CompareTable.of(
                List.of(
                        kpis(BASE, kpi("coverage", 80, Better.HIGHER)),
                        kpis(CLOSED, kpi("coverage", 80, Better.HIGHER), kpi("fill-rate", 97, Better.HIGHER))),
                0);

        assertEquals(
                List.of("coverage", "fill-rate"),
                table.rows().stream().map(CompareTable.Row::id).toList());
        CompareTable.Row fill = table.rows().get(1);
        assertTrue(fill.cells().get(0).isEmpty());
        assertTrue(Double.isNaN(fill.cells().get(1).delta()));
        assertEquals(
                List.of("fill-rate"),
                table.differingRows().stream().map(CompareTable.Row::id).toList());
    }

    @Test
    void aDeltaPercentAgainstZeroIsNotANumber() {
        CompareTable table = CompareTable.of(
                List.of(kpis(BASE, kpi("stockouts", 0, Better.LOWER)), kpis(CLOSED, kpi("stockouts", 3, Better.LOWER))),
                0);

        CompareTable.Cell cell = table.rows().get(0).cells().get(1);
        assertEquals(3, cell.delta(), 1e-9);
        assertTrue(Double.isNaN(cell.deltaPercent()));
    }

    @Test
    void aPartialTableMarksTheRowsOfTheSourcesStillComputingWithTheTitlesTheyHadBefore() {
        CompareTable before = CompareTable.of(
                List.of(
                        kpis(BASE, kpi("coverage", 80, Better.HIGHER), fulfilment("fill-rate", 97)),
                        kpis(CLOSED, kpi("coverage", 60, Better.HIGHER), fulfilment("fill-rate", 95))),
                0);

        CompareTable now = CompareTable.partial(
                List.of(
                        kpis(BASE, kpi("coverage", 80, Better.HIGHER)),
                        kpis(CLOSED, kpi("coverage", 50, Better.HIGHER))),
                0,
                List.of("Fulfilment"),
                before);

        assertTrue(!now.complete());
        assertEquals(List.of("Fulfilment"), now.computing());
        assertEquals(
                List.of("coverage", "fill-rate"),
                now.rows().stream().map(CompareTable.Row::id).toList());
        CompareTable.Row coverage = now.rows().get(0);
        assertTrue(!coverage.computing());
        assertEquals(50, coverage.cells().get(1).value(), "the new value, not the one before");
        CompareTable.Row fill = now.rows().get(1);
        assertTrue(fill.computing());
        assertEquals("fill-rate", fill.title());
        assertTrue(fill.cells().stream().allMatch(CompareTable.Cell::isEmpty), "no stale value is shown");
        assertTrue(fill.differs(0), "a row still computing stays in the differences-only view");
    }

    @Test
    void aSourceNeverComputedBeforeIsOneRowNamingIt() {
        CompareTable now = CompareTable.partial(
                List.of(
                        kpis(BASE, kpi("coverage", 80, Better.HIGHER)),
                        kpis(CLOSED, kpi("coverage", 50, Better.HIGHER))),
                0,
                List.of("Fulfilment"),
                null);

        assertEquals(2, now.rows().size());
        assertEquals("Fulfilment", now.rows().get(1).title());
        assertTrue(now.rows().get(1).computing());
        assertEquals(2, now.rows().get(1).cells().size());
        assertTrue(CompareTable.of(List.of(kpis(BASE), kpis(CLOSED)), 0).complete());
    }

    @Test
    void oneScenarioIsNoComparison() {
        assertThrows(
                IllegalArgumentException.class,
                () -> CompareTable.of(List.of(kpis(BASE, kpi("coverage", 80, Better.HIGHER))), 0));
    }

    private static CompareTable.ScenarioKpis kpis(CompareTable.Column scenario, KpiValue... values) {
        return new CompareTable.ScenarioKpis(scenario, List.of(values));
    }

    private static KpiValue fulfilment(String id, double value) {
        return KpiValue.of(id, "Fulfilment", id, value, "%", Better.HIGHER).build();
    }

    private static KpiValue kpi(String id, double value, Better better) {
        return KpiValue.of(id, "Network", id, value, "", better).build();
    }
}
