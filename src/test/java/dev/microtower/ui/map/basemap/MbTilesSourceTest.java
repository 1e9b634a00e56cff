package dev.microtower.ui.map.basemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MbTilesSourceTest {
    @TempDir
    Path dir;

    private static final Color NW = new Color(0xCC0000);
    private static final Color NE = new Color(0x00AA00);
    private static final Color SW = new Color(0x0000CC);
    private static final Color SE = new Color(0xDDAA00);

    /** A real MBTiles file: zoom 1 only; tile (x=0, y=0) in XYZ has four coloured quarters. */
    private Path mbtiles(String format, Map<String, String> extraMetadata) throws Exception {
        Path file = dir.resolve("test-" + format + ".mbtiles");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE metadata (name TEXT, value TEXT)");
                s.execute(
                        "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)");
            }
            insertMetadata(c, "name", "Test tiles");
            insertMetadata(c, "format", format);
            insertMetadata(c, "minzoom", "1");
            insertMetadata(c, "maxzoom", "1");
            insertMetadata(c, "attribution", "<a href=\"https://example.org\">© Test Data</a>");
            for (Map.Entry<String, String> e : extraMetadata.entrySet()) {
                insertMetadata(c, e.getKey(), e.getValue());
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO tiles VALUES (1, ?, ?, ?)")) {
                for (int x = 0; x < 2; x++) {
                    for (int y = 0; y < 2; y++) {
                        p.setInt(1, x);
                        p.setInt(2, 1 - y); // TMS row: counted from the south
                        p.setBytes(
                                3,
                                TileCache.png(
                                        x == 0 && y == 0 ? quarters() : solid(new Color(0x101010 * (1 + x + 2 * y)))));
                        p.executeUpdate();
                    }
                }
            }
        }
        return file;
    }

    private static void insertMetadata(Connection c, String name, String value) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO metadata VALUES (?, ?)")) {
            p.setString(1, name);
            p.setString(2, value);
            p.executeUpdate();
        }
    }

    private static BufferedImage quarters() {
        BufferedImage image = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(NW);
        g.fillRect(0, 0, 128, 128);
        g.setColor(NE);
        g.fillRect(128, 0, 128, 128);
        g.setColor(SW);
        g.fillRect(0, 128, 128, 128);
        g.setColor(SE);
        g.fillRect(128, 128, 128, 128);
        g.dispose();
        return image;
    }

    private static BufferedImage solid(Color colour) {
        BufferedImage image = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 256, 256);
        g.dispose();
        return image;
    }

    private static Color centre(TileImage tile) {
        return new Color(tile.image().getRGB(128, 128));
    }

    @Test
    void rowsAreFlippedFromTmsToXyz() throws Exception {
        try (MbTilesSource source = MbTilesSource.open(mbtiles("png", Map.of()), new BuiltInTileSource())) {
            // XYZ y=1 (south) is stored as TMS row 0: its solid colour encodes x + 2y.
            assertEquals(new Color(0x101010 * (1 + 1 + 2)), centre(source.fetch(new TileKey(1, 1, 1))));
            assertEquals(new Color(0x101010 * (1 + 0 + 2)), centre(source.fetch(new TileKey(1, 0, 1))));
            assertEquals(
                    NW, new Color(source.fetch(new TileKey(1, 0, 0)).image().getRGB(10, 10)));
            assertEquals("© Test Data", source.attribution());
        }
    }

    @Test
    void deeperZoomsEnlargeTheRightPartOfTheDeepestTile() throws Exception {
        try (MbTilesSource source = MbTilesSource.open(mbtiles("png", Map.of()), new BuiltInTileSource())) {
            // Zoom 2 tiles inside 1/0/0 show its quarters; zoom 4 ones still find the right quarter.
            assertEquals(NW, centre(source.fetch(new TileKey(2, 0, 0))));
            assertEquals(NE, centre(source.fetch(new TileKey(2, 1, 0))));
            assertEquals(SW, centre(source.fetch(new TileKey(2, 0, 1))));
            assertEquals(SE, centre(source.fetch(new TileKey(2, 1, 1))));
            assertEquals(SE, centre(source.fetch(new TileKey(4, 6, 7))));
            assertTrue(source.fetch(new TileKey(4, 6, 7)).cacheable());
        }
    }

    @Test
    void zoomsTheFileDoesNotCoverShowTheBuiltInMap() throws Exception {
        BuiltInTileSource builtIn = new BuiltInTileSource();
        try (MbTilesSource source = MbTilesSource.open(mbtiles("png", Map.of()), builtIn)) {
            TileImage world = source.fetch(new TileKey(0, 0, 0));
            assertFalse(world.cacheable());
            assertEquals(
                    builtIn.fetch(new TileKey(0, 0, 0)).image().getRGB(128, 128),
                    world.image().getRGB(128, 128));
        }
    }

    @Test
    void webpFilesAreRefusedNamingTheFileAndTheFormat() throws Exception {
        Path file = mbtiles("webp", Map.of());
        BaseMapException e =
                assertThrows(BaseMapException.class, () -> MbTilesSource.open(file, new BuiltInTileSource()));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("WebP"), e.getMessage());
    }

    @Test
    void vectorFilesAreRefusedNamingTheFileAndTheFormat() throws Exception {
        Path file = mbtiles("pbf", Map.of("json", "{\"vector_layers\":[]}"));
        BaseMapException e =
                assertThrows(BaseMapException.class, () -> MbTilesSource.open(file, new BuiltInTileSource()));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("vector tiles (pbf)"), e.getMessage());
    }

    @Test
    void aFileThatIsNotSqliteIsRefusedWithAClearMessage() throws IOException {
        Path file = dir.resolve("garbage.mbtiles");
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        Files.write(file, noise);
        BaseMapException e =
                assertThrows(BaseMapException.class, () -> MbTilesSource.open(file, new BuiltInTileSource()));
        assertEquals(
                "The base map file " + file
                        + " is not an MBTiles file: it is not a SQLite database (broken, or some other kind of file).",
                e.getMessage());
    }

    @Test
    void aSqliteDatabaseWithoutTilesIsRefused() throws Exception {
        Path file = dir.resolve("other.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE orders (id INTEGER)");
        }
        BaseMapException e =
                assertThrows(BaseMapException.class, () -> MbTilesSource.open(file, new BuiltInTileSource()));
        assertTrue(e.getMessage().contains("not an MBTiles file (no 'tiles' table)"), e.getMessage());
    }

    @Test
    void aMissingFileIsRefused() {
        Path file = dir.resolve("nowhere.mbtiles");
        BaseMapException e =
                assertThrows(BaseMapException.class, () -> MbTilesSource.open(file, new BuiltInTileSource()));
        assertEquals("The base map file " + file + " does not exist.", e.getMessage());
    }

    @Test
    void choosingABrokenFileKeepsTheCurrentSource() throws IOException {
        Path file = dir.resolve("broken.mbtiles");
        Files.writeString(file, "not a database");
        BaseMapTiles tiles = new BaseMapTiles(new TileCache(dir.resolve("cache"), 16));
        TileSource before = tiles.source();
        assertThrows(BaseMapException.class, () -> tiles.apply(BaseMapSettings.mbtiles(file)));
        assertEquals(before, tiles.source());
    }
}
