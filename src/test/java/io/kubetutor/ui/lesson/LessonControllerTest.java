package io.kubetutor.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.kubectl.Kubectl;
import io.kubetutor.lesson.Choice;
import io.kubetutor.lesson.LessonFolder;
import io.kubetutor.lesson.LessonLoader;
import io.kubetutor.lesson.LoadedLesson;
import io.kubetutor.lesson.ProgressStore;
import io.kubetutor.model.ClusterTopology;
import io.kubetutor.session.Session;
import io.kubetutor.session.SessionState;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The open lesson as the pane sees it, played on a real session with a direct executor (the
 * engine's work and the hop back to the pane's thread happen at once, in order): steps, goals,
 * predictions and progress, without a window.
 */
class LessonControllerTest {
    static final String LESSON = "why-services";

    @TempDir
    Path data;

    /** The window's controls as the lesson uses them: a text, a spotlight, a console. */
    static final class Host implements LessonHost {
        Session session;
        String editor = "";
        String highlighted;
        final List<String> console = new ArrayList<>();
        final List<ClusterTopology> resets = new ArrayList<>();

        @Override
        public void resetCluster(ClusterTopology topology) {
            resets.add(topology);
            session.reset(topology);
        }

        @Override
        public String editorText() {
            return editor;
        }

        @Override
        public void setEditorText(String text) {
            editor = text;
        }

        @Override
        public void highlight(String elementId) {
            highlighted = elementId;
        }

        @Override
        public void showKubectl(String line, Kubectl.Output output) {
            console.add("$ kubectl " + line + "\n" + output.stdout());
        }
    }

    private final Host host = new Host();
    private final List<SessionState> states = new ArrayList<>();

    private LessonController controller(ProgressStore store) throws IOException {
        List<LoadedLesson> course = LessonLoader.loadAll(LessonFolder.bundled());
        RunnerFeed feed = new RunnerFeed(states::add);
        host.session = new Session(ClusterTopology.defaults(), 1, feed, Runnable::run);
        return new LessonController(host.session, feed, store, course, host, Runnable::run);
    }

    @Test
    void openingALessonPutsItsManifestInTheEditorAndRunsStepOne() throws IOException {
        LessonController c = controller(ProgressStore.open(data));
        assertTrue(c.open(LESSON));
        assertEquals(0, c.index());
        assertFalse(c.busy());
        assertTrue(host.editor.contains("name: client"), host.editor);
        assertEquals(1, host.resets.size());
        assertTrue(host.console.get(0).startsWith("$ kubectl get pods -o wide\nNAME"), host.console.get(0));
        assertTrue(host.highlighted.startsWith("default/web-"), host.highlighted);
        assertTrue(c.buttons().next());
        assertFalse(c.buttons().back());
    }

    @Test
    void aLessonThatCannotBeFoundIsNotOpened() throws IOException {
        LessonController c = controller(ProgressStore.open(data));
        assertFalse(c.open("no-such-lesson"));
        assertFalse(c.isOpen());
    }

    @Test
    void meetingTheGoalEnablesNextAndCountsTheStepDone() throws IOException {
        ProgressStore store = ProgressStore.open(data);
        store.setCurrentStep(LESSON, 3);
        LessonController c = controller(store);
        c.open(LESSON);
        assertEquals(3, c.index());
        assertNotNull(c.step().goal());
        assertFalse(c.goal().met());
        assertFalse(c.buttons().next());
        assertTrue(c.buttons().skip());
        String before = host.editor;
        c.showSolution();
        assertEquals(c.step().solution().manifest(), host.editor);
        assertTrue(LineDiff.count(c.solutionDiff(), LineDiff.Kind.ADDED) > 0);
        assertTrue(c.solutionDiff().stream().noneMatch(l -> l.kind() == LineDiff.Kind.REMOVED), before);
        c.probe(); // the goal reads a request from client to http://web: Check by sending sends it
        c.stateChanged();
        assertTrue(c.goal().met(), String.valueOf(c.goal()));
        assertTrue(c.buttons().next());
        assertTrue(store.get(LESSON).completedSteps().contains(3));
    }

    @Test
    void aRequestTheLearnerSendsIsCheckedOnTheNextState() throws IOException {
        ProgressStore store = ProgressStore.open(data);
        store.setCurrentStep(LESSON, 3);
        LessonController c = controller(store);
        c.open(LESSON);
        host.session.applyText(c.step().solution().manifest());
        c.stateChanged();
        assertFalse(c.goal().met(), "the goal reads a request, and none was sent");
        host.session.send("default/client", "http://web", io.kubetutor.sim.net.RequestKind.CURL, 1);
        assertFalse(c.goal().met(), "not checked before the pane hears of the state");
        c.stateChanged();
        assertTrue(c.goal().met(), String.valueOf(c.goal()));
        assertTrue(c.buttons().next());
    }

    @Test
    void aPredictionIsAnsweredByTheRequestAndScoredOnce() throws IOException {
        ProgressStore store = ProgressStore.open(data);
        store.setCurrentStep(LESSON, 2);
        LessonController c = controller(store);
        c.open(LESSON);
        assertTrue(c.prediction().choosing());
        assertFalse(c.buttons().next());
        List<String> ids = c.prediction().choices().stream().map(Choice::id).toList();
        assertTrue(ids.contains("nxdomain"), ids.toString());
        int tracesBefore = states.stream().mapToInt(s -> s.newTraces().size()).sum();
        c.answer("delivered");
        assertTrue(c.prediction().answered());
        assertFalse(c.prediction().result().correct());
        assertEquals("nxdomain", c.prediction().result().actual());
        assertTrue(c.prediction().counted());
        assertTrue(states.stream().mapToInt(s -> s.newTraces().size()).sum() > tracesBefore,
                "the prediction's request is published like any other");
        assertEquals(Boolean.FALSE, store.get(LESSON).predictions().get(2));
        assertTrue(c.buttons().next());
        c.resetStep();
        c.answer("nxdomain");
        assertTrue(c.prediction().result().correct());
        assertFalse(c.prediction().counted());
        assertEquals(Boolean.FALSE, ProgressStore.open(data).get(LESSON).predictions().get(2));
    }

    @Test
    void progressIsSavedAsTheLearnerMovesAndAReopenedStoreResumesThere() throws IOException {
        LessonController c = controller(ProgressStore.open(data));
        c.open(LESSON);
        c.next();
        assertEquals(1, c.index());
        ProgressStore reopened = ProgressStore.open(data);
        assertEquals(1, reopened.get(LESSON).currentStep());
        assertTrue(reopened.get(LESSON).completedSteps().contains(0));
        LessonController again = controller(reopened);
        again.open(LESSON);
        assertEquals(1, again.index());
        assertTrue(again.step().text().en().contains("deleted one of the `web` pods"));
    }

    @Test
    void backReplaysToTheStepBeforeAndSkipLeavesAStepNotDone() throws IOException {
        ProgressStore store = ProgressStore.open(data);
        store.setCurrentStep(LESSON, 3);
        LessonController c = controller(store);
        c.open(LESSON);
        c.skip();
        assertEquals(4, c.index());
        assertFalse(store.get(LESSON).completedSteps().contains(3));
        c.back();
        assertEquals(3, c.index());
        assertFalse(c.goal().met());
    }

    @Test
    void leavingTheLessonStopsFeedingTheRunnerAndEndsTheSpotlight() throws IOException {
        LessonController c = controller(ProgressStore.open(data));
        c.open(LESSON);
        c.leave();
        assertFalse(c.isOpen());
        assertNull(c.step());
        assertNull(host.highlighted);
        assertFalse(c.buttons().next());
    }

    /**
     * The whole course, first lesson to the troubleshooting challenge, through the controller the
     * pane drives: each prediction answered, each goal met by its solution and "Check by sending",
     * Next to the end of every lesson, and every step counted done.
     */
    @Test
    void theWholeCourseCanBeCompletedThroughThePane() throws IOException {
        ProgressStore store = ProgressStore.open(data);
        LessonController c = controller(store);
        List<LoadedLesson> course = LessonLoader.loadAll(LessonFolder.bundled());
        assertTrue(course.size() >= 14, "the course has its lessons");
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofMinutes(4), () -> {
            for (LoadedLesson l : course) {
                String id = l.lesson().id();
                assertTrue(c.open(id), id);
                int steps = l.lesson().steps().size();
                for (int i = 0; i < steps; i++) {
                    String where = id + " step " + (i + 1);
                    assertEquals(i, c.index(), where);
                    assertNull(c.problem(), where);
                    if (c.step().predict() != null) {
                        List<Choice> choices = c.prediction().choices();
                        assertFalse(choices.isEmpty(), where);
                        c.answer(choices.get(0).id());
                    }
                    if (c.step().goal() != null) {
                        c.showSolution();
                        c.probe();
                        c.stateChanged();
                        assertTrue(c.goal().met(), where + ": " + c.goal());
                    }
                    if (i < steps - 1) {
                        assertTrue(c.buttons().next(), where);
                        c.next();
                    } else {
                        assertTrue(c.finish(), where);
                    }
                }
                assertEquals(steps, store.get(id).completedSteps().size(), id + " all steps done");
            }
        });
    }
}
