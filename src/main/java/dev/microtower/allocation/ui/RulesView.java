package dev.microtower.allocation.ui;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The rules editor's window: the toolbar, the rules table above the form of the selected rule, the
 * preview beside them and the status line. It shows the {@link RulesModel}; the buttons' actions
 * are set by the controller.
 */
final class RulesView {
    final RulesTable table;
    final RuleForm form = new RuleForm();
    final PreviewPanel preview = new PreviewPanel();
    final Label status = new Label();
    final Button add = button("Add", "rules-add", "Add a rule after the selected one");
    final Button duplicate = button("Duplicate", "rules-duplicate", "Add a copy of the selected rule after it");
    final Button delete = button("Delete", "rules-delete", "Remove the selected rule");
    final Button up = button("Move up", "rules-up", "Try the selected rule earlier");
    final Button down = button("Move down", "rules-down", "Try the selected rule later");
    final Button undo = button("Undo", "rules-undo", "Undo the last edit (Ctrl+Z)");
    final Button redo = button("Redo", "rules-redo", "Redo (Ctrl+Y)");
    final Button importCsv =
            button("Import CSV…", "rules-import", "Load rules from an allocation-rules.csv file into the draft");
    final Button exportCsv = button("Export CSV…", "rules-export", "Write the draft as an allocation-rules.csv file");
    final Button revert = button("Revert", "rules-revert", "Discard the draft's edits: back to the stored rules");
    final Button apply = button(
            "Apply",
            "rules-apply",
            "Write the draft to the database (Ctrl+Enter); Edit → Undo puts the old rules back");
    private final RulesModel model;
    private Stage stage;

    RulesView(RulesModel model) {
        this.model = model;
        this.table = new RulesTable(model.draft.rules(), model.preview);
        status.textProperty().bind(model.status);
        status.setId("rules-status");
        apply.getStyleClass().add("accent-button");
        var none = table.getSelectionModel().selectedItemProperty().isNull();
        duplicate.disableProperty().bind(none);
        delete.disableProperty().bind(none);
        up.disableProperty()
                .bind(none.or(table.getSelectionModel().selectedIndexProperty().lessThanOrEqualTo(0)));
        down.disableProperty()
                .bind(none.or(Bindings.createBooleanBinding(
                        () -> table.getSelectionModel().getSelectedIndex()
                                >= model.draft.rules().size() - 1,
                        table.getSelectionModel().selectedIndexProperty(),
                        model.draft.rules())));
        revert.disableProperty().bind(model.draft.dirtyProperty().not());
        apply.disableProperty()
                .bind(form.validProperty().not().or(model.draft.dirtyProperty().not()));
    }

    /**
     * Undo and Redo are enabled while the draft or the window's history ({@code historyCanUndo},
     * {@code historyCanRedo}) has something to take back.
     */
    void bindUndo(ObservableBooleanValue historyCanUndo, ObservableBooleanValue historyCanRedo) {
        undo.disableProperty().bind(model.draft.canUndoProperty().not().and(Bindings.not(historyCanUndo)));
        redo.disableProperty().bind(model.draft.canRedoProperty().not().and(Bindings.not(historyCanRedo)));
    }

    /** The window, made the first time; {@code undo}, {@code redo} and {@code applyDraft} are its keys. */
    Stage stage(Window owner, List<String> stylesheets, Runnable undoKey, Runnable redoKey, Runnable applyKey) {
        if (stage != null) {
            return stage;
        }
        Stage s = new Stage();
        if (owner != null) {
            s.initOwner(owner);
        }
        s.setTitle("Allocation rules — Microtower");
        BorderPane root = new BorderPane();
        root.getStyleClass().add("rules-editor");
        root.setTop(toolBar());
        ScrollPane formScroll = new ScrollPane(form);
        formScroll.setFitToWidth(true);
        SplitPane left = new SplitPane(table, formScroll);
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.56);
        SplitPane centre = new SplitPane(left, preview);
        centre.setDividerPositions(0.68);
        SplitPane.setResizableWithParent(preview, false);
        root.setCenter(centre);
        HBox bottom = new HBox(status);
        bottom.getStyleClass().add("status-bar");
        root.setBottom(bottom);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1500, screen.getWidth() - 40), Math.min(900, screen.getHeight() - 60));
        scene.getStylesheets().addAll(stylesheets);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), undoKey);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), redoKey);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN), applyKey);
        s.setScene(scene);
        stage = s;
        return s;
    }

    /** The window if it was made, else {@code null}. */
    Stage stage() {
        return stage;
    }

    private ToolBar toolBar() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ToolBar bar = new ToolBar(
                add,
                duplicate,
                delete,
                up,
                down,
                new Separator(),
                undo,
                redo,
                new Separator(),
                importCsv,
                exportCsv,
                spacer,
                revert,
                apply);
        bar.getStyleClass().add("main-toolbar");
        return bar;
    }

    private static Button button(String text, String id, String tip) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        return b;
    }
}
