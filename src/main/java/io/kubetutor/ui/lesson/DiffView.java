package io.kubetutor.ui.lesson;

import io.kubetutor.ui.i18n.Messages;
import io.kubetutor.ui.theme.Fonts;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * What "Show solution" changed in the editor: removed lines marked − and added lines marked +
 * (each also tinted, never by colour alone), a few unchanged lines around them for orientation,
 * longer unchanged stretches folded into "⋯ N unchanged lines".
 */
final class DiffView extends VBox {
    /** Unchanged lines kept around each change. */
    static final int CONTEXT = 2;

    DiffView() {
        getStyleClass().add("lesson-diff");
        setId("lesson-diff");
    }

    void show(List<LineDiff.Line> diff, Messages m) {
        getChildren().clear();
        boolean shown = diff != null;
        setVisible(shown);
        setManaged(shown);
        if (!shown) {
            return;
        }
        Label title = new Label(m.text("lesson.solution.title"));
        title.getStyleClass().add("lesson-section-title");
        getChildren().add(title);
        int added = LineDiff.count(diff, LineDiff.Kind.ADDED);
        int removed = LineDiff.count(diff, LineDiff.Kind.REMOVED);
        Label summary = new Label(added + removed == 0 ? m.text("lesson.solution.sameText")
                : m.format("lesson.solution.summary", added, removed));
        summary.setWrapText(true);
        summary.getStyleClass().add("lesson-muted");
        getChildren().add(summary);
        VBox lines = new VBox();
        lines.getStyleClass().add("lesson-diff-lines");
        for (LineDiff.Line l : LineDiff.around(diff, CONTEXT)) {
            String text = l.kind() == LineDiff.Kind.GAP ? l.kind().symbol() + " "
                    + m.format("lesson.solution.gap", l.skipped()) : l.kind().symbol() + " " + l.text();
            Label line = new Label(text);
            line.getStyleClass().addAll("lesson-diff-line", l.kind().name().toLowerCase(java.util.Locale.ROOT));
            line.setStyle("-fx-font-family: \"" + Fonts.CODE + "\";");
            line.setMaxWidth(Double.MAX_VALUE);
            line.setWrapText(true);
            lines.getChildren().add(line);
        }
        getChildren().add(lines);
    }
}
