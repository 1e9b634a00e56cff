package dev.microtower.map;

import com.gluonhq.maps.tile.TileRetriever;
import java.util.concurrent.CompletableFuture;
import javafx.scene.image.Image;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * A calm, empty base map: every tile is the same neutral sheet with a faint tile grid. Registered
 * as Gluon Maps' tile retriever so that the map never reaches for the public OpenStreetMap server
 * (which fails offline and must not be bulk-used); the rendered offline base map replaces it.
 */
public final class PlainTileRetriever implements TileRetriever {
    private static final int SIZE = 256;
    private static final Color PAPER = Color.web("#eef0ea");
    private static final Color GRID = Color.web("#e2e5de");

    private final Image tile = draw();

    @Override
    public CompletableFuture<Image> loadTile(int zoom, long i, long j) {
        // already complete: Gluon Maps then sets the image at once, on the FX thread
        return CompletableFuture.completedFuture(tile);
    }

    private static Image draw() {
        WritableImage image = new WritableImage(SIZE, SIZE);
        PixelWriter pixels = image.getPixelWriter();
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                pixels.setColor(x, y, x == 0 || y == 0 ? GRID : PAPER);
            }
        }
        return image;
    }
}
