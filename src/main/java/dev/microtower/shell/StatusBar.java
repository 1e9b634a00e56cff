package dev.microtower.shell;

import dev.microtower.core.GeoPoint;
import dev.microtower.ui.framework.Work;
import dev.microtower.ui.map.MapPane;
import dev.microtower.ui.map.ScaleBar;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The bottom line: the running task with its progress and a cancel button, then map position and scale. */
final class StatusBar extends HBox {
    private final Label message = new Label("Ready");
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button("Cancel");
    private final Label position = new Label();
    private final Label zoom = new Label();
    private final Work tasks;

    StatusBar(Work tasks, MapPane map) {
        this.tasks = tasks;
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        message.setId("status-message");
        progress.setPrefWidth(140);
        cancel.setId("status-cancel");
        cancel.getStyleClass().add("small-button");
        position.setId("status-position");
        position.setMinWidth(170);
        zoom.setId("status-zoom");
        zoom.setMinWidth(70);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(message, progress, cancel, spacer, position, zoom, new ScaleBar(map.viewportProperty()));

        tasks.running().addListener((ListChangeListener<Task<?>>) c -> showNewest());
        showNewest();
        map.mousePositionProperty().addListener((o, was, p) -> position.setText(format(p)));
        map.viewportProperty()
                .addListener((o, was, v) -> zoom.setText(String.format(Locale.ROOT, "zoom %.1f", v.zoom())));
    }

    static String format(GeoPoint p) {
        if (p == null) {
            return "";
        }
        return String.format(
                Locale.ROOT,
                "%.5f° %s, %.5f° %s",
                Math.abs(p.lat()),
                p.lat() >= 0 ? "N" : "S",
                Math.abs(p.lon()),
                p.lon() >= 0 ? "E" : "W");
    }

    private void showNewest() {
        message.textProperty().unbind();
        progress.progressProperty().unbind();
        if (tasks.running().isEmpty()) {
            message.setText(lastMessage == null ? "Ready" : lastMessage);
            progress.setVisible(false);
            cancel.setVisible(false);
            cancel.setOnAction(null);
            return;
        }
        Task<?> task = tasks.running().get(tasks.running().size() - 1);
        message.textProperty().bind(task.messageProperty());
        progress.progressProperty().bind(task.progressProperty());
        progress.setVisible(true);
        cancel.setVisible(true);
        cancel.setOnAction(e -> task.cancel());
    }

    private String lastMessage;

    /** What the bar says when no task runs, e.g. the outcome of the last one. */
    void setIdleMessage(String text) {
        lastMessage = text;
        // while a task runs its message is shown; this one follows when the last task ends
        if (!message.textProperty().isBound()) {
            message.setText(text);
        }
    }
}
