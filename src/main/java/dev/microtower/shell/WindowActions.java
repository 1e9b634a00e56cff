package dev.microtower.shell;

import dev.microtower.ui.framework.Dialogs;
import java.io.File;
import java.util.Objects;
import javafx.application.Platform;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/** The main window's own menu items: open, base map, quit, undo and redo, zoom, full screen, about. */
final class WindowActions implements Menus.Actions {
    private final MainWindow window;

    WindowActions(MainWindow window) {
        this.window = Objects.requireNonNull(window);
    }

    @Override
    public void open() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a Microtower database");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Microtower database", "*.mv.db"));
        File file = chooser.showOpenDialog(window.owner());
        if (file != null) {
            window.open(file.toPath());
        }
    }

    @Override
    public void chooseBaseMap() {
        window.chooseBaseMap();
    }

    @Override
    public void quit() {
        if (window.owner() instanceof Stage stage) {
            stage.close();
        }
        Platform.exit();
    }

    @Override
    public void undo() {
        window.undo();
    }

    @Override
    public void redo() {
        window.redo();
    }

    @Override
    public void zoom(double delta) {
        window.map().zoomAt(delta, window.map().getWidth() / 2, window.map().getHeight() / 2);
    }

    @Override
    public void fullScreen() {
        if (window.owner() instanceof Stage stage) {
            stage.setFullScreen(!stage.isFullScreen());
        }
    }

    @Override
    public void about() {
        Dialogs.about(window.owner(), window.map().attributionProperty().get());
    }
}
