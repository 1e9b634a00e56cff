package dev.microtower.zones.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.app.OpenSession;
import dev.microtower.core.DataKind;
import dev.microtower.core.ScenarioId;
import dev.microtower.network.domain.SlaTier;
import dev.microtower.network.store.jooq.JooqNodeRepository;
import dev.microtower.network.ui.NetworkModel;
import dev.microtower.store.Database;
import dev.microtower.testing.Fixtures;
import dev.microtower.ui.framework.TestBench;
import dev.microtower.zones.domain.DeliveryZone;
import dev.microtower.zones.engine.ZoneGenerator;
import dev.microtower.zones.store.ZoneRepository;
import dev.microtower.zones.store.jooq.JooqZoneRepository;
import java.nio.file.Path;
import java.util.List;
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
 * The zones module on a workbench without a window, its work on the immediate runner, on a real
 * database file: what it contributes, that its edits publish the change of the zones and go into
 * the history of the scenario, and that an undo after someone else changed the zones is refused.
 */
class ZonesModuleTest {
    private static final ScenarioId BASELINE = ScenarioId.BASELINE;

    @TempDir
    Path dir;

    private OpenSession session;
    private TestBench bench;
    private ZonesModule module;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void install() throws Exception {
        Database db = Database.open(dir.resolve("db"));
        new JooqNodeRepository(db).saveAll(BASELINE, Fixtures.nodes());
        new JooqZoneRepository(db).save(BASELINE, Fixtures.zone());
        session = OpenSession.on(db);
        onFx(() -> {
            bench = new TestBench();
            NetworkModel network = new NetworkModel();
            network.set(Fixtures.nodes(), Fixtures.skus());
            bench.provide(NetworkModel.class, network);
            module = new ZonesModule();
            module.install(bench);
            bench.openSession().set(session);
            bench.changes().publish(BASELINE, Set.of(DataKind.NETWORK)); // what opening does
            return null;
        });
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> onFx(() -> module.editor().coverageProperty().get() != null));
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void theModuleAddsTheZonesPanelAndShowsTheStoredZones() throws Exception {
        assertTrue(bench.sidePanels().containsKey(ZonesModule.PANEL));
        assertEquals(List.of(Fixtures.zone().code()), onFx(() -> module.editor().layer().zones().stream()
                .map(DeliveryZone::code)
                .toList()));
    }

    @Test
    void editingZonesLetsClicksThroughTheSitesUntilBackToViewing() throws Exception {
        onFx(() -> {
            module.editor().layer().modeProperty().set(ZonesLayer.Mode.DRAW);
            assertTrue(bench.map().editingProperty().get());
            module.editor().layer().modeProperty().set(ZonesLayer.Mode.VIEW);
            assertFalse(bench.map().editingProperty().get());
            return null;
        });
    }

    @Test
    void generatedZonesAreOneEditOfTheScenarioAndPublishTheZones() throws Exception {
        long before = onFx(() -> bench.changes().version(BASELINE, DataKind.ZONES));
        ZoneGenerator.Settings sameDay = new ZoneGenerator.Settings(
                Set.of(SlaTier.SAME_DAY),
                ZoneGenerator.Settings.defaults().speedKmh(),
                ZoneGenerator.Settings.defaults().driveHours());
        onFx(() -> {
            module.editor().generate(sameDay);
            return null;
        });
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> onFx(() -> bench.history().undoCount() == 1));

        assertTrue(onFx(() -> bench.changes().version(BASELINE, DataKind.ZONES)) > before);
        assertEquals(1, onFx(() -> bench.history().undoCount(BASELINE)));
        List<DeliveryZone> generated = session.get(ZoneRepository.class).findAll(BASELINE);
        assertFalse(generated.contains(Fixtures.zone()), "the same-day zones were replaced");

        onFx(() -> {
            bench.history().undo();
            return null;
        });
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> onFx(() -> bench.history().redoCount() == 1));
        assertEquals(
                List.of(Fixtures.zone().area().toText()),
                session.get(ZoneRepository.class).findAll(BASELINE).stream()
                        .map(z -> z.area().toText())
                        .toList());
    }

    @Test
    void anUndoAfterTheZonesWereImportedIsRefusedAndWritesNothing() throws Exception {
        ZoneGenerator.Settings sameDay = new ZoneGenerator.Settings(
                Set.of(SlaTier.SAME_DAY),
                ZoneGenerator.Settings.defaults().speedKmh(),
                ZoneGenerator.Settings.defaults().driveHours());
        onFx(() -> {
            module.editor().generate(sameDay);
            return null;
        });
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> onFx(() -> bench.history().undoCount() == 1));
        List<DeliveryZone> generated = session.get(ZoneRepository.class).findAll(BASELINE);

        onFx(() -> {
            bench.changes().publish(BASELINE, Set.of(DataKind.ZONES)); // an import of zones
            bench.history().undo();
            return null;
        });

        assertEquals(generated, session.get(ZoneRepository.class).findAll(BASELINE));
        assertEquals(1, bench.told.size(), bench.told.toString());
        assertTrue(
                bench.told.get(0).startsWith("Cannot undo generate zones: The delivery zones changed"),
                bench.told.get(0));
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
    }
}
