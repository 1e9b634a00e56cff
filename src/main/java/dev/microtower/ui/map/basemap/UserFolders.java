package dev.microtower.ui.map.basemap;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** The operating system's conventional per-user cache and configuration folders for Microtower. */
public final class UserFolders {
    /** The system property that moves the configuration folder (tests, portable installs). */
    public static final String CONFIG_PROPERTY = "microtower.config";

    private UserFolders() {}

    /** Linux: $XDG_CACHE_HOME/microtower or ~/.cache/microtower; Windows: %LOCALAPPDATA%\Microtower\cache; macOS: ~/Library/Caches/Microtower. */
    public static Path cache(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return base(env, "LOCALAPPDATA", home.resolve("AppData").resolve("Local"))
                    .resolve("Microtower")
                    .resolve("cache");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Caches").resolve("Microtower");
        }
        return base(env, "XDG_CACHE_HOME", home.resolve(".cache")).resolve("microtower");
    }

    /** Linux: $XDG_CONFIG_HOME/microtower or ~/.config/microtower; Windows: %APPDATA%\Microtower; macOS: ~/Library/Application Support/Microtower. */
    public static Path config(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return base(env, "APPDATA", home.resolve("AppData").resolve("Roaming"))
                    .resolve("Microtower");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Microtower");
        }
        return base(env, "XDG_CONFIG_HOME", home.resolve(".config")).resolve("microtower");
    }

    public static Path cache() {
        return cache(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    public static Path config() {
        String override = System.getProperty(CONFIG_PROPERTY, "");
        if (!override.isBlank()) {
            return Path.of(override);
        }
        return config(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    private static Path base(Map<String, String> env, String variable, Path fallback) {
        String value = env.get(variable);
        return value != null && !value.isBlank() ? Path.of(value) : fallback;
    }
}
