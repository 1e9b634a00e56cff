package dev.microtower.simulation.ui;

import dev.microtower.App;
import dev.microtower.network.ui.NetworkModel;
import dev.microtower.network.ui.NetworkModule;
import dev.microtower.shell.MainWindow;
import dev.microtower.ui.framework.Work;
import dev.microtower.ui.map.Snapshots;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.BooleanSupplier;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Opens a database, the fulfilment dashboard, simulates, switches the map layer colouring sites by
 * a KPI on, and writes a picture of the window: for looking at the dashboard by hand. {@code DB
 * OUT.png [KPI-ID [SIDE-PANEL-ID]]} (e.g. {@code layers} to show the layer's legend); run with the jar and test classes on the class path (headless with Monocle, or
 * on a display).
 */
public final class DashboardLook {
    private static String[] arguments;

    private DashboardLook() {}

    public static void main(String[] args) {
        arguments = args;
        Application.launch(Look.class);
    }

    /** The application; a nested class so that the launcher does not need JavaFX on the module path. */
    public static final class Look extends Application {
        @Override
        public void start(Stage stage) {
            Path db = Path.of(arguments[0]);
            Path out = Path.of(arguments[1]);
            String kpi = arguments.length > 2 ? arguments[2] : "on-time-rate";
            String tab = arguments.length > 3 ? arguments[3] : SimulationModule.PANEL;
            MainWindow window = App.createWindow(Work.background(2));
            stage.setScene(new Scene(window.root(), 1600, 1000));
            stage.show();
            window.open(db);
            poll(() -> window.stateProperty().get() == MainWindow.State.READY, () -> {
                SimulationModule module = window.module(SimulationModule.class);
                window.showSidePanel(SimulationModule.PANEL);
                module.controller().start();
                poll(() -> module.model().runProperty().get() != null, () -> {
                    module.kpiLayer().kpiProperty().set(KpiMapLayer.choice(kpi));
                    module.kpiLayer().shownProperty().set(true);
                    // the zones' fill would hide the colours: a manager looking at a KPI switches them off
                    window.map().overlays().stream()
                            .filter(o ->
                                    o.title().toLowerCase(java.util.Locale.ROOT).contains("zone"))
                            .forEach(o -> o.shownProperty().set(false));
                    window.showSidePanel(tab);
                    // the inspector shows the KPIs of the site worst at the KPI on the map
                    NetworkModel network = window.service(NetworkModel.class);
                    module.kpiLayer().pictureProperty().get().spots().stream()
                            .min(Comparator.comparingDouble(KpiMapLayer.Spot::value))
                            .flatMap(spot -> network.site(spot.site()))
                            .ifPresent(site -> network.selectedProperty().set(site));
                    window.module(NetworkModule.class).zoomToNetwork();
                    PauseTransition tiles = new PauseTransition(Duration.seconds(4));
                    tiles.setOnFinished(x -> {
                        Snapshots.writePng(Snapshots.capture(stage.getScene()), out);
                        window.closeDatabase();
                        Platform.exit();
                    });
                    tiles.play();
                });
            });
        }

        private static void poll(BooleanSupplier ready, Runnable then) {
            PauseTransition p = new PauseTransition(Duration.millis(200));
            p.setOnFinished(e -> {
                if (ready.getAsBoolean()) {
                    then.run();
                } else {
                    poll(ready, then);
                }
            });
            p.play();
        }
    }
}
