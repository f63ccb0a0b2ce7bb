package io.kubetutor.ui.shell;

import io.kubetutor.ui.i18n.Messages;
import io.kubetutor.ui.lesson.LessonRecording;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.IntSupplier;
import java.util.regex.Pattern;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;

/**
 * "Stop and save…" of a recording: the teacher types the lesson's id (the OK button waits for a
 * valid one), picks where the file goes (named {@code NN-ID.yaml} as the lessons folder wants it,
 * NN the next place in the course), and the skeleton is written atomically.
 */
final class RecordingSaver {
    /** A lesson id as the loader accepts it (lessons/README.md). */
    static final Pattern ID = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");

    private final MainWindow window;
    private final LessonRecording recording;
    private final IntSupplier order;
    private BiFunction<String, Path, Path> chooser = this::chooseWithDialog;
    private Path lastFolder;

    RecordingSaver(MainWindow window, LessonRecording recording, IntSupplier order) {
        this.window = window;
        this.recording = recording;
        this.order = order;
    }

    /** {@code chooser}: (suggested file name, folder to start in or null) → the file, or null when cancelled. */
    void setFileChooser(BiFunction<String, Path, Path> chooser) {
        this.chooser = chooser;
    }

    /** Asks, writes, and stops the recording; false when the teacher cancelled or the file could not be written. */
    boolean save() {
        if (!recording.recording()) {
            return false;
        }
        Messages m = window.messages();
        // the editor hands its text over after a typing pause: what was typed just now counts too
        recording.textApplied(window.parts().editor().getText());
        Optional<String> id = askId(m);
        if (id.isEmpty()) {
            return false;
        }
        int place = order.getAsInt();
        Path file = chooser.apply(String.format("%02d-%s.yaml", place, id.get()), lastFolder);
        if (file == null) {
            return false;
        }
        try {
            AtomicWrite.writeString(file, recording.write(id.get(), place, window.topology()));
        } catch (IOException | RuntimeException e) {
            Alert a = new Alert(Alert.AlertType.ERROR, m.format("lesson.record.saveFailed", e.getMessage()));
            a.initOwner(window.stage());
            a.setHeaderText(null);
            a.show();
            return false;
        }
        lastFolder = file.toAbsolutePath().getParent();
        recording.stop();
        return true;
    }

    private Optional<String> askId(Messages m) {
        TextInputDialog d = new TextInputDialog("my-lesson");
        d.initOwner(window.stage());
        d.setTitle(m.text("lesson.record.idTitle"));
        d.setHeaderText(m.text("lesson.record.idHeader"));
        d.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(d.getEditor().textProperty().map(t -> !ID.matcher(t.strip()).matches()));
        return d.showAndWait().map(String::strip).filter(t -> ID.matcher(t).matches());
    }

    private Path chooseWithDialog(String name, Path folder) {
        FileChooser c = new FileChooser();
        c.setTitle(window.messages().text("lesson.record.chooser"));
        c.setInitialFileName(name);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("YAML", "*.yaml"));
        if (folder != null && folder.toFile().isDirectory()) {
            c.setInitialDirectory(folder.toFile());
        }
        File f = c.showSaveDialog(window.stage());
        return f == null ? null : f.toPath();
    }
}
