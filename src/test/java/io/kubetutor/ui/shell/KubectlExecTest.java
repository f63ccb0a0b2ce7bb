package io.kubetutor.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.sim.net.Outcome;
import io.kubetutor.session.HopRef;
import java.nio.file.Path;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The kubectl console at the bottom of the whole window: what is typed runs against the window's
 * cluster, prints as kubectl prints, and a curl from inside a pod plays as packets like any request.
 */
@ExtendWith(ApplicationExtension.class)
class KubectlExecTest {
    @TempDir
    static Path data;

    private WindowDriver w;

    @Start
    void start(Stage stage) {
        w = WindowDriver.open(stage, data);
    }

    private void startWeb() {
        w.apply(MainWindowTest.DEPLOYMENT + MainWindowTest.SERVICE + "\n", "web-", 3);
    }

    private void type(FxRobot robot, String line) {
        robot.clickOn("#console-input").write(line).type(KeyCode.ENTER);
    }

    private String output() {
        return w.parts().console().outputText();
    }

    @Test
    void curlFromInsideAPodPrintsTheBodyAndPlaysItsTrace(FxRobot robot) {
        startWeb();
        String pod = w.podNames("web-").get(0);
        int rowsBefore = w.parts().eventLog().rowCount();

        type(robot, "kubectl exec " + pod + " -- curl -s http://web");

        WindowDriver.waitUntil("nginx's page in the console", () -> output().contains("<title>Welcome to nginx!</title>"));
        assertTrue(output().startsWith("$ kubectl exec " + pod + " -- curl -s http://web\n"), output());
        WindowDriver.waitUntil("the request plays", () -> w.parts().playback().current() != null);
        HopRef playing = w.parts().playback().current();
        assertEquals(pod, playing.trace().from().replaceFirst("^default/", ""), playing.trace().toString());
        assertEquals(Outcome.DELIVERED, playing.trace().outcome());
        WindowDriver.waitUntil("the event log lists its hops", () -> w.parts().eventLog().rowCount() > rowsBefore);
    }

    @Test
    void getSvcPrintsKubectlsTableHeader(FxRobot robot) {
        startWeb();

        type(robot, "kubectl get svc");

        WindowDriver.waitUntil("a table in the console", () -> output().lines().count() >= 4);
        String header = output().lines().skip(1).findFirst().orElseThrow();
        assertTrue(header.matches("NAME +TYPE +CLUSTER-IP +EXTERNAL-IP +PORT\\(S\\) +AGE"), header);
        assertTrue(output().lines().anyMatch(l -> l.matches("web +NodePort +10\\.\\S+ +<none> +80:30080/TCP +\\S+")),
                output());
    }

    @Test
    void upRecallsThePreviousCommand(FxRobot robot) {
        startWeb();
        type(robot, "kubectl get pods");
        WindowDriver.waitUntil("the pods listed", () -> output().contains("web-"));

        robot.clickOn("#console-input").type(KeyCode.UP);

        assertEquals("kubectl get pods", robot.lookup("#console-input").queryAs(TextField.class).getText());
    }
}
