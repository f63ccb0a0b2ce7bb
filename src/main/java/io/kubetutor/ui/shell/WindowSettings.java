package io.kubetutor.ui.shell;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * What the window remembers between runs: its size and place, where the split panes' dividers
 * are, the editor's font size, the language and the theme. Stored as a small properties file,
 * written atomically (temp file, then rename) so a crash mid-write never leaves half a file; an
 * unreadable file is moved aside and the defaults are used, never a failed start.
 */
public final class WindowSettings {
    private final Path file;
    private final Properties values = new Properties();
    private String problem;
    private Path setAside;

    private WindowSettings(Path file) {
        this.file = file;
    }

    /** Reads {@code file}; a missing file gives the defaults, a corrupt one is set aside. */
    public static WindowSettings load(Path file) {
        WindowSettings s = new WindowSettings(file);
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                s.values.load(r);
            } catch (IOException | IllegalArgumentException e) {
                s.values.clear();
                s.setAside = SetAside.file(file, java.time.LocalDateTime.now());
                s.problem = "settings file " + file + " could not be read (" + e.getMessage() + "); "
                        + (s.setAside == null ? "removed" : "set aside as " + s.setAside.getFileName());
            }
        }
        return s;
    }

    /** The file the settings are kept in; the app's other files (lesson progress) live beside it. */
    public Path file() {
        return file;
    }

    /** Where an unreadable settings file was moved at load, or null when it was read (or there was none). */
    public Path setAside() {
        return setAside;
    }

    /** Why the stored settings were not used, or null. */
    public String problem() {
        return problem;
    }

    public double number(String key, double fallback) {
        String v = values.getProperty(key);
        if (v == null) {
            return fallback;
        }
        try {
            double d = Double.parseDouble(v);
            return Double.isFinite(d) ? d : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public String text(String key, String fallback) {
        return values.getProperty(key, fallback);
    }

    public boolean flag(String key, boolean fallback) {
        String v = values.getProperty(key);
        return v == null ? fallback : Boolean.parseBoolean(v);
    }

    public void put(String key, double value) {
        values.setProperty(key, Double.toString(value));
    }

    public void put(String key, String value) {
        if (value == null) {
            values.remove(key);
        } else {
            values.setProperty(key, value);
        }
    }

    public void put(String key, boolean value) {
        values.setProperty(key, Boolean.toString(value));
    }

    /** Writes the settings: temp file beside the target, then an atomic rename. */
    public void save() throws IOException {
        StringWriter w = new StringWriter();
        values.store(w, "Kube Service Tutor window settings");
        AtomicWrite.writeString(file, w.toString());
    }
}
