package dev.microtower.planning.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.microtower.app.OpenSession;
import dev.microtower.app.ScenarioService;
import dev.microtower.core.Cancellation;
import dev.microtower.core.DataChange;
import dev.microtower.core.DataKind;
import dev.microtower.core.Progress;
import dev.microtower.core.ScenarioId;
import dev.microtower.importexport.DemoLoader;
import dev.microtower.network.domain.Node;
import dev.microtower.network.domain.NodeStatus;
import dev.microtower.network.store.NodeRepository;
import dev.microtower.planning.engine.Planner;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A copy that differs from its parent only in what does not feed the forecast (nothing yet, or
 * stock and rules) takes its parent's forecast instead of making its own; once its sites differ it
 * forecasts for itself. A real H2 file holding the mini demo.
 */
class SharedForecastTest {
    @TempDir
    Path dir;

    @Test
    void aFreshCopyTakesItsParentsForecastAndAnEditedOneMakesItsOwn() {
        try (OpenSession session = OpenSession.open(dir.resolve("db"))) {
            DemoLoader.load(session.database(), "demo-fixture/", Progress.NONE, Cancellation.none());
            ScenarioId copy = session.get(ScenarioService.class)
                    .copy(ScenarioId.BASELINE, "copy")
                    .id();
            PlanningService planning = session.get(PlanningService.class);
            int before = planning.forecastsComputed();

            Planner.Forecasted base = planning.forecast(ScenarioId.BASELINE, Progress.NONE, Cancellation.none());
            Planner.Forecasted copied = planning.forecast(copy, Progress.NONE, Cancellation.none());
            assertEquals(before + 1, planning.forecastsComputed(), "one forecast for the baseline and its copy");
            assertSame(base.forecast(), copied.forecast());
            assertEquals(copy, copied.inputs().scenario().id(), "the copy's own inputs");

            NodeRepository nodes = session.get(NodeRepository.class);
            Node open = nodes.findAll(copy).stream()
                    .filter(Node::isStocked)
                    .findFirst()
                    .orElseThrow();
            nodes.save(copy, open.withStatus(NodeStatus.CLOSED));
            session.changed(new DataChange(copy, Set.of(DataKind.NETWORK), 1));
            Planner.Forecasted edited = planning.forecast(copy, Progress.NONE, Cancellation.none());
            assertEquals(before + 2, planning.forecastsComputed(), "a site closed: the copy forecasts again");
            assertNotSame(base.forecast(), edited.forecast());
        }
    }
}
