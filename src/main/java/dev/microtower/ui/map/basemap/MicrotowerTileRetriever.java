package dev.microtower.ui.map.basemap;

import com.gluonhq.maps.tile.TileRetriever;
import java.util.concurrent.CompletableFuture;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;

/**
 * The one {@link TileRetriever} Gluon Maps finds (META-INF/services): Gluon looks it up once
 * per JVM and keeps it, so it holds no source itself and always asks {@link
 * BaseMapTiles#shared()}, which holds the user's current choice. This keeps Gluon's built-in
 * retriever, which downloads from the public OpenStreetMap server, out of the picture.
 */
public final class MicrotowerTileRetriever implements TileRetriever {
    @Override
    public CompletableFuture<Image> loadTile(int zoom, long i, long j) {
        long n = 1L << zoom;
        if (zoom < 0 || zoom > TileKey.MAX_ZOOM || i < 0 || j < 0 || i >= n || j >= n) {
            return CompletableFuture.completedFuture(null);
        }
        // An already-cached tile comes back completed, so Gluon shows it at once without flicker.
        var tile = BaseMapTiles.shared().tile(new TileKey(zoom, i, j));
        if (tile.isDone()) {
            return tile.thenApply(image -> SwingFXUtils.toFXImage(image, null));
        }
        // Gluon sets the image on whichever thread completes the future: finish on the FX thread,
        // a scene graph must not change while it is being rendered
        return tile.thenApply(image -> SwingFXUtils.toFXImage(image, null))
                .thenApplyAsync(image -> image, javafx.application.Platform::runLater);
    }
}
