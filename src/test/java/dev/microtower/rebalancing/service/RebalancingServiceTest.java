package dev.microtower.rebalancing.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.microtower.app.OpenSession;
import dev.microtower.core.Cancellation;
import dev.microtower.core.CancelledException;
import dev.microtower.core.Progress;
import dev.microtower.core.ScenarioId;
import dev.microtower.importexport.DemoLoader;
import dev.microtower.rebalancing.store.PlanRepository;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plan on the mini demo network in a real H2 file, through the session's services. */
class RebalancingServiceTest {
    @TempDir
    static Path dir;

    private static OpenSession session;

    @BeforeAll
    static void openTheMiniDemo() {
        session = OpenSession.open(dir.resolve("db"));
        DemoLoader.load(session.database(), "demo-fixture/", Progress.NONE, Cancellation.none());
    }

    @AfterAll
    static void close() {
        session.close();
    }

    @Test
    void aPlanIsStoredWithEverySuggestion() {
        RebalancingService service = session.get(RebalancingService.class);
        RebalancingService.StoredRun run = service.plan(ScenarioId.BASELINE, Progress.NONE, Cancellation.none());

        assertEquals(run.run().summary().suggestions(), run.suggestions().size());
        assertEquals(
                List.of(run.run()),
                session.get(PlanRepository.class).runs(ScenarioId.BASELINE).stream()
                        .filter(r -> r.id().equals(run.run().id()))
                        .toList());
    }

    @Test
    void aCancelWhileTheTargetsAreSetStopsBeforeTheTransfersAndStoresNoRun() {
        RebalancingService service = session.get(RebalancingService.class);
        int before = session.get(PlanRepository.class).runs(ScenarioId.BASELINE).size();
        Cancellation cancellation = Cancellation.none();
        StringBuilder later = new StringBuilder();
        Progress cancelAtTheTargets = (done, total, message) -> {
            if (message == null) {
                return;
            }
            if (message.contains("setting stock targets")) {
                cancellation.cancel(); // the targets are still set: the check before the next step stops it
            } else if (message.contains("proposing") || message.contains("storing")) {
                later.append(message);
            }
        };

        assertThrows(
                CancelledException.class, () -> service.plan(ScenarioId.BASELINE, cancelAtTheTargets, cancellation));
        assertEquals("", later.toString(), "no step after the cancel");
        assertEquals(
                before,
                session.get(PlanRepository.class).runs(ScenarioId.BASELINE).size());
    }
}
