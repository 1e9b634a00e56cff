package dev.microtower.shell;

import dev.microtower.core.AtomicFiles;
import dev.microtower.ui.map.basemap.UserFolders;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/**
 * How the user left the window's panels: their widths, whether they were folded away, and how
 * much of the height the drawer under the map took. Kept in a small file in the user's
 * configuration folder, next to the base-map settings.
 */
public record LayoutSettings(
        double sideWidth, boolean sideOpen, double inspectorWidth, boolean inspectorOpen, double drawer) {
    static final String FILE_NAME = "layout.properties";

    /** At 1280 px these leave the map more than 60 % of the width. */
    static LayoutSettings defaults() {
        return new LayoutSettings(248, true, 260, true, 0.64);
    }

    /** The file in the user's configuration folder (tests point that folder into target/). */
    public static Path defaultFile() {
        return UserFolders.config().resolve(FILE_NAME);
    }

    /** Reads the file; a missing or unreadable one gives the defaults. */
    static LayoutSettings load(Path file) {
        LayoutSettings d = defaults();
        if (!Files.isRegularFile(file)) {
            return d;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return d;
        }
        return new LayoutSettings(
                number(p, "side.width", d.sideWidth()),
                !"false".equals(p.getProperty("side.open")),
                number(p, "inspector.width", d.inspectorWidth()),
                !"false".equals(p.getProperty("inspector.open")),
                Math.max(0.2, Math.min(0.9, number(p, "drawer.position", d.drawer()))));
    }

    private static double number(Properties p, String key, double fallback) {
        try {
            return Double.parseDouble(p.getProperty(key, ""));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** Writes the file; call off the FX thread. */
    void save(Path file) {
        Properties p = new Properties();
        p.setProperty("side.width", String.format(Locale.ROOT, "%.0f", sideWidth));
        p.setProperty("side.open", Boolean.toString(sideOpen));
        p.setProperty("inspector.width", String.format(Locale.ROOT, "%.0f", inspectorWidth));
        p.setProperty("inspector.open", Boolean.toString(inspectorOpen));
        p.setProperty("drawer.position", String.format(Locale.ROOT, "%.3f", drawer));
        try {
            // written beside and moved into place: a killed or failed save keeps the last layout whole
            AtomicFiles.replace(file, tmp -> {
                try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                    p.store(out, "Microtower window layout");
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the window layout to " + file, e);
        }
    }
}
