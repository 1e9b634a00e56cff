package dev.microtower.planning.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.app.OpenSession;
import dev.microtower.core.Cancellation;
import dev.microtower.core.GeoPoint;
import dev.microtower.core.OrderCode;
import dev.microtower.core.Progress;
import dev.microtower.core.ScenarioId;
import dev.microtower.importexport.DemoLoader;
import dev.microtower.orders.domain.Order;
import dev.microtower.planning.engine.Planner;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the history window ends, on a real H2 file with the mini demo. */
class HistoryWindowTest {
    @TempDir
    Path dir;

    private static Order headerWithoutLines(Instant at) {
        return new Order(OrderCode.of("EMPTY-1"), at, null, "web", new GeoPoint(37.77, -122.42), null, List.of());
    }

    @Test
    void anOrderHeaderWithoutLinesDoesNotPullTheWindowPastTheLastRealOrder() {
        try (OpenSession session = OpenSession.open(dir.resolve("db"))) {
            DemoLoader.load(session.database(), "demo-fixture/", Progress.NONE, Cancellation.none());
            PlanningService planning = session.get(PlanningService.class);
            Planner.Forecasted before = planning.forecast(ScenarioId.BASELINE, Progress.NONE, Cancellation.none());
            LocalDate lastReal = before.inputs().lastDay();

            Instant sixWeeksLater = lastReal.plusDays(42).atTime(12, 0).toInstant(ZoneOffset.UTC);
            session.stores().orders().saveAll(List.of(headerWithoutLines(sixWeeksLater)));
            planning.clear();
            Planner.Forecasted after = planning.forecast(ScenarioId.BASELINE, Progress.NONE, Cancellation.none());

            assertEquals(lastReal, after.inputs().lastDay());
            assertEquals(List.of(), after.warnings());
            assertEquals(
                    before.forecast().series().size(), after.forecast().series().size());
        }
    }

    @Test
    void aWindowThatHoldsNoDemandIsReportedInWords() {
        try (OpenSession session = OpenSession.open(dir.resolve("db"))) {
            DemoLoader.load(session.database(), "demo-fixture/", Progress.NONE, Cancellation.none());
            PlanningService planning = session.get(PlanningService.class);
            LocalDate lastReal = planning.forecast(ScenarioId.BASELINE, Progress.NONE, Cancellation.none())
                    .inputs()
                    .lastDay();
            // a header far beyond the history: the whole window holds nothing but it
            Instant muchLater = lastReal.plusDays(400).atTime(12, 0).toInstant(ZoneOffset.UTC);
            session.stores().orders().saveAll(List.of(headerWithoutLines(muchLater)));
            planning.clear();
            Planner.Forecasted empty = planning.forecast(ScenarioId.BASELINE, Progress.NONE, Cancellation.none());

            assertEquals(1, empty.warnings().size(), empty.warnings().toString());
            String warning = empty.warnings().get(0);
            assertTrue(warning.startsWith("the history window "), warning);
            assertTrue(warning.contains("holds no demand (1 orders, none with lines at a site)"), warning);
        }
    }
}
