package io.kubetutor.ui.lesson;

import io.kubetutor.lesson.ActionReport;
import io.kubetutor.lesson.ActionsPlayed;
import io.kubetutor.lesson.GoalResult;
import io.kubetutor.lesson.Lesson;
import io.kubetutor.lesson.LessonRunner;
import io.kubetutor.lesson.LoadedLesson;
import io.kubetutor.lesson.PredictionResult;
import io.kubetutor.lesson.ProgressStore;
import io.kubetutor.lesson.Step;
import io.kubetutor.lesson.StepOpening;
import io.kubetutor.session.Session;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The open lesson as the pane sees it: which step, its goal as last checked, the prediction, the
 * hints shown, the solution's diff, and the learner's saved progress. It drives a
 * {@link LessonRunner} on the window's session and tells the pane what changed. Plain Java: every
 * method is called on one thread (the FX thread in the window), and the runner's futures, which
 * complete on the engine thread, come back through {@code ui} (Platform::runLater in the window, a
 * direct executor in tests) before anything here is touched.
 */
public final class LessonController {
    /** What changed, so the pane redraws only that part (several at once: the pane takes each). */
    public enum Change { OUTLINE, STEP, GOAL, CONTROLS, PREDICTION, HINTS, SOLUTION, PROBLEM }

    private final Session session;
    private final RunnerFeed feed;
    private final ProgressStore store;
    private final List<LoadedLesson> course;
    private final LessonHost host;
    private final Executor ui;
    private Consumer<Change> listener = c -> { };

    private LessonRunner runner;
    private int index = -1;
    private boolean busy;
    private boolean probing;
    private GoalResult goal;
    private int hintsShown;
    private PredictionView prediction = PredictionView.NONE;
    private List<LineDiff.Line> solutionDiff;
    private List<ActionReport> failures = List.of();
    private String problem;

    public LessonController(Session session, RunnerFeed feed, ProgressStore store, List<LoadedLesson> course,
                            LessonHost host, Executor ui) {
        this.session = session;
        this.feed = feed;
        this.store = store;
        this.course = List.copyOf(course);
        this.host = host;
        this.ui = ui;
    }

    public void setListener(Consumer<Change> listener) {
        this.listener = listener == null ? c -> { } : listener;
    }

    private void changed(Change... changes) {
        for (Change c : changes) {
            listener.accept(c);
        }
    }

    // ---- what the pane reads

    public List<OutlineRows.Row> outline(String language) {
        return OutlineRows.of(course, store::get, language, isOpen() ? lesson().id() : null);
    }

    public boolean isOpen() {
        return runner != null;
    }

    public Lesson lesson() {
        return runner == null ? null : runner.lesson();
    }

    /** The open step's index (from 0), -1 while none is open. */
    public int index() {
        return index;
    }

    public Step step() {
        return runner == null || index < 0 ? null : runner.lesson().steps().get(index);
    }

    public GoalResult goal() {
        return goal;
    }

    public PredictionView prediction() {
        return prediction;
    }

    public int hintsShown() {
        return hintsShown;
    }

    /** The lines "Show solution" changed in the editor (null until it is shown; empty when it changed none). */
    public List<LineDiff.Line> solutionDiff() {
        return solutionDiff;
    }

    /** Actions of the open step (or of the replay that reached it) that could not run. */
    public List<ActionReport> failures() {
        return failures;
    }

    /** Something that went wrong outside the lesson (saving progress), or null. */
    public String problem() {
        return problem;
    }

    public boolean busy() {
        return busy;
    }

    public StepButtons buttons() {
        Step s = step();
        return s == null ? StepButtons.NONE : StepButtons.of(status(s));
    }

    private StepButtons.Status status(Step s) {
        return new StepButtons.Status(index, lesson().steps().size(), s.goal() != null, goal != null && goal.met(),
                s.predict() != null, prediction.answered(), hintsShown, s.hints().size(), s.solution() != null, busy,
                probing);
    }

    // ---- what the learner does

    /**
     * Opens lesson {@code id} at the step the learner was on: a fresh cluster on the lesson's
     * topology, then the runner replays the lesson up to that step. False when no such lesson can
     * be opened (a broken one).
     */
    public boolean open(String id) {
        Lesson lesson = course.stream().map(LoadedLesson::lesson).filter(l -> l != null && l.id().equals(id))
                .findFirst().orElse(null);
        if (lesson == null || busy) {
            return false;
        }
        problem = null;
        runner = new LessonRunner(lesson, session);
        feed.setRunner(runner);
        host.resetCluster(lesson.topology());
        int saved = Math.max(0, Math.min(store.get(id).currentStep(), lesson.steps().size() - 1));
        clearStep();
        index = saved;
        play(runner.goTo(saved));
        changed(Change.OUTLINE);
        return true;
    }

    /** Back to the sandbox: the cluster and the editor stay as the lesson left them. */
    public void leave() {
        runner = null;
        feed.setRunner(null);
        clearStep();
        index = -1;
        busy = false;
        host.highlight(null);
        changed(Change.STEP);
    }

    public void back() {
        if (buttons().back()) {
            index--;
            play(runner.goTo(index));
        }
    }

    /** Starts the open step again on the cluster the earlier steps leave. */
    public void resetStep() {
        if (buttons().reset()) {
            play(runner.goTo(index));
        }
    }

    /** On to the next step, from a done step. */
    public void next() {
        if (buttons().next()) {
            complete(index);
            index++;
            play(runner.next());
        }
    }

    /** On to the next step without doing this one (the pane asks first); the step stays not done. */
    public void skip() {
        if (buttons().skip()) {
            index++;
            play(runner.next());
        }
    }

    /** The last step done: the lesson counts as finished; true when it was. */
    public boolean finish() {
        if (!buttons().finish()) {
            return false;
        }
        complete(index);
        changed(Change.OUTLINE);
        return true;
    }

    /** "Check by sending": the goal's own requests go out through the traffic bar's path, then the goal is checked. */
    public void probe() {
        if (!buttons().check()) {
            return;
        }
        probing = true;
        changed(Change.CONTROLS);
        LessonRunner r = runner;
        whenDone(r, r.probe(), played -> {
            probing = false;
            failures = played.failures();
            checkGoal();
            changed(Change.CONTROLS);
        });
    }

    public void showHint() {
        if (buttons().hint()) {
            hintsShown++;
            changed(Change.HINTS, Change.CONTROLS);
        }
    }

    /**
     * Plays the solution: the diff between the editor's text and the solution's manifest is kept
     * for the pane, the manifest goes into the editor, and the runner applies it and its actions.
     */
    public void showSolution() {
        Step s = step();
        if (!buttons().solution() || s.solution() == null) {
            return;
        }
        String manifest = s.solution().manifest();
        solutionDiff = manifest == null ? List.of() : LineDiff.between(host.editorText(), manifest);
        if (manifest != null) {
            host.setEditorText(manifest);
        }
        busy = true;
        changed(Change.SOLUTION, Change.CONTROLS);
        LessonRunner r = runner;
        whenDone(r, r.applySolution(), played -> {
            busy = false;
            failures = played.failures();
            showKubectl(played);
            checkGoal();
            changed(Change.CONTROLS);
        });
    }

    /** The learner's prediction: the request goes out, and the answer is scored (only a step's first counts). */
    public void answer(String choiceId) {
        if (!prediction.choosing() || busy) {
            return;
        }
        prediction = prediction.choose(choiceId);
        changed(Change.PREDICTION);
        LessonRunner r = runner;
        int step = index;
        whenDone(r, r.answer(choiceId), (PredictionResult result) -> {
            boolean counted = false;
            try {
                counted = store.recordPrediction(r.lesson().id(), step, result.correct());
            } catch (IOException e) {
                saveFailed(e);
            }
            prediction = prediction.answered(result, counted);
            completeIfDone();
            changed(Change.PREDICTION, Change.CONTROLS);
        });
    }

    /** A new state reached the views: the goal is checked again. */
    public void stateChanged() {
        if (runner != null && !busy) {
            checkGoal();
        }
    }

    // ---- inside

    private void clearStep() {
        goal = null;
        hintsShown = 0;
        prediction = PredictionView.NONE;
        solutionDiff = null;
        failures = List.of();
        probing = false;
    }

    /** Opens a step: nothing else starts until the runner has played it. */
    private void play(CompletableFuture<StepOpening> opening) {
        busy = true;
        clearStep();
        changed(Change.STEP);
        LessonRunner r = runner;
        whenDone(r, opening, this::opened);
    }

    private void opened(StepOpening o) {
        busy = false;
        index = o.index();
        Step s = o.step();
        List<ActionReport> failed = new ArrayList<>(o.replayed().failures());
        failed.addAll(o.opened().failures());
        failures = failed;
        if (o.editorText() != null && !o.editorText().equals(host.editorText())) {
            host.setEditorText(o.editorText());
        }
        List<String> lit = o.opened().highlighted();
        host.highlightAll(lit);
        showKubectl(o.opened());
        try {
            store.setCurrentStep(lesson().id(), index);
        } catch (IOException e) {
            saveFailed(e);
        }
        goal = runner.evaluate();
        if (s.predict() != null) {
            prediction = PredictionView.asking(s.predict().question());
            LessonRunner r = runner;
            whenDone(r, r.predictionChoices(), choices -> {
                prediction = prediction.withChoices(choices);
                changed(Change.PREDICTION);
            });
        }
        changed(Change.STEP, Change.OUTLINE);
    }

    private void showKubectl(ActionsPlayed played) {
        for (ActionReport r : played.reports()) {
            String line = ConsoleEchoes.line(r);
            if (line != null) {
                host.showKubectl(line, r.output());
            }
        }
    }

    private void checkGoal() {
        GoalResult now = runner.evaluate();
        if (!Objects.equals(now, goal)) {
            goal = now;
            completeIfDone();
            changed(Change.GOAL, Change.CONTROLS);
        }
    }

    /** A step with something to do (a goal, a prediction) counts as done the moment it is. */
    private void completeIfDone() {
        Step s = step();
        if (s != null && (s.goal() != null || s.predict() != null) && status(s).done()) {
            complete(index);
        }
    }

    private void complete(int step) {
        if (store.get(lesson().id()).completedSteps().contains(step)) {
            return;
        }
        try {
            store.completeStep(lesson().id(), step);
        } catch (IOException e) {
            saveFailed(e);
        }
        changed(Change.OUTLINE);
    }

    private void saveFailed(IOException e) {
        problem = String.valueOf(e.getMessage());
        changed(Change.PROBLEM);
    }

    /**
     * Brings a runner's result back to the pane's thread; dropped when the learner has left that
     * lesson meanwhile. A failure of the tutor itself is shown, never thrown at the window.
     */
    private <T> void whenDone(LessonRunner from, CompletableFuture<T> future, Consumer<T> then) {
        future.whenComplete((value, error) -> ui.execute(() -> {
            if (runner != from) {
                return;
            }
            if (error != null) {
                busy = false;
                probing = false;
                Throwable cause = error.getCause() != null ? error.getCause() : error;
                problem = String.valueOf(cause);
                changed(Change.PROBLEM, Change.CONTROLS);
                return;
            }
            then.accept(value);
        }));
    }
}
