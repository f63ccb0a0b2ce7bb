package io.kubetutor.ui.shell;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the app keeps the user's settings and work: the system's usual per-user data folder
 * ($XDG_DATA_HOME or ~/.local/share on Linux, %APPDATA% on Windows, Application Support on macOS).
 * {@code -Dkubetutor.dataDir=...} overrides it (tests, portable installs).
 */
public final class AppDirs {
    static final String NAME = "kube-service-tutor";

    private AppDirs() {
    }

    public static Path dataDir() {
        String override = System.getProperty("kubetutor.dataDir");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String home = System.getProperty("user.home");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return Path.of(appData != null ? appData : home, "Kube Service Tutor");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Kube Service Tutor");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return Path.of(xdg != null && !xdg.isBlank() ? xdg : Path.of(home, ".local", "share").toString(), NAME);
    }
}
