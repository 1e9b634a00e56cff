package dev.microtower.shell;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Every running task on its own line, with its message, progress and a Cancel button; the status
 * bar shows it in a popup when more than one task runs. Follows the list it is given.
 */
final class TaskList extends VBox {
    private final ObservableList<Task<?>> tasks;

    TaskList(ObservableList<Task<?>> tasks) {
        this.tasks = tasks;
        setId("task-list");
        getStyleClass().add("task-list");
        setSpacing(6);
        setPadding(new Insets(8));
        setPrefWidth(420);
        tasks.addListener((ListChangeListener<Task<?>>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        // newest first, as in the bar
        for (int i = tasks.size() - 1; i >= 0; i--) {
            getChildren().add(row(tasks.get(i)));
        }
    }

    private static HBox row(Task<?> task) {
        Label message = new Label();
        message.textProperty().bind(task.messageProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(task.progressProperty());
        progress.setPrefWidth(110);
        Button cancel = new Button("Cancel");
        cancel.getStyleClass().addAll("small-button", "task-cancel");
        cancel.setOnAction(e -> task.cancel());
        HBox row = new HBox(8, message, progress, cancel);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("task-row");
        return row;
    }
}
