package dev.microtower.shell;

import dev.microtower.core.GeoPoint;
import dev.microtower.ui.framework.Work;
import dev.microtower.ui.map.MapPane;
import dev.microtower.ui.map.ScaleBar;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Popup;

/**
 * The bottom line: the newest running task with its message, progress and a Cancel button; with
 * several at once a count that opens the list of all of them; then the map position and scale.
 * When nothing runs it says what came of the last task.
 */
final class StatusBar extends HBox {
    private final Label message = new Label("Ready");
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button("Cancel");
    private final Button count = new Button();
    private final Popup list = new Popup();
    private final Label position = new Label();
    private final Label zoom = new Label();
    private final ObservableList<Task<?>> running;
    private String idleMessage;

    StatusBar(Work work, MapPane map) {
        this.running = work.running();
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        message.setId("status-message");
        message.setMinWidth(Region.USE_PREF_SIZE);
        progress.setId("status-progress");
        progress.setPrefWidth(140);
        cancel.setId("status-cancel");
        cancel.getStyleClass().add("small-button");
        count.setId("status-count");
        count.getStyleClass().add("small-button");
        count.setOnAction(e -> toggleList());
        list.getContent().add(new TaskList(running));
        list.setAutoHide(true);
        position.setId("status-position");
        position.setMinWidth(170);
        zoom.setId("status-zoom");
        zoom.setMinWidth(70);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren()
                .addAll(message, progress, cancel, count, spacer, position, zoom, new ScaleBar(map.viewportProperty()));
        for (var node : getChildren()) {
            node.managedProperty().bind(node.visibleProperty());
        }

        running.addListener((ListChangeListener<Task<?>>) c -> showNewest());
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
        int tasks = running.size();
        count.setVisible(tasks > 1);
        count.setText(tasks + " tasks");
        if (tasks <= 1) {
            list.hide();
        }
        if (tasks == 0) {
            message.setText(idleMessage == null ? "Ready" : idleMessage);
            progress.setVisible(false);
            cancel.setVisible(false);
            cancel.setOnAction(null);
            return;
        }
        Task<?> task = running.get(tasks - 1);
        message.textProperty().bind(task.messageProperty());
        progress.progressProperty().bind(task.progressProperty());
        progress.setVisible(true);
        cancel.setVisible(true);
        cancel.setOnAction(e -> task.cancel());
    }

    private void toggleList() {
        if (list.isShowing()) {
            list.hide();
            return;
        }
        Bounds where = count.localToScreen(count.getBoundsInLocal());
        if (where != null) {
            // above the bar: the window's bottom edge is usually near the screen's
            list.show(count, where.getMinX(), where.getMinY() - 40.0 * running.size() - 24);
        }
    }

    /** Whether the list of every running task is open. */
    boolean listShown() {
        return list.isShowing();
    }

    /** What the bar says when no task runs, e.g. the outcome of the last one. */
    void setIdleMessage(String text) {
        idleMessage = text;
        // while a task runs its message is shown; this one follows when the last task ends
        if (!message.textProperty().isBound()) {
            message.setText(text);
        }
    }
}
