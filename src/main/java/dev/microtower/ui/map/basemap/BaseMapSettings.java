package dev.microtower.ui.map.basemap;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Properties;

/**
 * The user's base-map choice, as the Preferences → Base map dialog edits it and as it is kept
 * in {@code basemap.properties} in the user configuration folder. Fields that do not apply to
 * the chosen kind are kept anyway, so switching back restores them.
 */
public record BaseMapSettings(
        Kind kind, String urlTemplate, String attribution, int maxZoom, String userAgent, Path mbtilesPath) {

    /** Which source the map uses. */
    public enum Kind {
        BUILT_IN,
        ONLINE_XYZ,
        MBTILES
    }

    public static final String OSM_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
    public static final String DEFAULT_USER_AGENT = "Microtower/0.1 (desktop control tower; base map tiles)";
    public static final String FILE_NAME = "basemap.properties";

    public BaseMapSettings {
        if (kind == null) {
            throw new IllegalArgumentException("base map kind missing");
        }
        if (maxZoom < 0 || maxZoom > TileKey.MAX_ZOOM) {
            throw new IllegalArgumentException("max zoom " + maxZoom + " outside 0.." + TileKey.MAX_ZOOM);
        }
        userAgent = userAgent == null || userAgent.isBlank() ? DEFAULT_USER_AGENT : userAgent.strip();
    }

    public static BaseMapSettings builtIn() {
        return new BaseMapSettings(Kind.BUILT_IN, OSM_URL, MapDataAttributions.OPENSTREETMAP_TILES, 19, null, null);
    }

    /** The public OpenStreetMap tile server (fair use: no bulk downloads, a real User-Agent). */
    public static BaseMapSettings openStreetMap() {
        return new BaseMapSettings(Kind.ONLINE_XYZ, OSM_URL, MapDataAttributions.OPENSTREETMAP_TILES, 19, null, null);
    }

    public static BaseMapSettings onlineXyz(String urlTemplate, String attribution, int maxZoom, String userAgent) {
        return new BaseMapSettings(Kind.ONLINE_XYZ, urlTemplate, attribution, maxZoom, userAgent, null);
    }

    public static BaseMapSettings mbtiles(Path file) {
        return new BaseMapSettings(Kind.MBTILES, OSM_URL, MapDataAttributions.OPENSTREETMAP_TILES, 19, null, file);
    }

    public BaseMapSettings withKind(Kind newKind) {
        return new BaseMapSettings(newKind, urlTemplate, attribution, maxZoom, userAgent, mbtilesPath);
    }

    /** The settings file in the user configuration folder. */
    public static Path defaultFile() {
        return UserFolders.config().resolve(FILE_NAME);
    }

    /** Reads the file; a missing or unreadable file gives the built-in default rather than an error. */
    public static BaseMapSettings load(Path file) {
        if (!Files.isRegularFile(file)) {
            return builtIn();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            BaseMapSettings d = builtIn();
            String mbtiles = p.getProperty("mbtiles.path", "");
            return new BaseMapSettings(
                    Kind.valueOf(p.getProperty("kind", d.kind().name()).strip().toUpperCase(Locale.ROOT)),
                    p.getProperty("xyz.url", d.urlTemplate()),
                    p.getProperty("xyz.attribution", d.attribution()),
                    Integer.parseInt(p.getProperty("xyz.maxZoom", Integer.toString(d.maxZoom()))
                            .strip()),
                    p.getProperty("xyz.userAgent", d.userAgent()),
                    mbtiles.isBlank() ? null : Path.of(mbtiles));
        } catch (IOException | IllegalArgumentException e) {
            System.getLogger(BaseMapSettings.class.getName())
                    .log(System.Logger.Level.WARNING, "Ignoring unreadable base map settings " + file + ": " + e);
            return builtIn();
        }
    }

    /** Writes the file through a temporary file, so a crash never leaves half a file. */
    public void save(Path file) {
        Properties p = new Properties();
        p.setProperty("kind", kind.name());
        p.setProperty("xyz.url", urlTemplate == null ? "" : urlTemplate);
        p.setProperty("xyz.attribution", attribution == null ? "" : attribution);
        p.setProperty("xyz.maxZoom", Integer.toString(maxZoom));
        p.setProperty("xyz.userAgent", userAgent);
        p.setProperty("mbtiles.path", mbtilesPath == null ? "" : mbtilesPath.toString());
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path tmp = Files.createTempFile(parent, FILE_NAME, ".tmp");
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(out, "Microtower base map (Preferences -> Base map)");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save base map settings to " + file, e);
        }
    }
}
