package dev.microtower.ui.map.basemap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The default source: tiles drawn on this machine from the world layer inside the jar, so the
 * map is there without any connection. The world data is loaded on the first tile, off the
 * JavaFX thread.
 */
public final class BuiltInTileSource implements TileSource {
    public static final int MAX_ZOOM = 20;

    private final String dataId;
    private volatile BuiltInRenderer renderer;

    public BuiltInTileSource() {
        this.dataId = readDataId();
    }

    @Override
    public String diskCacheId() {
        return "builtin-" + dataId + "-s" + BuiltInRenderer.STYLE_VERSION;
    }

    @Override
    public String attribution() {
        return MapDataAttributions.BUILT_IN;
    }

    @Override
    public int maxZoom() {
        return MAX_ZOOM;
    }

    @Override
    public String describe() {
        return "built-in base map";
    }

    @Override
    public TileImage fetch(TileKey key) {
        return TileImage.of(renderer().render(key));
    }

    /** Loads the world data now; call from a background thread to have the first tile quicker. */
    public void preload() {
        renderer();
    }

    private BuiltInRenderer renderer() {
        BuiltInRenderer r = renderer;
        if (r == null) {
            synchronized (this) {
                r = renderer;
                if (r == null) {
                    r = new BuiltInRenderer(WorldData.shared());
                    renderer = r;
                }
            }
        }
        return r;
    }

    private static String readDataId() {
        try (InputStream in = BuiltInTileSource.class.getResourceAsStream("/basemap/world.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("dataId", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
