package dev.microtower.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of this build of Microtower, as the Maven project states it: the build writes it
 * into {@code dev/microtower/version.properties}, so the jar, the installed application, the
 * window's About box and {@code microtower --version} all say the same. Toolkit-free.
 */
public final class AppVersion {
    static final String RESOURCE = "/dev/microtower/version.properties";

    private static final String VERSION = read();

    private AppVersion() {}

    /** The version, for example {@code 0.1.0} or {@code 0.2.0-SNAPSHOT}. */
    public static String current() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = AppVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                // classes compiled outside Maven (an IDE's own build) carry no filtered resources
                return "development build";
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "").strip();
            return version.isEmpty() || version.startsWith("${") ? "development build" : version;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
