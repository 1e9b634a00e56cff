package dev.microtower.ui.map;

import dev.microtower.core.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Pictures of the window for presentations and the README. */
public final class Snapshots {
    private Snapshots() {}

    /** Renders the scene as it is now; call on the FX thread. */
    public static WritableImage capture(Scene scene) {
        return scene.snapshot(null);
    }

    /** Renders one part of the window (the map with its attribution) as it is now; call on the FX thread. */
    public static WritableImage capture(Node node) {
        return node.snapshot(null, null);
    }

    /** Writes {@code image} as PNG; may run on any thread. */
    public static void writePng(Image image, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            AtomicFiles.replace(file, f -> {
                if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", f.toFile())) {
                    throw new IOException("no PNG writer available");
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
