package dev.microtower.allocation.ui;

import dev.microtower.App;
import dev.microtower.network.ui.NetworkModule;
import dev.microtower.shell.MainWindow;
import dev.microtower.ui.framework.Work;
import dev.microtower.ui.map.Snapshots;
import java.nio.file.Path;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Opens a database, the rules editor on it, edits one rule's maximum days of cover and writes
 * pictures of the editor and of the main window with the target-change heatmap: for looking at
 * the editor by hand. {@code DB OUT_DIR [ROW FIELD VALUE [stay]]}, e.g. {@code 10 min-days 5}; with {@code stay} the
 * windows stay open (for a screenshot of a real display); run with the jar and test classes on the
 * class path (headless with Monocle, or on a display).
 */
public final class RulesEditorLook {
    private static String[] arguments;

    private RulesEditorLook() {}

    public static void main(String[] args) {
        arguments = args;
        Application.launch(Look.class);
    }

    /** The application; a nested class so that the launcher does not need JavaFX on the module path. */
    public static final class Look extends Application {
        private MainWindow window;

        @Override
        public void start(Stage stage) {
            Path db = Path.of(arguments[0]);
            Path out = Path.of(arguments[1]);
            int row = arguments.length > 2 ? Integer.parseInt(arguments[2]) : 0;
            String field = arguments.length > 3 ? arguments[3] : "max-days";
            String value = arguments.length > 4 ? arguments[4] : "12";
            window = App.createWindow(Work.background(2));
            stage.setScene(new Scene(window.root(), 1600, 1000));
            stage.show();
            window.open(db);
            poll(() -> window.stateProperty().get() == MainWindow.State.READY, () -> {
                RulesEditor editor = window.module(RulesModule.class).editor();
                editor.show();
                poll(() -> editor.idle() && editor.preview() != null, () -> {
                    editor.stage().getScene().lookup("#rules-table");
                    @SuppressWarnings("unchecked")
                    javafx.scene.control.TableView<Object> table = (javafx.scene.control.TableView<Object>)
                            editor.stage().getScene().lookup("#rules-table");
                    table.getSelectionModel().select(row);
                    ((TextField) editor.stage().getScene().lookup("#rule-" + field)).setText(value);
                    editor.stage().getScene().lookup("#preview-on-map");
                    window.module(RulesModule.class).layer().shownProperty().set(true);
                    PauseTransition settle = new PauseTransition(Duration.millis(500));
                    settle.setOnFinished(e -> poll(editor::idle, () -> {
                        Snapshots.writePng(
                                Snapshots.capture(editor.stage().getScene()), out.resolve("rules-editor.png"));
                        window.module(NetworkModule.class).zoomToNetwork();
                        PauseTransition tiles = new PauseTransition(Duration.seconds(3));
                        tiles.setOnFinished(x -> {
                            Snapshots.writePng(Snapshots.capture(stage.getScene()), out.resolve("rules-heatmap.png"));
                            System.out.println(
                                    "targets changed " + editor.preview().targetsChanged() + ", rises "
                                            + editor.preview().targetRises() + ", max rises "
                                            + editor.preview().maxRises());
                            window.closeDatabase();
                            Platform.exit();
                        });
                        tiles.play();
                    }));
                    settle.play();
                });
            });
        }

        private static void poll(java.util.function.BooleanSupplier ready, Runnable then) {
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
