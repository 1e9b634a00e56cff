package dev.microtower.compare.ui;

import dev.microtower.App;
import dev.microtower.core.NodeCode;
import dev.microtower.core.ScenarioId;
import dev.microtower.network.store.NodeRepository;
import dev.microtower.scenarios.domain.DemandMultiplier;
import dev.microtower.scenarios.domain.Scenario;
import dev.microtower.scenarios.store.ScenarioRepository;
import dev.microtower.shell.MainWindow;
import dev.microtower.ui.framework.Work;
import dev.microtower.ui.map.Snapshots;
import dev.microtower.zones.store.ZoneRepository;
import dev.microtower.zones.ui.demand.DemandChangesModule;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.BooleanSupplier;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Pictures of comparing scenarios on a copy of the demo, for the README: {@code DB OUT_DIR}. Makes a
 * copy with the San Jose Downtown MFC closed and a demand change (×1.3 in one of its neighbour's
 * delivery zones), switches the window to it, and writes {@code demand-changes.png} (the Demand
 * panel) and {@code compare.png} (the compare table against the baseline and the risk scan with each
 * site planned again without it). Writes to DB: run it on a copy. Run with the jar and test classes
 * on the class path, on a display (Xvfb) or headless with Monocle.
 */
public final class ScenariosLook {
    private static final NodeCode CLOSED = NodeCode.of("MFC-SJC-DT");
    private static String[] arguments;

    private ScenariosLook() {}

    public static void main(String[] args) {
        arguments = args;
        Application.launch(Look.class);
    }

    /** The application; a nested class so that the launcher does not need JavaFX on the module path. */
    public static final class Look extends Application {
        private MainWindow window;
        private Path out;

        @Override
        public void start(Stage stage) {
            Path db = Path.of(arguments[0]);
            out = Path.of(arguments[1]);
            window = App.createWindow(Work.background(2));
            stage.setScene(new Scene(window.root(), 1600, 1000));
            stage.show();
            window.open(db);
            poll(() -> window.stateProperty().get() == MainWindow.State.READY, () -> {
                var session = window.session().orElseThrow();
                ScenarioRepository scenarios = session.get(ScenarioRepository.class);
                Scenario copy = scenarios
                        .findByName("San Jose Downtown MFC closes")
                        .orElseGet(() -> scenarios.copy(ScenarioId.BASELINE, "San Jose Downtown MFC closes"));
                NodeRepository nodes = session.get(NodeRepository.class);
                nodes.save(
                        copy.id(),
                        nodes.find(copy.id(), CLOSED)
                                .orElseThrow()
                                .withStatus(dev.microtower.network.domain.NodeStatus.CLOSED));
                var zone = session.get(ZoneRepository.class).findAll(copy.id()).stream()
                        .filter(z -> z.node().value().startsWith("DS-SJC"))
                        .findFirst()
                        .orElseThrow();
                scenarios.replaceMultipliers(
                        copy.id(),
                        java.util.List.of(new DemandMultiplier(
                                null,
                                null,
                                1.3,
                                LocalDate.of(2026, 12, 1),
                                LocalDate.of(2026, 12, 31),
                                "December promotion in Willow Glen",
                                null,
                                zone.code(),
                                null)));
                window.changes()
                        .publish(
                                copy.id(),
                                java.util.Set.of(
                                        dev.microtower.core.DataKind.NETWORK,
                                        dev.microtower.core.DataKind.DEMAND_MULTIPLIERS));
                window.switchScenario(copy.id());
                window.showSidePanel(DemandChangesModule.PANEL);
                // close enough to read the change's dashed district and its factor
                window.map().show(new dev.microtower.core.GeoPoint(37.30, -121.90), 12);
                later(8, () -> {
                    Snapshots.writePng(Snapshots.capture(stage.getScene()), out.resolve("demand-changes.png"));
                    CompareModule compare = window.module(CompareModule.class);
                    compare.controller().reloadScenarios();
                    window.showSidePanel(CompareModule.PANEL);
                    poll(
                            () -> compare.model().table.get() != null
                                    && compare.model().table.get().complete(),
                            () -> {
                                compare.controller().riskScan();
                                poll(() -> !compare.model().scanning.get(), () -> {
                                    compare.panel().risks().getSelectionModel().select(0);
                                    // the side panel scrolled down to the risk scan, as a presenter would show it
                                    for (javafx.scene.Node n = compare.panel().root(); n != null; n = n.getParent()) {
                                        if (n instanceof javafx.scene.control.ScrollPane scroll) {
                                            scroll.setVvalue(scroll.getVmax());
                                            break;
                                        }
                                    }
                                    later(4, () -> {
                                        Snapshots.writePng(
                                                Snapshots.capture(stage.getScene()), out.resolve("compare.png"));
                                        System.out.println("pictures written to " + out);
                                        window.closeDatabase();
                                        Platform.exit();
                                    });
                                });
                            });
                });
            });
        }

        private static void later(double seconds, Runnable then) {
            PauseTransition p = new PauseTransition(Duration.seconds(seconds));
            p.setOnFinished(e -> then.run());
            p.play();
        }

        private static void poll(BooleanSupplier ready, Runnable then) {
            PauseTransition p = new PauseTransition(Duration.millis(250));
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
