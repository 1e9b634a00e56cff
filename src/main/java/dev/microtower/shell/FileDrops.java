package dev.microtower.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

/** Files dragged onto the window go to the first feature that takes any of them. */
final class FileDrops {
    private record Handler(Predicate<Path> accepts, Consumer<List<Path>> handler) {}

    private final List<Handler> handlers = new ArrayList<>();

    void add(Predicate<Path> accepts, Consumer<List<Path>> handler) {
        handlers.add(new Handler(accepts, handler));
    }

    void attach(Node target) {
        target.setOnDragOver(this::dragOver);
        target.setOnDragDropped(this::dropped);
    }

    private static List<Path> files(DragEvent e) {
        return e.getDragboard().hasFiles()
                ? e.getDragboard().getFiles().stream().map(File::toPath).toList()
                : List.of();
    }

    private void dragOver(DragEvent e) {
        List<Path> files = files(e);
        if (handlers.stream().anyMatch(h -> files.stream().anyMatch(h.accepts()))) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private void dropped(DragEvent e) {
        e.setDropCompleted(drop(files(e)));
        e.consume();
    }

    /** Hands {@code files} to the first handler that accepts any of them; false if none does. */
    boolean drop(List<Path> files) {
        for (Handler h : handlers) {
            List<Path> taken = files.stream().filter(h.accepts()).toList();
            if (!taken.isEmpty()) {
                h.handler().accept(taken);
                return true;
            }
        }
        return false;
    }
}
