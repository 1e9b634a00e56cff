package dev.microtower.ui.map.basemap;

import java.io.IOException;

/**
 * Where base-map tiles come from: the built-in world layer, an online XYZ server or an MBTiles
 * file. Implementations are thread-safe; {@link BaseMapTiles} calls them from its worker
 * threads, never from the JavaFX thread.
 */
public interface TileSource extends AutoCloseable {
    /** Folder name for this source's disk cache, or null when its tiles are not worth caching on disk. */
    String diskCacheId();

    /** The credit line to show on the map while this source is in use. */
    String attribution();

    /** Highest zoom the source has real tiles for; deeper tiles are enlarged from it. */
    int maxZoom();

    /** A short name for logs and the preferences dialog. */
    String describe();

    /** The tile; never null. Sources with a fallback return the fallback rather than throwing. */
    TileImage fetch(TileKey key) throws IOException;

    @Override
    default void close() {}
}
