package io.kubetutor.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.lesson.Lesson;
import io.kubetutor.lesson.LessonFolder;
import io.kubetutor.lesson.LessonLoader;
import io.kubetutor.lesson.LoadedLesson;
import io.kubetutor.lesson.ProgressStore;
import io.kubetutor.lesson.StepAction;
import io.kubetutor.ui.lesson.LessonController;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The lesson pane through the whole window, as a learner uses it: the outline, a step's text and
 * goal, Check by sending, a prediction, the language switch, progress across windows, and
 * "Record as lesson". Each test builds its window on its own data folder (the progress lives there).
 */
@ExtendWith(ApplicationExtension.class)
class LessonWindowTest {
    static final String LESSON = "why-services";

    @TempDir
    Path data;

    private Stage stage;
    private WindowDriver driver;
    private final FxRobot robot = new FxRobot();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** The window on {@code stage} and this test's data folder, as the app opens it (clock paused). */
    private WindowDriver open(Stage on) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> WindowDriver.open(on, data)).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new AssertionError(e);
        }
    }

    /** The learner was on step {@code step} (from 1) of the lesson when the app last closed. */
    private void savedAt(int step) throws IOException {
        ProgressStore.open(data).setCurrentStep(LESSON, step - 1);
    }

    /** The shown node {@code query} finds in this test's (latest) window. */
    private Node find(String query) {
        WindowDriver.waitUntil(query, () -> lookup(query).stream().anyMatch(Node::isVisible));
        return lookup(query).stream().filter(Node::isVisible).findFirst().orElseThrow();
    }

    private java.util.Set<Node> lookup(String query) {
        return robot.from(driver.window.stage().getScene().getRoot()).lookup(query).queryAll();
    }

    private String label(String query) {
        return ((Label) find(query)).getText();
    }

    private LessonController lessons() {
        return driver.window.lessons().controller();
    }

    /** Opens lesson 1 from the course outline, as a learner does, and waits for its step to be set up. */
    private void openLessonOne(int expectedStep) {
        robot.clickOn(find("#lesson-outline-button"));
        find("#lesson-outline");
        Node row = lookup(".lesson-outline-row").stream()
                .filter(n -> LESSON.equals(n.getUserData())).findFirst().orElseThrow();
        robot.clickOn(row);
        waitForStep(expectedStep);
    }

    private void waitForStep(int step) {
        String want = "Step " + step + " of 5";
        WindowDriver.waitUntil(want, () -> !lessons().busy() && lessons().index() == step - 1
                && lookup("#lesson-step-of").stream().anyMatch(n -> ((Label) n).getText().equals(want)));
    }

    /** The step's text as the pane shows it. */
    private String stepText() {
        return words((Parent) find("#lesson-step-text"));
    }

    /** The words of the flows (the lesson's texts) inside {@code p}, as one string. */
    private static String words(Parent p) {
        StringBuilder b = new StringBuilder();
        for (Node n : p.getChildrenUnmodifiable()) {
            if (n instanceof Text t && p instanceof TextFlow) {
                b.append(t.getText());
            } else if (n instanceof Parent child) {
                b.append(words(child));
            }
        }
        return b.toString();
    }

    private Button button(String query) {
        return (Button) find(query);
    }

    private void click(String query) {
        Button b = button(query);
        WindowDriver.waitUntil(query + " enabled", () -> !b.isDisabled());
        robot.clickOn(b);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void openingLessonOneFromTheOutlineLoadsItsManifestAndShowsStepOne() throws IOException {
        driver = open(stage);
        assertFalse(driver.window.lessons().pane().expanded(), "the sandbox shows only the slim bar");
        assertEquals("Lessons…", ((Button) find("#lesson-outline-button")).getText());
        openLessonOne(1);
        Lesson lesson = lessons().lesson();
        assertEquals("Why Services? Pods come and go", lesson.title().en());
        WindowDriver.waitUntil("the lesson's manifest in the editor",
                () -> driver.parts().editor().getText().equals(lesson.manifest()));
        assertTrue(stepText().contains("The editor holds a Deployment named web."), stepText());
        assertEquals("Lesson 1 · Why Services? Pods come and go", label("#lesson-title"));
        assertFalse(lookup(".lesson-goal").iterator().next().isVisible(), "step 1 is read-and-watch: no goal");
        assertFalse(button("#lesson-next").isDisabled());
        WindowDriver.waitUntil("the step's kubectl in the console",
                () -> driver.parts().console().outputText().contains("$ kubectl get pods -o wide\nNAME"));
        driver.waitForState("3 web pods running", s -> WindowDriver.podNames(s, "web-").size() == 3);
    }

    @Test
    void makingTheGoalTrueTurnsTheCheckMarkOnAndEnablesNext() throws IOException {
        savedAt(4);
        driver = open(stage);
        openLessonOne(4);
        assertTrue(words((Parent) find(".lesson-goal")).startsWith("Goal: The pod client reaches http://web by name"),
                words((Parent) find(".lesson-goal")));
        assertEquals("○", label("#lesson-goal-mark"));
        assertTrue(button("#lesson-next").isDisabled());
        assertEquals("Check by sending", button("#lesson-check").getText());
        String solution = lessons().step().solution().manifest();
        WindowDriver.onFx(() -> driver.parts().editor().setText(solution));
        WindowDriver.waitUntil("the Service applied",
                () -> driver.latest().snapshot().get(io.kubetutor.model.Service.class, "default", "web").isPresent());
        assertEquals("○", label("#lesson-goal-mark"), "no request has been sent yet");
        click("#lesson-check");
        WindowDriver.waitUntil("the goal met", () -> "✓".equals(label("#lesson-goal-mark")));
        WindowDriver.waitUntil("Next enabled", () -> !button("#lesson-next").isDisabled());
        assertTrue(ProgressStore.open(data).get(LESSON).completedSteps().contains(3));
    }

    @Test
    void aPredictionIsAskedBeforeThePacketAndScored() throws IOException {
        savedAt(3);
        driver = open(stage);
        openLessonOne(3);
        find("#lesson-predict");
        WindowDriver.waitUntil("the choices", () -> lookup(".lesson-choice").size() == 6);
        assertTrue(button("#lesson-next").isDisabled(), "the question comes first");
        Node nxdomain = lookup(".lesson-choice").stream()
                .filter(n -> "nxdomain".equals(n.getUserData())).findFirst().orElseThrow();
        // the choice may sit below the fold of the step's scroll: pressed as a keyboard user presses it
        WindowDriver.onFx(((Button) nxdomain)::fire);
        assertEquals("✓ Right: nxdomain — the name does not resolve", label("#lesson-predict-verdict"));
        WindowDriver.waitUntil("the request's trace played", () -> driver.parts().eventLog().rowCount() > 0);
        WindowDriver.waitUntil("Next enabled", () -> !button("#lesson-next").isDisabled());
        assertEquals(Boolean.TRUE, ProgressStore.open(data).get(LESSON).predictions().get(2));
    }

    @Test
    void switchingToKoreanKeepsTheStepAndTheEditorText() throws IOException {
        savedAt(2);
        driver = open(stage);
        openLessonOne(2);
        String editor = driver.parts().editor().getText();
        WindowDriver.onFx(() -> driver.window.setLanguage(Locale.KOREAN));
        assertEquals("5단계 중 2단계", label("#lesson-step-of"));
        assertTrue(stepText().startsWith("방금 튜터가 kubectl delete pod로 web 파드 하나를 지웠습니다."), stepText());
        assertEquals("1강 · 서비스는 왜 필요할까? 파드는 생겼다 사라진다", label("#lesson-title"));
        assertEquals(1, lessons().index());
        assertEquals(editor, driver.parts().editor().getText());
        assertEquals("다음 ▶", button("#lesson-next").getText());
    }

    @Test
    void progressResumesWhenANewWindowOpensOnTheSameDataFolder() throws Exception {
        driver = open(stage);
        openLessonOne(1);
        click("#lesson-next");
        waitForStep(2);
        Stage second = WaitForAsyncUtils.asyncFx((java.util.concurrent.Callable<Stage>) Stage::new).get();
        driver = open(second);
        openLessonOne(2);
        assertTrue(stepText().contains("The tutor has just deleted one of the web pods"), stepText());
        WaitForAsyncUtils.asyncFx(second::close).get();
    }

    @Test
    void recordAsLessonWritesAFileThatLoadsBack() throws IOException {
        driver = open(stage);
        LessonWiring wiring = driver.window.lessons();
        CheckMenuItem record = wiring.menuKeys().entrySet().stream()
                .filter(e -> e.getValue().equals("lesson.menu.record")).map(e -> (CheckMenuItem) e.getKey())
                .findFirst().orElseThrow();
        WindowDriver.onFx(record::fire);
        assertEquals("● Recording", label("#lesson-recording"));
        driver.apply(MainWindowTest.DEPLOYMENT + MainWindowTest.SERVICE + "\n", "web-", 3);
        driver.send("laptop", "http://192.168.1.3:30080/");
        WindowDriver.onFx(() -> driver.parts().console().submit("kubectl get pods"));
        Path folder = Files.createDirectories(data.resolve("recorded"));
        wiring.setFileChooser((name, start) -> folder.resolve(name));
        robot.clickOn(find("#lesson-stop-recording"));
        driver.answerDialog("recorded-web");
        WindowDriver.waitUntil("the recording stops", () -> !wiring.recording().recording());
        // Named after the course as it stands: the next order, then the id the teacher typed.
        String name = String.format("%02d-recorded-web.yaml", LessonFolder.bundled().lessonFiles().size() + 1);
        assertTrue(Files.exists(folder.resolve(name)), name);
        LoadedLesson loaded = LessonLoader.load(LessonFolder.of(folder), name);
        assertFalse(loaded.hasErrors(), loaded.diagnostics().toString());
        Lesson l = loaded.lesson();
        assertNotNull(l);
        assertEquals("recorded-web", l.id());
        List<String> actions = l.steps().stream().flatMap(s -> s.actions().stream()).map(StepAction::key).toList();
        assertTrue(actions.contains("manifest"), actions.toString());
        assertTrue(actions.contains("send"), actions.toString());
        assertTrue(actions.contains("kubectl"), actions.toString());
        assertTrue(actions.contains("advance"), actions.toString());
        assertFalse(lookup("#lesson-recording").iterator().next().isVisible());
    }
}
