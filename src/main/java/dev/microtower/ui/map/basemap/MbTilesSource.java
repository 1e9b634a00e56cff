package dev.microtower.ui.map.basemap;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
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
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Path file;
    private final TileSource fallback;
    private final Connection connection;
    private final PreparedStatement query;
    private final String format;
    private final int minZoom;
    private final int maxZoom;
    private final String attribution;

    private MbTilesSource(
            Path file,
            TileSource fallback,
            Connection connection,
            String format,
            int minZoom,
            int maxZoom,
            String attribution)
            throws SQLException {
        this.file = file;
        this.fallback = fallback;
        this.connection = connection;
        this.format = format;
        this.minZoom = minZoom;
        this.maxZoom = maxZoom;
        this.attribution = attribution;
        this.query = connection.prepareStatement(
                "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?");
    }

    /**
     * Opens and checks the file. Every refusal is a {@link BaseMapException} whose message names
     * the file and says what is wrong, ready for a dialog.
     */
    public static MbTilesSource open(Path file, TileSource fallback) throws BaseMapException {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new BaseMapException("The base map file " + name + " does not exist.");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SQLITE_HEADER.length);
            if (!Arrays.equals(head, SQLITE_HEADER)) {
                throw new BaseMapException("The base map file " + name
                        + " is not an MBTiles file: it is not a SQLite database (broken, or some other kind of file).");
            }
        } catch (IOException e) {
            throw new BaseMapException("The base map file " + name + " cannot be read: " + e.getMessage(), e);
        }
        Connection connection = null;
        try {
            Properties props = new Properties();
            props.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY
            connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), props);
            if (!hasTable(connection, "tiles")) {
                throw new BaseMapException("The base map file " + name
                        + " is a SQLite database but not an MBTiles file (no 'tiles' table).");
            }
            Map<String, String> metadata = hasTable(connection, "metadata") ? metadata(connection) : Map.of();
            String format = metadata.getOrDefault("format", "").strip().toLowerCase(Locale.ROOT);
            if (format.isEmpty()) {
                format = sniffFormat(connection);
            }
            if (format.equals("jpeg")) {
                format = "jpg";
            }
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
            int[] zooms = zoomRange(connection, metadata);
            String attribution = metadata.getOrDefault("attribution", "")
                    .replaceAll("<[^>]*>", "")
                    .strip();
            if (attribution.isEmpty()) {
                attribution = metadata.getOrDefault("name", file.getFileName().toString()) + " (MBTiles)";
            }
            MbTilesSource source =
                    new MbTilesSource(file, fallback, connection, format, zooms[0], zooms[1], attribution);
            connection = null; // now owned by the source
            return source;
        } catch (SQLException e) {
            throw new BaseMapException(
                    "The base map file " + name + " cannot be read as an MBTiles file: " + e.getMessage(), e);
        } finally {
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException ignored) {
                    // already failing; the first error is the one to report
                }
            }
        }
    }

    private static boolean hasTable(Connection c, String table) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("SELECT 1 FROM sqlite_master WHERE type IN ('table', 'view') AND name = ?")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static Map<String, String> metadata(Connection c) throws SQLException {
        Map<String, String> values = new HashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT name, value FROM metadata")) {
            while (rs.next()) {
                if (rs.getString(1) != null && rs.getString(2) != null) {
                    values.put(rs.getString(1).strip().toLowerCase(Locale.ROOT), rs.getString(2));
                }
            }
        }
        return values;
    }

    /** For files whose metadata does not say: look at the first tile's magic bytes. */
    private static String sniffFormat(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT tile_data FROM tiles LIMIT 1")) {
            if (!rs.next()) {
                return "";
            }
            byte[] b = rs.getBytes(1);
            if (b == null || b.length < 12) {
                return "unknown";
            }
            if ((b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
                return "png";
            }
            if ((b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8) {
                return "jpg";
            }
            if (b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E') {
                return "webp";
            }
            if ((b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b) {
                return "pbf"; // gzip-compressed vector tile
            }
            return "unknown";
        }
    }

    private static int[] zoomRange(Connection c, Map<String, String> metadata) throws SQLException {
        try {
            if (metadata.containsKey("minzoom") && metadata.containsKey("maxzoom")) {
                return new int[] {
                    Integer.parseInt(metadata.get("minzoom").strip()),
                    Integer.parseInt(metadata.get("maxzoom").strip())
                };
            }
        } catch (NumberFormatException ignored) {
            // fall through to the tiles themselves
        }
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT MIN(zoom_level), MAX(zoom_level) FROM tiles")) {
            rs.next();
            return new int[] {rs.getInt(1), rs.getInt(2)};
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
        byte[] bytes;
        synchronized (connection) {
            try {
                query.setInt(1, key.z());
                query.setLong(2, key.x());
                query.setLong(3, key.tmsRow());
                try (ResultSet rs = query.executeQuery()) {
                    bytes = rs.next() ? rs.getBytes(1) : null;
                }
            } catch (SQLException e) {
                LOG.log(System.Logger.Level.WARNING, "Cannot read tile " + key + " from " + file + ": " + e);
                return null;
            }
        }
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
        synchronized (connection) {
            try {
                query.close();
                connection.close();
            } catch (SQLException e) {
                LOG.log(System.Logger.Level.DEBUG, "closing " + file + ": " + e);
            }
        }
    }
}
