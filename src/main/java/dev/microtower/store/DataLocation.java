package dev.microtower.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Microtower keeps its database when the user does not say: the operating system's
 * conventional per-user data folder. Order of precedence: {@code --db PATH}, then the {@code
 * MICROTOWER_DB} environment variable, then this folder.
 */
public final class DataLocation {
    public static final String ENV_VARIABLE = "MICROTOWER_DB";
    static final String DATABASE_NAME = "microtower";

    private DataLocation() {}

    /** The database path to use, given an optional command-line value and the environment. */
    public static Path resolve(Path commandLineValue, Map<String, String> env, String osName, Path home) {
        if (commandLineValue != null) {
            return commandLineValue;
        }
        String fromEnv = env.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv.strip());
        }
        return userDataFolder(env, osName, home).resolve(DATABASE_NAME);
    }

    public static Path resolve(Path commandLineValue) {
        return resolve(
                commandLineValue,
                System.getenv(),
                System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")));
    }

    /** Linux: $XDG_DATA_HOME/microtower; Windows: %APPDATA%\Microtower; macOS: ~/Library/Application Support/Microtower. */
    public static Path userDataFolder(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank()
                    ? Path.of(appData)
                    : home.resolve("AppData").resolve("Roaming");
            return base.resolve("Microtower");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Microtower");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank()
                ? Path.of(xdg)
                : home.resolve(".local").resolve("share");
        return base.resolve("microtower");
    }
}
