package dev.microtower.simulation.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.app.OpenSession;
import dev.microtower.core.Cancellation;
import dev.microtower.core.DataChange;
import dev.microtower.core.DataKind;
import dev.microtower.core.Progress;
import dev.microtower.core.ScenarioId;
import dev.microtower.importexport.DemoLoader;
import dev.microtower.importexport.ImportExportService;
import dev.microtower.planning.engine.Planner;
import dev.microtower.planning.service.PlanningService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Vendor supply by category feeds the replay only: importing category-supply.csv touches the
 * vendor supply alone, so the session keeps the scenario's forecast (no new forecast is computed)
 * and replays the scenario again. A real H2 file holding the mini demo.
 */
class VendorSupplyChangeTest {
    @TempDir
    Path dir;

    @Test
    void aCategorySupplyImportKeepsTheForecastButReplaysAgain() throws Exception {
        try (OpenSession session = OpenSession.open(dir.resolve("db"))) {
            DemoLoader.load(session.database(), "demo-fixture/", Progress.NONE, Cancellation.none());
            ScenarioId base = ScenarioId.BASELINE;
            PlanningService planning = session.get(PlanningService.class);
            SimulationService simulation = session.get(SimulationService.class);
            Planner.Forecasted forecast = planning.forecast(base, Progress.NONE, Cancellation.none());
            int computed = planning.forecastsComputed();
            SimulationService.Run before =
                    simulation.run(SimulationService.Request.of(base), Progress.NONE, Cancellation.none());

            Path file = dir.resolve("category-supply.csv");
            Files.writeString(
                    file, "site,category,supply_lead_time_days,supply_review_days\nDC-OAK,grocery-chilled,30,28\n");
            ImportExportService.Outcome outcome = session.get(ImportExportService.class)
                    .importFiles(List.of(file), base, Progress.NONE, Cancellation.none());
            assertTrue(outcome.succeeded(), outcome.problems().toString());
            assertEquals(Set.of(DataKind.SUPPLY), outcome.touched());
            session.changed(new DataChange(base, outcome.touched(), 1));

            assertSame(
                    forecast.forecast(),
                    planning.forecast(base, Progress.NONE, Cancellation.none()).forecast(),
                    "the forecast is kept");
            assertEquals(computed, planning.forecastsComputed(), "no forecast computed again");
            SimulationService.Run after =
                    simulation.run(SimulationService.Request.of(base), Progress.NONE, Cancellation.none());
            assertNotSame(before, after, "the scenario was replayed again");
        }
    }
}
