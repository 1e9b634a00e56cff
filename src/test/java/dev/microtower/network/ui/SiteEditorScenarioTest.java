package dev.microtower.network.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.app.OpenSession;
import dev.microtower.core.DataKind;
import dev.microtower.core.NodeCode;
import dev.microtower.core.ScenarioId;
import dev.microtower.network.domain.NodeStatus;
import dev.microtower.network.domain.NodeType;
import dev.microtower.network.store.NodeRepository;
import dev.microtower.network.store.jooq.JooqNodeRepository;
import dev.microtower.scenarios.store.jooq.JooqScenarioRepository;
import dev.microtower.store.Database;
import dev.microtower.testing.Fixtures;
import dev.microtower.ui.framework.TestBench;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The site editor follows the workbench's scenario: on a workbench showing a copy of the
 * baseline, on a real database file, an edit changes the copy only and goes into the copy's
 * undo history; a refused edit writes nothing in either.
 */
class SiteEditorScenarioTest {
    private static final NodeCode MFC = NodeCode.of("MFC-SF1");

    @TempDir
    Path dir;

    private OpenSession session;
    private TestBench bench;
    private NetworkModule module;
    private ScenarioId copy;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void install() throws Exception {
        Database db = Database.open(dir.resolve("db"));
        new JooqNodeRepository(db).saveAll(ScenarioId.BASELINE, Fixtures.nodes());
        copy = new JooqScenarioRepository(db)
                .copy(ScenarioId.BASELINE, "What if")
                .id();
        session = OpenSession.on(db);
        onFx(() -> {
            bench = new TestBench();
            bench.followedScenario().set(copy);
            module = new NetworkModule();
            module.install(bench);
            bench.openSession().set(session);
            return null;
        });
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> onFx(() -> module.model().site(MFC).isPresent()));
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void closingASiteInTheShownScenarioChangesThatScenarioOnly() throws Exception {
        long before = onFx(() -> bench.changes().version(copy, DataKind.NETWORK));
        onFx(() -> {
            module.select(MFC);
            module.editor().closeOrReopen();
            return null;
        });
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> onFx(() -> bench.history().undoCount() == 1));

        NodeRepository nodes = session.get(NodeRepository.class);
        assertEquals(NodeStatus.CLOSED, nodes.find(copy, MFC).orElseThrow().status());
        assertEquals(
                NodeStatus.ACTIVE,
                nodes.find(ScenarioId.BASELINE, MFC).orElseThrow().status());
        assertEquals(0, onFx(() -> bench.history().undoCount(ScenarioId.BASELINE)));
        assertTrue(onFx(() -> bench.changes().version(copy, DataKind.NETWORK)) > before);
        assertEquals(0L, onFx(() -> bench.changes().version(ScenarioId.BASELINE, Set.of(DataKind.NETWORK))));
    }

    @Test
    void aPickupPointWithoutServingSiteIsRefusedInTheFormAndNothingIsWritten() throws Exception {
        onFx(() -> {
            module.select(NodeCode.of("DC-OAK"));
            module.inspector().startEditing(module.model().sites());
            module.inspector().form.type.setValue(NodeType.PICKUP_POINT);
            module.editor().save();
            return null;
        });
        assertTrue(onFx(() -> module.inspector().form.problem("Served by"))
                .startsWith("A pickup point needs a serving site"));
        assertEquals(
                Fixtures.dc(),
                session.get(NodeRepository.class)
                        .find(copy, NodeCode.of("DC-OAK"))
                        .orElseThrow());
        assertEquals(0, onFx(() -> bench.history().undoCount()));
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
    }
}
