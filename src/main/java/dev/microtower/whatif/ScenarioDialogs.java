package dev.microtower.whatif;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** The questions the Scenarios panel asks: a name and notes, and "are you sure" before deleting or promoting. */
final class ScenarioDialogs {
    /** A name and optional notes, as typed. */
    record NameAndNotes(String name, String notes) {}

    private ScenarioDialogs() {}

    /** Asks for a name (required) and, if {@code withNotes}, notes; empty when cancelled. */
    static Optional<NameAndNotes> ask(
            Window owner, String title, String action, String name, String notes, boolean withNotes) {
        Dialog<NameAndNotes> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        ButtonType ok = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        TextField nameField = new TextField(name);
        nameField.setPromptText("e.g. Oakland DC closes");
        TextArea notesField = new TextArea(notes == null ? "" : notes);
        notesField.setPromptText("what this scenario tries (optional)");
        notesField.setPrefRowCount(3);
        notesField.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        grid.addRow(0, new Label("Name"), nameField);
        if (withNotes) {
            grid.addRow(1, new Label("Notes"), notesField);
        }
        dialog.getDialogPane().setContent(grid);
        // a scenario needs a name: the button waits for one
        dialog.getDialogPane()
                .lookupButton(ok)
                .disableProperty()
                .bind(Bindings.createBooleanBinding(() -> nameField.getText().isBlank(), nameField.textProperty()));
        dialog.setResultConverter(
                button -> button == ok ? new NameAndNotes(nameField.getText(), notesField.getText()) : null);
        nameField.requestFocus();
        return dialog.showAndWait();
    }

    /** Asks only for notes; empty when cancelled. */
    static Optional<String> notes(Window owner, String scenario, String notes) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Notes on \"" + scenario + "\"");
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        TextArea field = new TextArea(notes == null ? "" : notes);
        field.setPrefRowCount(5);
        field.setWrapText(true);
        dialog.getDialogPane().setContent(field);
        dialog.setResultConverter(button -> button == ButtonType.OK ? field.getText() : null);
        return dialog.showAndWait();
    }

    /** "Are you sure": true when the user chose {@code action}. */
    static boolean confirm(Window owner, String title, String text, String action) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.setContentText(text);
        ButtonType yes = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(yes, ButtonType.CANCEL);
        return alert.showAndWait().filter(b -> b == yes).isPresent();
    }
}
