package io.kubetutor.ui.lesson;

import io.kubetutor.lesson.Lesson;
import io.kubetutor.lesson.Step;
import io.kubetutor.session.SessionState;
import io.kubetutor.ui.i18n.Messages;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The lesson pane above the editor. In the sandbox it is a slim bar ("Sandbox", Lessons…, and
 * the recording's state while the teacher records); with a lesson open it shows the step — its
 * text, the goal with its live mark, the prediction, hints, the solution — and the buttons to
 * check, get help and move between steps. The course outline opens over it as a drawer. It only
 * draws what its {@link LessonController} holds, so a language switch redraws it in place.
 */
public final class LessonPane extends VBox {
    private final LessonController lessons;
    private final String courseProblem;
    private Messages m;

    private final Label heading = new Label();
    private final Label stepOf = new Label();
    private final Button lessonsButton = new Button();
    private final Button more = button("lesson-more");
    private final ContextMenu moreMenu = new ContextMenu();
    private final MenuItem outlineItem = new MenuItem();
    private final MenuItem reset = new MenuItem();
    private final MenuItem skip = new MenuItem();
    private final MenuItem leave = new MenuItem();
    private final Label recordingLabel = new Label();
    private final Button stopRecording = new Button();
    private final OutlineView outline;
    private final StepView stepView;
    private final GoalBox goal = new GoalBox();
    private final Button check = button("lesson-check");
    private final Button hint = button("lesson-hint");
    private final Button solution = button("lesson-solution");
    private final Button back = button("lesson-back");
    private final Button next = button("lesson-next");
    private final FlowPane helpRow = new FlowPane(6, 6, check, hint, solution);
    /** The goal and the buttons that help reach it, under the step's text. */
    private final VBox footer = new VBox(goal, helpRow);

    private boolean outlineOpen;
    private boolean recording;
    private Consumer<Boolean> onExpanded = x -> { };
    private Runnable onStopRecording = () -> { };
    /** Asks before a step is skipped or its solution shown: (header, text) → go ahead. */
    private BiPredicate<String, String> confirm = this::confirmDialog;

    /** {@code courseProblem}: why the bundled lessons could not be read at all, or null. */
    public LessonPane(Messages messages, LessonController lessons, String courseProblem) {
        this.m = messages;
        this.lessons = lessons;
        this.courseProblem = courseProblem;
        getStyleClass().add("lesson-pane");
        setId("lesson-pane");
        getStylesheets().add(LessonPane.class.getResource("/io/kubetutor/ui/css/lesson.css").toExternalForm());
        outline = new OutlineView(this::openFromOutline, this::closeOutline);
        stepView = new StepView(lessons::answer);

        heading.getStyleClass().add("lesson-heading");
        heading.setId("lesson-heading");
        heading.setMinWidth(0);
        stepOf.getStyleClass().add("lesson-step-of");
        stepOf.setId("lesson-step-of");
        stepOf.setMinWidth(Label.USE_PREF_SIZE);
        lessonsButton.setId("lesson-outline-button");
        lessonsButton.setOnAction(e -> toggleOutline());
        more.setText("⋯");
        // with a lesson open the bar's room goes to the step: the outline is in this menu (and the Lessons menu)
        moreMenu.getItems().setAll(outlineItem, new SeparatorMenuItem(), reset, skip, new SeparatorMenuItem(), leave);
        outlineItem.setOnAction(e -> showOutline());
        more.setOnAction(e -> moreMenu.show(more, javafx.geometry.Side.BOTTOM, 0, 0));
        reset.setId("lesson-reset");
        reset.setOnAction(e -> lessons.resetStep());
        skip.setId("lesson-skip");
        skip.setOnAction(e -> askSkip());
        leave.setId("lesson-leave");
        leave.setOnAction(e -> lessons.leave());
        recordingLabel.getStyleClass().add("lesson-recording");
        recordingLabel.setId("lesson-recording");
        stopRecording.setId("lesson-stop-recording");
        stopRecording.setOnAction(e -> onStopRecording.run());
        for (Region r : new Region[] {lessonsButton, more, stopRecording, recordingLabel}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        back.setOnAction(e -> lessons.back());
        next.setOnAction(e -> nextOrFinish());
        next.getStyleClass().add("accent");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox.setHgrow(heading, Priority.SOMETIMES);
        // one bar for where the learner is and where they can go: the step's own room is for its text
        HBox header = new HBox(6, back, stepOf, next, heading, gap, recordingLabel, stopRecording, lessonsButton,
                more);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("lesson-header");

        check.setOnAction(e -> lessons.probe());
        hint.setOnAction(e -> {
            lessons.showHint();
            stepView.scrollToEnd();
        });
        solution.setOnAction(e -> askSolution());
        helpRow.getStyleClass().add("lesson-help");
        footer.getStyleClass().add("lesson-footer");
        VBox.setVgrow(stepView, Priority.ALWAYS);
        VBox.setVgrow(outline, Priority.ALWAYS);
        getChildren().addAll(header, outline, stepView, footer);
        lessons.setListener(this::changed);
        setMessages(messages);
    }

    /** The learner answers "are you sure?" through this (tests answer it themselves). */
    public void setConfirm(BiPredicate<String, String> confirm) {
        this.confirm = confirm;
    }

    /** Told whether the pane wants its room (a lesson or the outline) or only its slim bar. */
    public void setOnExpandedChange(Consumer<Boolean> listener) {
        this.onExpanded = listener;
    }

    public void setOnStopRecording(Runnable action) {
        this.onStopRecording = action;
    }

    /** Shows the recording's state in the bar ("● Recording" and Stop and save…). */
    public void setRecording(boolean on) {
        recording = on;
        refreshHeader();
    }

    /** Whether the pane shows more than its slim bar. */
    public boolean expanded() {
        return outlineOpen || lessons.isOpen();
    }

    public LessonController controller() {
        return lessons;
    }

    /** Every published state, on the FX thread: the goal is checked again. */
    public void show(SessionState s) {
        lessons.stateChanged();
    }

    /** Opens the course outline (the Lessons menu, the bar's Lessons… button). */
    public void showOutline() {
        outlineOpen = true;
        outline.show(lessons.outline(m.locale().getLanguage()), courseProblem, m);
        layoutMode();
    }

    public void closeOutline() {
        outlineOpen = false;
        layoutMode();
    }

    private void toggleOutline() {
        if (outlineOpen) {
            closeOutline();
        } else {
            showOutline();
        }
    }

    private void openFromOutline(String id) {
        if (lessons.open(id)) {
            outlineOpen = false;
            layoutMode();
        }
    }

    /** Every word again in {@code messages}' language; the step, the goal and the editor stay. */
    public void setMessages(Messages messages) {
        this.m = messages;
        lessonsButton.setText(m.text("lesson.open"));
        more.setTooltip(new Tooltip(m.text("lesson.more")));
        more.setAccessibleText(m.text("lesson.more"));
        leave.setText(m.text("lesson.leave"));
        outlineItem.setText(m.text("lesson.menu.outline"));
        stopRecording.setText(m.text("lesson.record.stop"));
        check.setText(m.text("lesson.check"));
        check.setTooltip(new Tooltip(m.text("lesson.check.tip")));
        solution.setText(m.text("lesson.solution"));
        back.setText("◀");
        back.setTooltip(new Tooltip(m.text("lesson.back")));
        back.setAccessibleText(m.text("lesson.back"));
        reset.setText("↺ " + m.text("lesson.reset"));
        skip.setText(m.text("lesson.skip"));
        if (outlineOpen) {
            outline.show(lessons.outline(m.locale().getLanguage()), courseProblem, m);
        }
        drawStep();
        layoutMode();
        drawButtons();
    }

    private void changed(LessonController.Change c) {
        switch (c) {
            case STEP -> {
                drawStep();
                layoutMode();
                drawButtons();
            }
            case GOAL -> drawGoal();
            case CONTROLS -> drawButtons();
            case PREDICTION -> {
                stepView.showPrediction(lessons.prediction(), m);
                if (lessons.prediction().answered()) {
                    stepView.scrollToEnd();
                } else if (lessons.prediction().choosing()) {
                    stepView.revealPrediction();
                }
            }
            case HINTS -> drawHints();
            case SOLUTION -> {
                stepView.showDiff(lessons.solutionDiff(), m);
                stepView.scrollToEnd();
            }
            case OUTLINE -> {
                if (outlineOpen) {
                    outline.show(lessons.outline(m.locale().getLanguage()), courseProblem, m);
                }
            }
            case PROBLEM -> stepView.showProblems(lessons.failures(), lessons.problem(), m);
        }
    }

    private void drawStep() {
        Step step = lessons.step();
        refreshHeader();
        if (step == null) {
            return;
        }
        stepView.showStep(lessons.lesson(), step, m);
        stepView.showPrediction(lessons.prediction(), m);
        drawHints();
        stepView.showDiff(lessons.solutionDiff(), m);
        stepView.showProblems(lessons.failures(), lessons.problem(), m);
        drawGoal();
    }

    private void drawHints() {
        Step step = lessons.step();
        if (step != null) {
            stepView.showHints(step, lessons.hintsShown(), m);
        }
        drawButtons();
    }

    private void drawGoal() {
        Step step = lessons.step();
        if (step != null && step.goal() != null) {
            goal.show(step.goal(), lessons.goal(), m);
        }
        drawButtons();
    }

    private void drawButtons() {
        StepButtons b = lessons.buttons();
        Step step = lessons.step();
        int hints = step == null ? 0 : step.hints().size();
        hint.setText(lessons.hintsShown() < hints ? m.format("lesson.hint", lessons.hintsShown() + 1, hints)
                : m.text(hints == 0 ? "lesson.hint.none" : "lesson.hint.noMore"));
        boolean last = step != null && lessons.index() == lessons.lesson().steps().size() - 1;
        next.setText(last ? "✓ " + m.text("lesson.finish") : m.text("lesson.next") + " ▶");
        back.setDisable(!b.back());
        reset.setDisable(!b.reset());
        skip.setDisable(!b.skip());
        next.setDisable(!(last ? b.finish() : b.next()));
        // what a step does not have is not offered at all: a read-and-watch step keeps its room for the text
        boolean hasGoal = step != null && step.goal() != null;
        check.setDisable(!b.check());
        show(check, hasGoal);
        hint.setDisable(!b.hint());
        show(hint, hints > 0);
        solution.setDisable(!b.solution());
        show(solution, step != null && step.solution() != null);
        show(helpRow, hasGoal || hints > 0);
        show(goal, hasGoal);
        show(footer, lessons.isOpen() && !outlineOpen && (hasGoal || hints > 0));
        drawStepOf();
    }

    /** "Step 2 of 5", with ⏳ while the tutor sets the step up (its words in the tooltip). */
    private void drawStepOf() {
        Lesson lesson = lessons.lesson();
        if (lesson == null) {
            stepOf.setText("");
            return;
        }
        String where = m.format("lesson.stepOf", lessons.index() + 1, lesson.steps().size());
        stepOf.setText(lessons.busy() ? "⏳ " + where : where);
        stepOf.setTooltip(lessons.busy() ? new Tooltip(m.text("lesson.busy")) : null);
    }

    private void refreshHeader() {
        Lesson lesson = lessons.lesson();
        if (lesson == null) {
            heading.setText(m.text("lesson.sandbox"));
            stepOf.setText("");
            heading.setTooltip(null);
        } else {
            // the title heads the step's text; the bar keeps the step and the buttons
            heading.setText("");
            heading.setTooltip(null);
            drawStepOf();
        }
        recordingLabel.setText(recording ? "● " + m.text("lesson.record.on") : "");
        show(recordingLabel, recording);
        show(heading, !recording || lesson != null); // while recording, the bar says so instead of "Sandbox"
        show(stopRecording, recording);
        boolean stepShown = lesson != null && !outlineOpen;
        show(stepOf, lesson != null);
        show(back, stepShown);
        show(next, stepShown);
        show(more, lesson != null);
        show(lessonsButton, lesson == null && !outlineOpen); // the open outline has its own Close
    }

    /** Shows the parts that belong to the pane's mode: slim bar, outline, or step. */
    private void layoutMode() {
        boolean open = lessons.isOpen();
        Step step = lessons.step();
        show(outline, outlineOpen);
        boolean stepShown = open && !outlineOpen;
        show(stepView, stepShown);
        show(footer, stepShown && step != null && (step.goal() != null || !step.hints().isEmpty()));
        lessonsButton.setText(m.text(outlineOpen ? "lesson.outline.close" : "lesson.open"));
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("slim"), !expanded());
        refreshHeader();
        onExpanded.accept(expanded());
    }

    private void nextOrFinish() {
        if (lessons.buttons().next()) {
            lessons.next();
        } else if (lessons.finish()) {
            showOutline();
        }
    }

    private void askSkip() {
        if (confirm.test(m.text("lesson.skip.header"), m.text("lesson.skip.text"))) {
            lessons.skip();
        }
    }

    private void askSolution() {
        if (confirm.test(m.text("lesson.solution.header"), m.text("lesson.solution.text"))) {
            lessons.showSolution();
        }
    }

    private boolean confirmDialog(String header, String text) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, text, ButtonType.OK, ButtonType.CANCEL);
        if (getScene() != null) {
            a.initOwner(getScene().getWindow());
        }
        a.setHeaderText(header);
        a.setTitle(header);
        return a.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    private static Button button(String id) {
        Button b = new Button();
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private static void show(javafx.scene.Node n, boolean on) {
        n.setVisible(on);
        n.setManaged(on);
    }
}
