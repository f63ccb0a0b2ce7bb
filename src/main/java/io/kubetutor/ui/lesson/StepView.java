package io.kubetutor.ui.lesson;

import io.kubetutor.lesson.ActionReport;
import io.kubetutor.lesson.Lesson;
import io.kubetutor.lesson.Localized;
import io.kubetutor.lesson.Step;
import io.kubetutor.ui.i18n.Messages;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * The readable part of a step, scrolled when it is longer than the pane: the step's text, the
 * prediction, the hints asked for so far, the solution's diff once shown, and anything the tutor
 * could not do (an action that failed, progress that could not be saved).
 */
final class StepView extends ScrollPane {
    private final VBox content = new VBox();
    private final VBox text = new VBox();
    private final PredictionBox prediction;
    private final VBox hints = new VBox();
    private final DiffView diff = new DiffView();
    private final VBox problems = new VBox();

    StepView(Consumer<String> onChoose) {
        prediction = new PredictionBox(onChoose);
        getStyleClass().add("lesson-scroll");
        setId("lesson-step");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        content.getStyleClass().add("lesson-step-content");
        text.setId("lesson-step-text");
        text.setSpacing(6);
        hints.getStyleClass().add("lesson-hints");
        problems.getStyleClass().add("lesson-problems");
        content.getChildren().addAll(text, prediction, hints, diff, problems);
        setContent(content);
    }

    /** A newly opened step (or the same one in another language): everything from the top. */
    void showStep(Lesson lesson, Step step, Messages m) {
        String lang = m.locale().getLanguage();
        Label title = new Label(m.format("lesson.title", lesson.order(), lesson.title().in(lang)));
        title.getStyleClass().add("lesson-title");
        title.setId("lesson-title");
        title.setWrapText(true);
        text.getChildren().setAll(title, MarkdownView.render(step.text().in(lang), "lesson-step-md"));
        setVvalue(0);
    }

    void showPrediction(PredictionView p, Messages m) {
        prediction.show(p, m);
    }

    void showHints(Step step, int shown, Messages m) {
        hints.getChildren().clear();
        String lang = m.locale().getLanguage();
        List<Localized> all = step.hints();
        for (int i = 0; i < shown && i < all.size(); i++) {
            Label title = new Label(m.format("lesson.hint.title", i + 1, all.size()));
            title.getStyleClass().add("lesson-section-title");
            VBox hint = new VBox(title, MarkdownView.render(all.get(i).in(lang), "lesson-hint-md"));
            hint.getStyleClass().add("lesson-hint");
            hints.getChildren().add(hint);
        }
        hints.setVisible(shown > 0);
        hints.setManaged(shown > 0);
    }

    void showDiff(List<LineDiff.Line> lines, Messages m) {
        diff.show(lines, m);
    }

    void showProblems(List<ActionReport> failures, String problem, Messages m) {
        problems.getChildren().clear();
        for (ActionReport r : failures) {
            problems.getChildren().add(problem(m.format("lesson.problem.action", r.action().key(), r.error())));
        }
        if (problem != null) {
            problems.getChildren().add(problem(m.format("lesson.problem.other", problem)));
        }
        problems.setVisible(!problems.getChildren().isEmpty());
        problems.setManaged(!problems.getChildren().isEmpty());
    }

    /** Scrolls so the prediction's question is at the top: the choices come before the packet moves. */
    void revealPrediction() {
        scrollTo(prediction, false);
    }

    /** Brings the newest part (a hint, the verdict, the diff) into view. */
    void scrollToEnd() {
        scrollTo(content, true);
    }

    /**
     * Scrolls to {@code part}'s top (or to the end), once the new nodes are styled and laid out —
     * after this pulse's layout, so the sizes it reads are the new ones.
     */
    private void scrollTo(javafx.scene.Node part, boolean end) {
        javafx.application.Platform.runLater(() -> {
            applyCss();
            layout();
            double hidden = content.getHeight() - getViewportBounds().getHeight();
            if (hidden <= 0) {
                return;
            }
            setVvalue(end ? 1 : Math.min(1, part.getBoundsInParent().getMinY() / hidden));
        });
    }

    private static Label problem(String text) {
        Label l = new Label("⚠ " + text);
        l.setWrapText(true);
        l.getStyleClass().add("lesson-problem");
        return l;
    }
}
