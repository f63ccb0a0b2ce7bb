package io.kubetutor.ui.lesson;

import io.kubetutor.lesson.Goal;
import io.kubetutor.lesson.GoalResult;
import io.kubetutor.ui.i18n.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * "Goal: …" with its live mark — ✓ met, ○ not yet — and under it what each check saw, re-drawn
 * whenever the goal is checked again. Always on screen while the step has a goal: the learner is
 * never graded against a rule they cannot see.
 */
final class GoalBox extends VBox {
    private final Label mark = new Label();
    private final VBox details = new VBox();
    private final HBox head = new HBox(8);

    GoalBox() {
        getStyleClass().add("lesson-goal");
        mark.getStyleClass().add("lesson-goal-mark");
        mark.setId("lesson-goal-mark");
        mark.setMinWidth(Label.USE_PREF_SIZE);
        head.setAlignment(Pos.TOP_LEFT);
        details.getStyleClass().add("lesson-goal-details");
        getChildren().addAll(head, details);
    }

    /** Shows {@code goal} as last checked ({@code result} null: not checked yet). */
    void show(Goal goal, GoalResult result, Messages m) {
        boolean met = result != null && result.met();
        mark.setText(GoalLines.mark(met));
        mark.getStyleClass().removeAll("met", "unmet");
        mark.getStyleClass().add(met ? "met" : "unmet");
        String lang = m.locale().getLanguage();
        Text label = new Text(m.text("lesson.goal") + " ");
        label.getStyleClass().add("md-strong");
        TextFlow text = MarkdownView.inline(goal.text().in(lang), "lesson-goal-text");
        text.getChildren().add(0, label);
        // the mark's meaning in words, for a screen reader and a hovering mouse
        String state = m.text(met ? "lesson.goal.met" : "lesson.goal.notYet");
        mark.setAccessibleText(state);
        mark.setTooltip(new javafx.scene.control.Tooltip(state));
        HBox.setHgrow(text, Priority.ALWAYS);
        head.getChildren().setAll(mark, text);
        details.getChildren().clear();
        for (GoalLines.Line l : GoalLines.of(result, lang)) {
            Text words = new Text(l.mark() + " " + l.text());
            words.getStyleClass().addAll("lesson-goal-line", l.met() ? "met" : "unmet");
            TextFlow line = new TextFlow(words);
            line.setStyle("-fx-padding: 0 0 0 " + (26 + 16 * l.depth()) + ";");
            details.getChildren().add(line);
        }
    }

    /** The mark as the learner reads it: ✓ or ○. */
    String markText() {
        return mark.getText();
    }
}
