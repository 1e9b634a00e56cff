package dev.microtower.shell;

import static dev.microtower.store.jooq.Tables.CUSTOMER_ORDER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.App;
import dev.microtower.app.OpenSession;
import dev.microtower.core.Cancellation;
import dev.microtower.core.GeoPoint;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.Session;
import dev.microtower.demo.DemoDatabase;
import dev.microtower.importexport.DemoLoader;
import dev.microtower.network.store.jooq.JooqNodeRepository;
import dev.microtower.store.Database;
import dev.microtower.testing.Windows;
import dev.microtower.ui.framework.Work;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** On first start an empty database is filled with the demo network, with progress, and shown. */
class FirstStartTest {
    @TempDir
    Path dir;

    @Test
    void anEmptyDatabaseGetsTheDemoNetworkWhichTheMapThenShows() throws Exception {
        List<String> progress = new CopyOnWriteArrayList<>();
        FirstStart miniDemo = (session, report) -> DemoLoader.load(
                ((OpenSession) session).database(),
                "mini-demo/",
                (done, total, message) -> {
                    progress.add(message);
                    report.report(message, done, total);
                },
                Cancellation.none());
        Stage stage = FxToolkit.registerPrimaryStage();
        MainWindow window = FxToolkit.setupFixture(() -> {
            MainWindow w = App.createWindow(Work.background(2), miniDemo);
            stage.setScene(new Scene(w.root(), 900, 600));
            stage.show();
            w.open(dir.resolve("first"));
            return w;
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, window::mapComplete);

        assertEquals(3, Windows.sites(window).siteCount());
        assertTrue(!progress.isEmpty(), "the load reported progress");
        assertEquals(List.of(stage), new FxRobot().listWindows());
        FxToolkit.setupFixture(() -> {
            stage.hide();
            window.closeDatabase();
        });
        try (Database db = Database.open(dir.resolve("first"))) {
            assertEquals(3, new JooqNodeRepository(db).count(ScenarioId.BASELINE), "the demo was written, once");
        }
    }

    @Test
    void aNewDataFolderGetsTheReadyMadeDemoNetworkInPlaceOfAnImport() throws Exception {
        assertNotNull(
                getClass().getClassLoader().getResource(DemoDatabase.RESOURCE),
                "the build puts the ready-made demo database on the class path (process-classes)");
        Path folder = dir.resolve("new-user/microtower");
        Stage stage = FxToolkit.registerPrimaryStage();
        MainWindow window = FxToolkit.setupFixture(() -> {
            MainWindow w = App.createWindow(Work.background(2));
            stage.setScene(new Scene(w.root(), 1280, 720));
            stage.show();
            w.open(folder);
            return w;
        });
        // an import of the demo files takes half a minute and more on this machine; the image opens in seconds
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, window::mapComplete);

        assertEquals(69, Windows.sites(window).siteCount());
        assertTrue(!window.firstStartShown(), "nothing was loaded, so no loading card");
        FxToolkit.setupFixture(() -> {
            stage.hide();
            window.closeDatabase();
        });
        try (Database db = Database.open(folder)) {
            assertEquals(181_659, db.dsl().fetchCount(CUSTOMER_ORDER), "the whole order history is in place");
            assertEquals(69, new JooqNodeRepository(db).count(ScenarioId.BASELINE));
        }
    }

    @Test
    void duringTheFirstStartTheMapShowsTheRegionBeingLoadedWithProgress() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        FirstStart slow = new FirstStart() {
            @Override
            public void populate(Session session, Progress progress) {
                progress.report("Demo network: reading sites", 1, 4);
                try {
                    release.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }

            @Override
            public List<GeoPoint> region() {
                return List.of(new GeoPoint(38.45, -122.72), new GeoPoint(37.13, -121.65));
            }
        };
        Stage stage = FxToolkit.registerPrimaryStage();
        MainWindow window = FxToolkit.setupFixture(() -> {
            MainWindow w = App.createWindow(Work.background(2), slow);
            stage.setScene(new Scene(w.root(), 1280, 720));
            stage.show();
            w.open(dir.resolve("slow"));
            return w;
        });
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, window::firstStartShown);
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "Demo network: reading sites"
                    .equals(new FxRobot()
                            .lookup("#status-message")
                            .queryAs(Label.class)
                            .getText()));

            GeoPoint centre = window.map().viewport().center();
            assertTrue(centre.lat() > 37.13 && centre.lat() < 38.45, "centred on the region: " + centre);
            assertTrue(centre.lon() > -122.72 && centre.lon() < -121.65, "centred on the region: " + centre);
            assertTrue(window.map().viewport().zoom() >= 8, "the region fills the map, not a world at zoom 0");
            assertTrue(new FxRobot().lookup("#loading-card").query().isVisible());
            assertTrue(window.stateProperty().get() == MainWindow.State.LOADING);
        } finally {
            release.countDown();
        }
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> window.readyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!window.firstStartShown(), "the card goes once the load is done");
        FxToolkit.setupFixture(() -> {
            stage.hide();
            window.closeDatabase();
        });
    }
}
