package io.kubetutor.ui.files;

import io.kubetutor.ui.i18n.Messages;
import io.kubetutor.ui.shell.MainWindow;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;

/**
 * The offer after a crash: the text the last session left, when it was saved, its first lines to
 * recognise it by, and Restore / Discard. A discarded text still stays in the autosave folder once
 * more, which the dialog says.
 */
public final class RestoreDialog {
    /** Lines of the text shown to recognise it by. */
    static final int PREVIEW_LINES = 12;

    private RestoreDialog() {
    }

    /** Asks; {@code answer} gets true for Restore, false for Discard (or the dialog closed). */
    public static Dialog<ButtonType> offer(MainWindow window, SessionRecovery.Leftover left, Consumer<Boolean> answer) {
        Messages m = window.messages();
        String[] lines = left.text().split("\n", -1);
        int count = left.text().endsWith("\n") ? lines.length - 1 : lines.length;
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(m.locale()).withZone(ZoneId.systemDefault()).format(left.savedAt());
        Label what = new Label(m.format("files.restore.text", when, count));
        what.setWrapText(true);
        StringBuilder preview = new StringBuilder();
        for (int i = 0; i < Math.min(PREVIEW_LINES, count); i++) {
            preview.append(lines[i]).append('\n');
        }
        if (count > PREVIEW_LINES) {
            preview.append("…\n");
        }
        TextArea shown = new TextArea(preview.toString());
        shown.setEditable(false);
        shown.setPrefRowCount(Math.min(PREVIEW_LINES + 1, Math.max(3, count)));
        shown.getStyleClass().add("restore-preview");
        shown.setFocusTraversable(false);
        Label note = new Label(m.format("files.restore.note", left.file().resolveSibling(SessionRecovery.DISCARDED)));
        note.setWrapText(true);
        note.getStyleClass().add("about-note");
        VBox content = new VBox(10, what, shown, note);
        content.setPrefWidth(620);
        ButtonType restore = new ButtonType(m.text("files.restore.restore"), ButtonBar.ButtonData.OK_DONE);
        ButtonType discard = new ButtonType(m.text("files.restore.discard"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(window.stage());
        d.setTitle(m.text("files.restore.title"));
        d.setHeaderText(m.text("files.restore.header"));
        d.getDialogPane().getStylesheets().add(Dialogs.STYLESHEET);
        d.getDialogPane().getStyleClass().add("files-dialog");
        d.getDialogPane().setContent(content);
        d.getDialogPane().getButtonTypes().setAll(restore, discard);
        ((Button) d.getDialogPane().lookupButton(restore)).setDefaultButton(true);
        d.setOnHidden(e -> answer.accept(d.getResult() == restore));
        d.show();
        return d;
    }
}
