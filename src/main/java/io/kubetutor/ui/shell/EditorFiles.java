package io.kubetutor.ui.shell;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;

/**
 * Open and save of the editor's YAML. A file larger than the editor should hold is refused with a
 * message before it is read; a save writes a temp file and renames it over the old one.
 */
final class EditorFiles {
    /** Beyond this the file is refused: a manifest a learner edits is never this big. */
    static final long MAX_BYTES = 2L * 1024 * 1024;

    private final MainWindow window;
    private final UiParts parts;
    private Path current;

    EditorFiles(MainWindow window, UiParts parts) {
        this.window = window;
        this.parts = parts;
    }

    void newText() {
        current = null;
        parts.editor().setText("");
        parts.session().applyText("");
        title();
    }

    void open() {
        FileChooser c = chooser();
        File f = c.showOpenDialog(window.stage());
        if (f != null) {
            open(f.toPath());
        }
    }

    /** Opens {@code file} into the editor (also used for a file given on the command line or dropped). */
    void open(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                error(window.messages().format("shell.file.tooBig", file.getFileName(), size / 1024 / 1024,
                        MAX_BYTES / 1024 / 1024));
                return;
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            current = file;
            parts.editor().setText(text);
            parts.session().applyText(text);
            title();
        } catch (IOException | java.io.UncheckedIOException e) {
            error(window.messages().format("shell.file.cannotRead", file, e.getMessage()));
        }
    }

    void save() {
        if (current == null) {
            saveAs();
        } else {
            write(current);
        }
    }

    void saveAs() {
        File f = chooser().showSaveDialog(window.stage());
        if (f != null) {
            write(f.toPath());
        }
    }

    private void write(Path file) {
        try {
            AtomicWrite.writeString(file, parts.editor().getText());
            current = file;
            title();
        } catch (IOException e) {
            error(window.messages().format("shell.file.cannotWrite", file, e.getMessage()));
        }
    }

    private void title() {
        window.stage().setTitle(current == null ? MainWindow.TITLE
                : current.getFileName() + " — " + MainWindow.TITLE);
    }

    private FileChooser chooser() {
        FileChooser c = new FileChooser();
        c.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("YAML", "*.yaml", "*.yml"),
                new FileChooser.ExtensionFilter("*", "*"));
        if (current != null && current.getParent() != null) {
            c.setInitialDirectory(current.getParent().toFile());
        }
        return c;
    }

    private void error(String text) {
        Alert a = new Alert(Alert.AlertType.ERROR, text);
        a.initOwner(window.stage());
        a.setHeaderText(null);
        a.show();
    }
}
