package io.kubetutor.ui.files;

import io.kubetutor.ui.shell.WindowSettings;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.FileChooser;

/**
 * File choosers that open where the learner last was: one folder remembered for opening and
 * saving work, one for exports (slides and reports usually go somewhere else than scenarios).
 */
final class FileChoosers {
    static final String WORK = "files.folder.work";
    static final String EXPORT = "files.folder.export";

    private FileChoosers() {
    }

    /** A chooser titled {@code title} that starts in the folder remembered under {@code key}. */
    static FileChooser chooser(WindowSettings settings, String key, String title) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        String folder = settings.text(key, "");
        if (!folder.isEmpty()) {
            try {
                Path p = Path.of(folder);
                if (Files.isDirectory(p)) {
                    c.setInitialDirectory(p.toFile());
                }
            } catch (java.nio.file.InvalidPathException e) {
                // a folder from another system: start where the chooser likes
            }
        }
        return c;
    }

    /** Remembers the folder of the chosen {@code file} under {@code key}; returns the file as a path (null stays null). */
    static Path chosen(WindowSettings settings, String key, File file) {
        if (file == null) {
            return null;
        }
        Path p = file.toPath().toAbsolutePath();
        if (p.getParent() != null) {
            settings.put(key, p.getParent().toString());
        }
        return p;
    }

    /** {@code file} with {@code extension} added when it has none (a chooser on Linux adds nothing). */
    static Path withExtension(Path file, String extension) {
        String name = file.getFileName().toString();
        return name.contains(".") ? file : file.resolveSibling(name + "." + extension);
    }
}
