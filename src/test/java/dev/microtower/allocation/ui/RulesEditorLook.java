package dev.microtower.allocation.ui;

import dev.microtower.network.ui.NetworkModule;
import dev.microtower.shell.MainWindow;
import dev.microtower.testing.WindowLook;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

/**
 * Opens a database, the rules editor on it, edits one rule's maximum days of cover and writes
 * pictures of the editor and of the main window with the target-change heatmap: for looking at
 * the editor by hand. {@code DB OUT_DIR [ROW FIELD VALUE]}, e.g. {@code 10 min-days 5}; see {@link
 * WindowLook} for how to run it.
 */
public final class RulesEditorLook {
    private RulesEditorLook() {}

    public static void main(String[] args) {
        WindowLook.launch(args, look -> {
            int row = Integer.parseInt(look.argument(2, "0"));
            String field = look.argument(3, "max-days");
            String value = look.argument(4, "12");
            MainWindow window = look.window();
            RulesEditor editor = window.module(RulesModule.class).editor();
            editor.show();
            look.poll(() -> editor.idle() && editor.preview() != null, () -> {
                TableView<?> table = (TableView<?>) editor.stage().getScene().lookup("#rules-table");
                table.getSelectionModel().select(row);
                ((TextField) editor.stage().getScene().lookup("#rule-" + field)).setText(value);
                window.module(RulesModule.class).layer().shownProperty().set(true);
                look.later(
                        0.5,
                        () -> look.poll(editor::idle, () -> {
                            look.write(editor.stage(), look.out().resolve("rules-editor.png"));
                            window.module(NetworkModule.class).zoomToNetwork();
                            look.later(3, () -> {
                                look.write(look.out().resolve("rules-heatmap.png"));
                                System.out.println(
                                        "targets changed " + editor.preview().targetsChanged() + ", rises "
                                                + editor.preview().targetRises() + ", max rises "
                                                + editor.preview().maxRises());
                                look.finish();
                            });
                        }));
            });
        });
    }
}
