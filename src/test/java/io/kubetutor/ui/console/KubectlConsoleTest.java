package io.kubetutor.ui.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import io.kubetutor.kubectl.Kubectl;
import io.kubetutor.kubectl.PrinterViews;
import io.kubetutor.kubectl.SimulatedKubectlCluster;
import io.kubetutor.model.Pod;
import io.kubetutor.ui.i18n.Messages;
import io.kubetutor.session.Session;
import io.kubetutor.session.SessionState;
import io.kubetutor.ui.theme.Fonts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The console runs what is typed through the session's kubectl and prints kubectl's own text. */
@ExtendWith(ApplicationExtension.class)
class KubectlConsoleTest {
    private final List<SessionState> states = new ArrayList<>();
    private Session session;
    private KubectlConsole console;
    private CompletableFuture<Kubectl.Output> pending;

    @Start
    void start(Stage stage) {
        Fonts.load();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        session = SessionStates.session(SessionStates.WEB, states);
        console = new KubectlConsole(Messages.of(Locale.ENGLISH), args -> {
            if (args.equals(List.of("get", "slowly"))) {
                pending = new CompletableFuture<>();
                return pending;
            }
            return session.kubectl(args);
        });
        console.show(states.get(states.size() - 1));
        stage.setScene(new Scene(console, 1280, 180));
        stage.show();
    }

    private String kubectlOutput(List<String> args) {
        return session.query(c -> {
            Kubectl.Output o = Kubectl.run(new SimulatedKubectlCluster(c), new PrinterViews(), args);
            return o.stdout() + o.stderr();
        }).join();
    }

    @Test
    void typingGetSvcPrintsTheEchoAndThenWhatKubectlPrintsForTheSameCluster(FxRobot robot) {
        String expected = "$ kubectl get svc\n" + kubectlOutput(List.of("get", "svc"));
        robot.clickOn("#console-input").write("get svc").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(expected, console.outputText());
        assertTrue(expected.contains("NodePort"), expected);
        assertEquals("", robot.lookup("#console-input").queryAs(TextField.class).getText());
    }

    @Test
    void upRecallsTheLastCommandAndDownGivesBackTheDraft(FxRobot robot) {
        robot.clickOn("#console-input").write("kubectl get svc").type(KeyCode.ENTER);
        robot.write("get e").type(KeyCode.UP);
        TextField input = robot.lookup("#console-input").queryAs(TextField.class);
        assertEquals("kubectl get svc", input.getText());
        robot.type(KeyCode.DOWN);
        assertEquals("get e", input.getText());
    }

    @Test
    void theApiServersWarningComesBeforeTheTableAsInATerminal(FxRobot robot) {
        robot.clickOn("#console-input").write("get endpoints").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        String table = session.query(c -> Kubectl.run(new SimulatedKubectlCluster(c), new PrinterViews(),
                List.of("get", "endpoints")).stdout()).join();
        assertEquals("$ kubectl get endpoints\nWarning: v1 Endpoints is deprecated in v1.33+; use "
                + "discovery.k8s.io/v1 EndpointSlice\n" + table, console.outputText());
    }

    @Test
    void stderrIsPrintedAfterStdoutAndKubectlsTextIsKept(FxRobot robot) {
        robot.clickOn("#console-input").write("get svc nothere").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        String expected = "$ kubectl get svc nothere\n" + kubectlOutput(List.of("get", "svc", "nothere"));
        assertEquals("$ kubectl get svc nothere\nError from server (NotFound): services \"nothere\" not found\n",
                expected);
        assertEquals(expected, console.outputText());
    }

    @Test
    void tabCompletesAPodNameFromTheShownState(FxRobot robot) {
        String pod = states.get(states.size() - 1).snapshot().all(Pod.class).stream()
                .filter(p -> p.namespace().equals("default")).map(Pod::name).findFirst().orElseThrow();
        robot.clickOn("#console-input").write("delete pod w").type(KeyCode.TAB);
        assertEquals("delete pod " + pod + " ", robot.lookup("#console-input").queryAs(TextField.class).getText());
    }

    @Test
    void thePromptIsDisabledWhileACommandRuns(FxRobot robot) {
        robot.clickOn("#console-input").write("get slowly").type(KeyCode.ENTER);
        TextField input = robot.lookup("#console-input").queryAs(TextField.class);
        assertTrue(input.isDisabled());
        robot.interact(() -> pending.complete(new Kubectl.Output("done\n", "", 0)));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(input.isDisabled());
        assertEquals("$ kubectl get slowly\ndone\n", console.outputText());
    }

    @Test
    void clearAndCtrlLEmptyTheOutputAndCtrlCDropsTheLine(FxRobot robot) {
        robot.clickOn("#console-input").write("get svc").type(KeyCode.ENTER);
        robot.write("clear").type(KeyCode.ENTER);
        assertEquals("", console.outputText());
        robot.write("get ep").press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        assertEquals("$ kubectl get ep^C\n", console.outputText());
        assertEquals("", robot.lookup("#console-input").queryAs(TextField.class).getText());
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        assertEquals("", console.outputText());
    }

    @Test
    void anOpenQuoteIsRefusedWithBashsWordsAndNothingRuns(FxRobot robot) {
        robot.clickOn("#console-input").write("get 'svc").type(KeyCode.ENTER);
        assertEquals("$ kubectl get 'svc\nunexpected EOF while looking for matching `''\n", console.outputText());
    }

    @Test
    void helpListsTheCommandsInTheChosenLanguage(FxRobot robot) {
        robot.interact(() -> console.setMessages(Messages.of(Locale.KOREAN)));
        robot.clickOn("#console-input").write("help").type(KeyCode.ENTER);
        assertTrue(console.outputText().startsWith("$ kubectl help\n콘솔은"), console.outputText());
    }

    @Test
    void theOutputKeepsOnlyTheLastLines(FxRobot robot) {
        robot.interact(() -> {
            for (int i = 0; i < KubectlConsole.MAX_LINES + 50; i++) {
                console.submit("");
            }
        });
        String text = console.outputText();
        assertEquals(KubectlConsole.MAX_LINES, text.split("\n", -1).length - 1);
    }
}
