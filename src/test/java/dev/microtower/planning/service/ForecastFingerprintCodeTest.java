package dev.microtower.planning.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.planning.engine.Planner;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo image's forecast is kept during the build under the code fingerprint of {@code
 * target/classes}, and the installed application looks it up under the fingerprint of the jar: the
 * two must be equal, or the jar never finds the stored forecast (and plans as slowly as without
 * it, silently). The jar here is packed from the very classes directory the tests run from, its
 * entries in the file system's order with folder entries and a manifest, as a jar tool writes them.
 */
class ForecastFingerprintCodeTest {
    @TempDir
    Path dir;

    @Test
    void aJarPackedFromTheClassesHasTheClassesFingerprint() throws Exception {
        Path classes = Path.of(Planner.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        assertTrue(Files.isDirectory(classes), "the tests run from a classes directory: " + classes);
        Path jar = pack(classes, dir.resolve("microtower.jar"), null);

        String fromClasses = ForecastFingerprint.codeOf(classes);
        assertFalse(fromClasses.startsWith("unknown"), fromClasses);
        assertEquals(fromClasses, ForecastFingerprint.codeOf(jar));
        assertEquals(fromClasses, ForecastFingerprint.code(), "the running code is the classes directory's");
    }

    @Test
    void aJarWithOtherForecastingCodeHasAnotherFingerprint() throws Exception {
        Path classes = Path.of(Planner.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Path changed = pack(classes, dir.resolve("changed.jar"), "dev/microtower/forecasting/");
        assertNotEquals(ForecastFingerprint.codeOf(classes), ForecastFingerprint.codeOf(changed));
    }

    /** Packs {@code classes} into {@code jar}; the first class under {@code alter} gets a byte more. */
    private static Path pack(Path classes, Path jar, String alter) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes)) {
            files = walk.filter(p -> !p.equals(classes)).toList();
        }
        boolean altered = false;
        try (OutputStream out = Files.newOutputStream(jar);
                JarOutputStream zip = new JarOutputStream(out, manifest)) {
            for (Path f : files) {
                String name = classes.relativize(f).toString().replace('\\', '/');
                if (Files.isDirectory(f)) {
                    zip.putNextEntry(new JarEntry(name + "/"));
                    zip.closeEntry();
                    continue;
                }
                zip.putNextEntry(new JarEntry(name));
                zip.write(Files.readAllBytes(f));
                if (!altered && alter != null && name.startsWith(alter) && name.endsWith(".class")) {
                    zip.write(0);
                    altered = true;
                }
                zip.closeEntry();
            }
        }
        assertTrue(alter == null || altered, "no class under " + alter);
        return jar;
    }
}
