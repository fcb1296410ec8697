package org.standfirst.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the workspace lives: --data wins, then STANDFIRST_DATA, then the user's data folder
 * (XDG on Linux, Application Support on macOS, APPDATA on Windows).
 */
public final class WorkspaceLocation {
    public static final String ENV = "STANDFIRST_DATA";

    private WorkspaceLocation() {
    }

    public static Path resolve(Path option, Map<String, String> env, String osName, Path home) {
        if (option != null) {
            return option.toAbsolutePath().normalize();
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath().normalize();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData/Roaming")).resolve("Standfirst");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support/Standfirst");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share")).resolve("standfirst");
    }

    /** The location for this process: its option, environment, operating system and home folder. */
    public static Path resolve(Path option) {
        return resolve(option, System.getenv(), System.getProperty("os.name"), Path.of(System.getProperty("user.home")));
    }
}
