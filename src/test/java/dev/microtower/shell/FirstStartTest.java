package dev.microtower.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.App;
import dev.microtower.core.Cancellation;
import dev.microtower.core.ScenarioId;
import dev.microtower.importexport.DemoLoader;
import dev.microtower.network.store.jooq.JooqNodeRepository;
import dev.microtower.store.Database;
import dev.microtower.ui.framework.Work;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
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
        FirstStart miniDemo = (database, report) -> DemoLoader.load(
                database,
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

        assertEquals(3, window.sites().siteCount());
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
}
