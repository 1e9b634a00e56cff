package dev.microtower.testing;

import dev.microtower.App;
import dev.microtower.app.OpenSession;
import dev.microtower.core.ScenarioId;
import dev.microtower.demo.DemoNetworkGenerator;
import dev.microtower.demo.DemoOptions;
import dev.microtower.importexport.Importer;
import dev.microtower.network.ui.NetworkModule;
import dev.microtower.network.ui.SitesLayer;
import dev.microtower.shell.FirstStart;
import dev.microtower.shell.LayoutSettings;
import dev.microtower.shell.MainWindow;
import dev.microtower.store.Database;
import dev.microtower.ui.framework.Work;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The main window as the window tests drive it: on a real database file, with a real background runner. */
public final class Windows {
    private Windows() {}

    /**
     * Shows a main window of {@code width} × {@code height} on {@code stage} and starts opening
     * {@code file} in the background; callers wait for the state they need. The window starts from
     * the default layout: a window closed by an earlier test saved its panels and drawer, and a test
     * must not depend on which ran before it.
     */
    public static MainWindow open(Stage stage, Path file, double width, double height) throws Exception {
        Files.deleteIfExists(LayoutSettings.defaultFile());
        return FxToolkit.setupFixture(() -> {
            MainWindow w = App.createWindow(Work.background(2), FirstStart.NOTHING);
            stage.setScene(new Scene(w.root(), width, height));
            stage.show();
            w.open(file);
            return w;
        });
    }

    /**
     * Writes the generated network of {@code options} into {@code dir} and imports it into the
     * baseline of a new database file there; returns that file, for {@link #open}.
     */
    public static Path generatedNetwork(Path dir, DemoOptions options) throws Exception {
        Path files = dir.resolve("files");
        DemoNetworkGenerator.generate(options, files);
        Path file = dir.resolve("network");
        try (Database db = Database.open(file)) {
            new Importer(db).importPath(files, ScenarioId.BASELINE);
        }
        return file;
    }

    /** Closes every window but {@code stage} (dialogs a test left open); FX thread. */
    public static void closeDialogs(FxRobot robot, Stage stage) {
        robot.listTargetWindows().stream()
                .filter(w -> w != stage && w instanceof Stage)
                .map(Stage.class::cast)
                .toList()
                .forEach(Stage::close);
    }

    /**
     * Closes the dialogs, hides {@code stage}, closes {@code window}'s database and stops its work
     * lanes (their threads would otherwise stay for the rest of the test run): a window test's end.
     */
    public static void close(FxRobot robot, Stage stage, MainWindow window) throws Exception {
        FxToolkit.setupFixture(() -> {
            closeDialogs(robot, stage);
            stage.hide();
            window.closeDatabase();
            window.work().shutdown();
        });
    }

    /** The sites layer of {@code window}'s network module. */
    public static SitesLayer sites(MainWindow window) {
        return window.module(NetworkModule.class).sites();
    }

    /** The database {@code window} has open, for a test to check what was written. */
    public static Optional<Database> database(MainWindow window) {
        return window.session().map(open -> ((OpenSession) open).database());
    }
}
