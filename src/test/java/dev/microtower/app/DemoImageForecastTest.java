package dev.microtower.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.core.Cancellation;
import dev.microtower.core.Progress;
import dev.microtower.core.ScenarioId;
import dev.microtower.demo.DemoDatabase;
import dev.microtower.planning.service.PlanningService;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ready-made demo database carries the baseline's forecast (ADR 0016), and this build's
 * fingerprint finds it: the first start's first Plan and stock heatmap need no history read. When
 * the image was made by other code than the classes running (a source the image's up-to-date check
 * does not list, say), the stored forecast is never matched and the first start silently loses its
 * head start; this test says so instead.
 */
class DemoImageForecastTest {
    @TempDir
    Path dir;

    @Test
    void theDemoImagesStoredForecastIsTakenOnTheFirstStart() {
        Assumptions.assumeTrue(
                DemoImageForecastTest.class.getClassLoader().getResource(DemoDatabase.RESOURCE) != null,
                "this build carries no ready-made demo (-Ddemo-database.skip=true)");
        Path db = dir.resolve("microtower");
        assertTrue(FirstLoad.placeDemo(db));
        try (OpenSession session = OpenSession.open(db)) {
            PlanningService planning = session.planning();
            planning.forecast(ScenarioId.BASELINE, Progress.NONE, Cancellation.none());
            assertEquals(1, planning.storedForecastsUsed(), "the demo image's forecast was not found");
            assertEquals(0, planning.forecastsComputed());
            assertEquals(0, planning.historyReads());
        }
    }
}
