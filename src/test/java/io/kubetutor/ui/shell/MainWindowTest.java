package io.kubetutor.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.Pod;
import io.kubetutor.model.Service;
import io.kubetutor.sim.net.Outcome;
import io.kubetutor.ui.editor.Problem;
import io.kubetutor.session.SessionState;
import io.kubetutor.ui.theme.Fonts;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The flows a learner uses, through the whole window on headless Monocle: the editor, the engine
 * thread, the dispatcher and the views together.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              replicas: 3
              selector: {matchLabels: {app: web}}
              template:
                metadata: {labels: {app: web}}
                spec: {containers: [{name: web, image: nginx, ports: [{containerPort: 80}]}]}
            ---
            """;
    static final String SERVICE = "{apiVersion: v1, kind: Service, metadata: {name: web}, spec: {type: NodePort, "
            + "selector: {app: web}, ports: [{port: 80, nodePort: 30080}]}}";

    @TempDir
    static Path data;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        Fonts.load();
        Themes.apply("light");
        window = new MainWindow(stage, WindowSettings.load(data.resolve("settings.properties")),
                ClusterTopology.defaults(), Locale.ENGLISH);
        WindowDriver.freshStage(stage);
        window.show();
        WindowDriver.placeOnScreen(stage);
        window.parts().clock().pause();
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the window never got there", e);
        }
    }

    private SessionState latest() {
        return window.parts().dispatcher().latest();
    }

    private void waitForState(Predicate<SessionState> p) {
        waitUntil(() -> latest() != null && p.test(latest()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void applied(String text) {
        robotFx(() -> window.parts().editor().setText(text));
        waitForState(s -> s.snapshot().all(Pod.class).stream().filter(p -> p.name().startsWith("web-")).count() == 3);
        window.parts().session().advanceBy(30_000);
        waitForState(s -> s.now() >= 30_000);
    }

    private static void robotFx(Runnable r) {
        WaitForAsyncUtils.asyncFx(r);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void typingAServiceIntoTheEditorMakesItAppearInTheTopologyAndTheEndpointsTab(FxRobot robot) {
        applied(DEPLOYMENT);
        // Keys go to the focused editor; a click would depend on where the headless screen lays it out.
        robotFx(() -> window.parts().editor().requestFocus());
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.END);
        robot.write(SERVICE);
        waitForState(s -> s.snapshot().get(Service.class, "default", "web").isPresent());
        waitUntil(() -> window.parts().topology().elementNode("svc:default/web") != null);
        waitUntil(() -> robot.lookup("#endpoints-group-default-web").tryQuery().isPresent());
        assertEquals(3, robot.lookup(".endpoint-pod").queryAll().size());
    }

    @Test
    void anInvalidNodePortShowsTheApiMessageAtItsLine(FxRobot robot) {
        String text = DEPLOYMENT + "apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n  type: NodePort\n"
                + "  selector: {app: web}\n  ports:\n  - port: 80\n    nodePort: 80\n";
        robotFx(() -> window.parts().editor().setText(text));
        waitUntil(() -> robot.lookup(".problem-row").queryAllAs(ListCell.class).stream()
                .anyMatch(c -> c.getItem() != null));
        Problem p = (Problem) robot.lookup(".problem-row").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() != null).findFirst().orElseThrow().getItem();
        assertEquals(19, p.line());
        assertEquals(15, p.column());
        assertTrue(p.message().contains("Invalid value: 80: provided port is not in the valid range. "
                + "The range of valid ports is 30000-32767"), p.message());
    }

    @Test
    void aRequestFromTheLaptopPlaysItsTraceAndIsLogged(FxRobot robot) {
        applied(DEPLOYMENT + SERVICE + "\n");
        int before = window.parts().eventLog().rowCount();
        robotFx(() -> {
            window.parts().traffic().selectClient("laptop");
            window.parts().traffic().selectTarget("http://192.168.1.3:30080/");
            window.parts().traffic().send();
        });
        waitForState(s -> !s.newTraces().isEmpty());
        assertEquals(Outcome.DELIVERED, latest().newTraces().get(0).outcome());
        waitUntil(() -> window.parts().eventLog().rowCount() > before + 3);
        waitUntil(() -> window.parts().playback().busy());
        robotFx(() -> window.stepForward());
        assertNotNull(window.parts().playback().current());
    }

    @Test
    void deletingAPodUpdatesTheEndpoints(FxRobot robot) {
        applied(DEPLOYMENT + SERVICE + "\n");
        waitUntil(() -> robot.lookup(".endpoint-pod").queryAll().size() == 3);
        String victim = latest().snapshot().all(Pod.class).stream().filter(p -> p.name().startsWith("web-"))
                .findFirst().orElseThrow().name();
        robotFx(() -> window.parts().session().kubectl(java.util.List.of("delete", "pod", victim, "--wait=false")));
        window.parts().session().advanceBy(40_000);
        waitForState(s -> s.snapshot().get(Pod.class, "default", victim).isEmpty());
        waitUntil(() -> robot.lookup(".endpoint-pod").queryAllAs(javafx.scene.control.Label.class).stream()
                .noneMatch(l -> l.getText().contains(victim.substring(victim.length() - 5))));
    }

    @Test
    void aBurstFillsTheChart(FxRobot robot) {
        applied(DEPLOYMENT + SERVICE + "\n");
        robotFx(() -> {
            window.parts().traffic().selectTarget("http://192.168.1.3:30080/");
            window.parts().session().burst("laptop", "http://192.168.1.3:30080/",
                    io.kubetutor.sim.net.RequestKind.CURL, 300, true);
        });
        waitUntil(() -> robot.lookup("#burst-side").query().isVisible());
        waitUntil(() -> window.parts().burstChart().bars() != null
                && window.parts().burstChart().bars().pods().stream().mapToInt(b -> b.count()).sum() == 300);
        assertEquals(3, window.parts().burstChart().bars().pods().size());
    }

    @Test
    void theLanguageSwitchesWithoutLosingTheText(FxRobot robot) {
        applied(DEPLOYMENT);
        robotFx(() -> window.setLanguage(Locale.KOREAN));
        assertEquals("엔드포인트", robot.lookup(".right-tabs").queryAs(javafx.scene.control.TabPane.class)
                .getTabs().get(0).getText());
        assertTrue(window.parts().editor().getText().startsWith(DEPLOYMENT.substring(0, 20)));
    }
}
