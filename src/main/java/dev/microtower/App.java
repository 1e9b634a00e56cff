package dev.microtower;

import dev.microtower.allocation.ui.RulesModule;
import dev.microtower.app.DemoStoryboard;
import dev.microtower.app.FirstLoad;
import dev.microtower.app.OpenSession;
import dev.microtower.compare.ui.CompareModule;
import dev.microtower.core.GeoPoint;
import dev.microtower.core.Session;
import dev.microtower.heatmaps.ui.HeatmapsModule;
import dev.microtower.importexport.DemoLoader;
import dev.microtower.importexport.ui.ImportExportModule;
import dev.microtower.network.ui.NetworkModule;
import dev.microtower.planning.ui.ForecastModule;
import dev.microtower.presentation.ui.PresentationModule;
import dev.microtower.rebalancing.ui.PlanModule;
import dev.microtower.shell.FirstStart;
import dev.microtower.shell.MainWindow;
import dev.microtower.simulation.ui.SimulationModule;
import dev.microtower.store.DataLocation;
import dev.microtower.ui.framework.FeatureModule;
import dev.microtower.ui.framework.Work;
import dev.microtower.whatif.WhatIfModule;
import dev.microtower.zones.ui.ZonesModule;
import dev.microtower.zones.ui.demand.DemandChangesModule;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
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
        stage.getIcons().setAll(windowIcons());
        // as large as before, but never larger than the screen: a laptop's 1280 x 720 shows it all
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(1400, screen.getWidth()), height = Math.min(880, screen.getHeight());
        stage.setScene(new Scene(window.root(), width, height));
        // the stage's own size too: some window managers otherwise map it at GTK's 200 x 200 default
        stage.setWidth(width);
        stage.setHeight(height);
        stage.setMinWidth(Math.min(800, width));
        stage.setMinHeight(Math.min(560, height));
        stage.show();
        window.applySavedBaseMap();
        window.open(db);
    }

    /**
     * The window's icon in the sizes window managers pick from (title bar, task switcher): the
     * same picture as the installers' and the menu entry's, made from installer/icons/microtower.svg.
     */
    public static List<Image> windowIcons() {
        return List.of(16, 32, 48, 64, 128, 256).stream()
                .map(size -> new Image(App.class
                        .getResource("/dev/microtower/icon/microtower-" + size + ".png")
                        .toExternalForm()))
                .toList();
    }

    /** The window as the application wires it; the snapshot command and the tests use the same. */
    public static MainWindow createWindow(Work runner) {
        return createWindow(runner, new DemoFirstStart());
    }

    /** The window with every feature, filling an empty database with {@code firstStart}. */
    public static MainWindow createWindow(Work runner, FirstStart firstStart) {
        return new MainWindow(runner, firstStart, modules());
    }

    /** The features of the window, in the order they are installed: one line each. */
    public static List<FeatureModule> modules() {
        return List.of(
                new NetworkModule(),
                new ZonesModule(),
                new DemandChangesModule(),
                new HeatmapsModule(),
                new PlanModule(),
                new ForecastModule(),
                new RulesModule(),
                new SimulationModule(),
                new ImportExportModule(),
                new WhatIfModule(),
                new CompareModule(),
                new PresentationModule());
    }

    /** An empty database gets the demo network of the Bay Area, if this build carries it. */
    static final class DemoFirstStart implements FirstStart {
        @Override
        public boolean placeIfAbsent(Path path) {
            return FirstLoad.placeDemo(path); // in a second, where an import takes half a minute
        }

        @Override
        public void populate(Session session, Progress progress) {
            if (!hasDemo()) {
                return; // a build without the demo files starts on an empty map
            }
            DemoLoader.loadIfEmpty(
                    ((OpenSession) session).database(),
                    (done, total, message) -> progress.report("Demo network: " + message, done, total));
            DemoStoryboard.addIfAbsent(session);
        }

        @Override
        public void placed(Session session) {
            DemoStoryboard.addIfAbsent(session);
        }

        @Override
        public List<GeoPoint> region() {
            // the demo's towns, from Santa Rosa in the north to south of San Jose
            return hasDemo() ? List.of(new GeoPoint(38.45, -122.72), new GeoPoint(37.13, -121.65)) : List.of();
        }

        private static boolean hasDemo() {
            return App.class.getClassLoader().getResource(DemoLoader.DEMO_RESOURCES + "nodes.csv") != null;
        }
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
