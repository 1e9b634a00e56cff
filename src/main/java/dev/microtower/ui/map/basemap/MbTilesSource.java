package dev.microtower.ui.map.basemap;

import dev.microtower.tiles.MbTilesFile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Raster tiles from an MBTiles file (a SQLite database, https://github.com/mapbox/mbtiles-spec)
 * for detailed offline maps. Only PNG and JPEG tiles are shown; WebP and vector (pbf) files are
 * refused when opened, with a message that names the file and the format. Rows are stored
 * TMS-style (counted from the south) and flipped here; zooms deeper than the file's maxzoom
 * enlarge the ancestor tile; places the file does not cover show the built-in map.
 */
public final class MbTilesSource implements TileSource {
    private static final System.Logger LOG = System.getLogger(MbTilesSource.class.getName());

    private final Path file;
    private final TileSource fallback;
    private final MbTilesFile tiles;
    private final String format;
    private final int minZoom;
    private final int maxZoom;
    private final String attribution;

    private MbTilesSource(Path file, TileSource fallback, MbTilesFile tiles, String format, String attribution) {
        this.file = file;
        this.fallback = fallback;
        this.tiles = tiles;
        this.format = format;
        this.minZoom = tiles.minZoom();
        this.maxZoom = tiles.maxZoom();
        this.attribution = attribution;
    }

    /**
     * Opens and checks the file. Every refusal is a {@link BaseMapException} whose message names
     * the file and says what is wrong, ready for a dialog.
     */
    public static MbTilesSource open(Path file, TileSource fallback) throws BaseMapException {
        String name = file.toString();
        MbTilesFile tiles;
        try {
            tiles = MbTilesFile.open(file);
        } catch (MbTilesFile.Refused e) {
            throw new BaseMapException(e.getMessage(), e.getCause());
        }
        try {
            String format = tiles.format().equals("jpeg") ? "jpg" : tiles.format();
            switch (format) {
                case "png", "jpg" -> {}
                case "webp" ->
                    throw new BaseMapException("The base map file " + name
                            + " holds WebP tiles. Microtower shows only PNG or JPEG raster MBTiles.");
                case "pbf", "mvt" ->
                    throw new BaseMapException("The base map file " + name
                            + " holds vector tiles (pbf). Microtower shows only PNG or JPEG raster MBTiles.");
                case "" -> throw new BaseMapException("The base map file " + name + " holds no tiles.");
                default ->
                    throw new BaseMapException("The base map file " + name + " holds tiles in the format '" + format
                            + "'. Microtower shows only PNG or JPEG raster MBTiles.");
            }
            Map<String, String> metadata = tiles.metadata();
            String attribution = metadata.getOrDefault("attribution", "")
                    .replaceAll("<[^>]*>", "")
                    .strip();
            if (attribution.isEmpty()) {
                attribution = metadata.getOrDefault("name", file.getFileName().toString()) + " (MBTiles)";
            }
            return new MbTilesSource(file, fallback, tiles, format, attribution);
        } catch (BaseMapException | RuntimeException e) {
            tiles.close();
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    public String format() {
        return format;
    }

    public int minZoom() {
        return minZoom;
    }

    @Override
    public String diskCacheId() {
        return null; // already a local file
    }

    @Override
    public String attribution() {
        return attribution;
    }

    @Override
    public int maxZoom() {
        return maxZoom;
    }

    @Override
    public String describe() {
        return "MBTiles " + file.getFileName() + " (" + format + ", zoom " + minZoom + "-" + maxZoom + ")";
    }

    @Override
    public TileImage fetch(TileKey key) throws IOException {
        if (key.z() > maxZoom) {
            TileKey ancestor = OverZoom.ancestor(key, maxZoom);
            BufferedImage parent = read(ancestor);
            if (parent == null) {
                return fallback.fetch(key).asStandIn();
            }
            return TileImage.of(OverZoom.enlarge(parent, ancestor, key));
        }
        BufferedImage image = key.z() < minZoom ? null : read(key);
        return image == null ? fallback.fetch(key).asStandIn() : TileImage.of(image);
    }

    private BufferedImage read(TileKey key) throws IOException {
        byte[] bytes = tiles.tile(key.z(), key.x(), key.tmsRow());
        if (bytes == null) {
            return null;
        }
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        if (image == null) {
            LOG.log(System.Logger.Level.WARNING, "Tile " + key + " in " + file + " is not a readable image");
        }
        return image;
    }

    @Override
    public void close() {
        tiles.close();
    }
}
