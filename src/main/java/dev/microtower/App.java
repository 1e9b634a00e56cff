package dev.microtower;

import dev.microtower.allocation.ui.RulesModule;
import dev.microtower.heatmaps.ui.HeatmapsModule;
import dev.microtower.importexport.DemoLoader;
import dev.microtower.rebalancing.ui.PlanModule;
import dev.microtower.shell.FirstStart;
import dev.microtower.shell.MainWindow;
import dev.microtower.store.DataLocation;
import dev.microtower.store.Database;
import dev.microtower.ui.framework.FeatureModule;
import dev.microtower.ui.framework.Work;
import dev.microtower.zones.ui.ZonesModule;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The JavaFX application: wiring only. */
public final class App extends Application {
    private static volatile Path requestedDatabase;

    private Work runner;
    private MainWindow window;

    public static void launchWindow(Path database) {
        requestedDatabase = database;
        Application.launch(App.class);
    }

    @Override
    public void start(Stage stage) {
        Path db = DataLocation.resolve(requestedDatabase);
        runner = Work.background(2);
        window = createWindow(runner);
        stage.setTitle("Microtower — " + db);
        stage.setScene(new Scene(window.root(), 1400, 880));
        stage.show();
        window.applySavedBaseMap();
        window.open(db);
    }

    /** The window as the application wires it; the snapshot command and the tests use the same. */
    public static MainWindow createWindow(Work runner) {
        return createWindow(runner, App::loadDemoOnFirstStart);
    }

    /** The window with every feature, filling an empty database with {@code firstStart}. */
    public static MainWindow createWindow(Work runner, FirstStart firstStart) {
        return new MainWindow(runner, firstStart, modules());
    }

    /** The features of the window, in the order they are installed: one line each. */
    public static List<FeatureModule> modules() {
        return List.of(new ZonesModule(), new HeatmapsModule(), new PlanModule(), new RulesModule());
    }

    /** An empty database gets the demo network, if this build carries it. */
    static void loadDemoOnFirstStart(Database database, FirstStart.Progress progress) {
        if (App.class.getClassLoader().getResource(DemoLoader.DEMO_RESOURCES + "nodes.csv") == null) {
            return; // a build without the demo files starts on an empty map
        }
        DemoLoader.loadIfEmpty(
                database, (done, total, message) -> progress.report("Demo network: " + message, done, total));
    }

    @Override
    public void stop() {
        if (window != null) {
            window.closeDatabase();
        }
        if (runner != null) {
            runner.shutdown();
        }
    }
}
