package dev.microtower.tiles;

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

/**
 * An MBTiles file (a SQLite database, https://github.com/mapbox/mbtiles-spec) opened read-only:
 * its metadata, the format and zoom range of its tiles, and the bytes of one tile. The map's
 * MBTiles tile source decodes and shows them; the SQL stays here with the other database code.
 * Safe to use from several threads.
 */
public final class MbTilesFile implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(MbTilesFile.class.getName());
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /** The file cannot be used; the message names it and says why, in a user's words. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final Path file;
    private final Connection connection;
    private final PreparedStatement query;
    private final Map<String, String> metadata;
    private final String format;
    private final int minZoom;
    private final int maxZoom;

    private MbTilesFile(Path file, Connection connection, Map<String, String> metadata, String format, int[] zooms)
            throws SQLException {
        this.file = file;
        this.connection = connection;
        this.metadata = Map.copyOf(metadata);
        this.format = format;
        this.minZoom = zooms[0];
        this.maxZoom = zooms[1];
        this.query = connection.prepareStatement(
                "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?");
    }

    /** Opens and checks the file: a SQLite database with a {@code tiles} table. */
    public static MbTilesFile open(Path file) throws Refused {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new Refused("The base map file " + name + " does not exist.", null);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SQLITE_HEADER.length);
            if (!Arrays.equals(head, SQLITE_HEADER)) {
                throw new Refused(
                        "The base map file " + name
                                + " is not an MBTiles file: it is not a SQLite database (broken, or some other kind of file).",
                        null);
            }
        } catch (IOException e) {
            throw new Refused("The base map file " + name + " cannot be read: " + e.getMessage(), e);
        }
        Connection connection = null;
        try {
            Properties props = new Properties();
            props.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY
            connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), props);
            if (!hasTable(connection, "tiles")) {
                throw new Refused(
                        "The base map file " + name
                                + " is a SQLite database but not an MBTiles file (no 'tiles' table).",
                        null);
            }
            Map<String, String> metadata = hasTable(connection, "metadata") ? metadata(connection) : Map.of();
            String format = metadata.getOrDefault("format", "").strip().toLowerCase(Locale.ROOT);
            if (format.isEmpty()) {
                format = sniffFormat(connection);
            }
            MbTilesFile opened = new MbTilesFile(file, connection, metadata, format, zoomRange(connection, metadata));
            connection = null; // now owned by the file
            return opened;
        } catch (SQLException e) {
            throw new Refused("The base map file " + name + " cannot be read as an MBTiles file: " + e.getMessage(), e);
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

    /** The metadata table, names in lower case; empty when the file has none. */
    public Map<String, String> metadata() {
        return metadata;
    }

    /** The tile format as the metadata names it (lower case), or as the first tile's bytes show. */
    public String format() {
        return format;
    }

    public int minZoom() {
        return minZoom;
    }

    public int maxZoom() {
        return maxZoom;
    }

    /** The stored bytes of a tile, its row counted from the south (TMS); {@code null} if absent or unreadable. */
    public byte[] tile(int zoom, long column, long tmsRow) {
        synchronized (connection) {
            try {
                query.setInt(1, zoom);
                query.setLong(2, column);
                query.setLong(3, tmsRow);
                try (ResultSet rs = query.executeQuery()) {
                    return rs.next() ? rs.getBytes(1) : null;
                }
            } catch (SQLException e) {
                LOG.log(
                        System.Logger.Level.WARNING,
                        "Cannot read tile " + zoom + "/" + column + "/" + tmsRow + " from " + file + ": " + e);
                return null;
            }
        }
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
