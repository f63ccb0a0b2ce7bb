package io.kubetutor.ui.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import io.kubetutor.sim.net.RequestKind;
import io.kubetutor.ui.console.SessionStates;
import io.kubetutor.ui.i18n.Messages;
import io.kubetutor.session.SessionState;
import io.kubetutor.ui.theme.Fonts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The traffic controls hand the learner's choices to the window's callbacks. */
@ExtendWith(ApplicationExtension.class)
class TrafficControlsTest {
    private static final SessionState STATE = SessionStates.after(SessionStates.WEB);
    private final List<String> calls = new ArrayList<>();
    private TrafficControls controls;

    @Start
    void start(Stage stage) {
        Fonts.load();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        controls = new TrafficControls(Messages.of(Locale.ENGLISH));
        controls.setOnSend((from, to, kind, count) -> calls.add("send " + from + " " + to + " " + kind + " " + count));
        controls.setOnBurst((from, to, kind, count, spread) -> calls.add("burst " + from + " " + to + " " + kind + " "
                + count + " " + spread));
        controls.setOnCloseConnections(() -> calls.add("close"));
        controls.show(STATE);
        stage.setScene(new Scene(new ToolBar(controls), 1280, 60));
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ComboBox.class);
    }

    @Test
    void sendFiresWithTheChosenClientTargetKindAndCount(FxRobot robot) {
        robot.interact(() -> {
            assertTrue(controls.selectClient("node2"));
            controls.selectTarget("http://web:80/");
            combo(robot, "#traffic-kind").setValue(RequestKind.KEEP_ALIVE);
            robot.lookup("#traffic-count").queryAs(Spinner.class).getValueFactory().setValue(7);
        });
        robot.clickOn("#traffic-send");
        assertEquals(List.of("send node2 http://web:80/ KEEP_ALIVE 7"), calls);
    }

    @Test
    void theFirstTargetThatWorksFromTheLaptopIsFilledInAndEnterInTheFieldSends(FxRobot robot) {
        assertEquals("http://192.168.1.2:30080/", controls.targetText());
        robot.clickOn("#traffic-target").type(KeyCode.END).type(KeyCode.ENTER);
        assertEquals(List.of("send laptop http://192.168.1.2:30080/ CURL 1"), calls);
    }

    @Test
    void moreThanTwentyRequestsDisableSendAndBurstCarriesTheManyClientsChoice(FxRobot robot) {
        robot.interact(() -> robot.lookup("#traffic-count").queryAs(Spinner.class).getValueFactory().setValue(500));
        assertTrue(robot.lookup("#traffic-send").queryAs(Button.class).isDisabled());
        robot.clickOn("#traffic-many-clients");
        assertTrue(robot.lookup("#traffic-many-clients").queryAs(CheckBox.class).isSelected());
        robot.clickOn("#traffic-burst");
        assertEquals(List.of("burst laptop http://192.168.1.2:30080/ CURL 500 true"), calls);
    }

    @Test
    void aTargetTheTutorCannotParseIsRefusedBesideTheFieldAndNothingIsSent(FxRobot robot) {
        robot.interact(() -> controls.selectTarget("http://web:notaport/"));
        robot.clickOn("#traffic-send");
        assertEquals(List.of(), calls);
        assertEquals("⚠ " + Messages.of(Locale.ENGLISH).text("console.traffic.problem.BAD_TARGET"),
                controls.problemText());
        robot.interact(() -> controls.selectTarget("http://web/"));
        assertEquals("", controls.problemText());
    }

    @Test
    void aNewStateKeepsTheChosenClientAndTheTypedTarget(FxRobot robot) {
        robot.interact(() -> {
            controls.selectClient("node3");
            controls.selectTarget("10.0.0.1:81");
            controls.show(SessionStates.after(SessionStates.WEB.replace("replicas: 1", "replicas: 2")));
        });
        assertEquals("node3", combo(robot, "#traffic-client").getValue());
        assertEquals("10.0.0.1:81", controls.targetText());
        assertFalse(controls.selectClient("nobody"));
    }

    @Test
    void aTargetFieldTheLearnerEmptiedIsNotRefilledByTheNextState(FxRobot robot) {
        robot.interact(() -> {
            controls.selectTarget("");
            controls.show(SessionStates.after(SessionStates.WEB.replace("replicas: 1", "replicas: 3")));
        });
        assertEquals("", controls.targetText());
    }

    @Test
    void closeConnectionsAppearsForKeepAliveAndAsksTheWindow(FxRobot robot) {
        assertFalse(robot.lookup("#traffic-close").queryAs(Button.class).isVisible());
        robot.interact(() -> combo(robot, "#traffic-kind").setValue(RequestKind.KEEP_ALIVE));
        robot.clickOn("#traffic-close");
        assertEquals(List.of("close"), calls);
    }

    @Test
    void theRowFitsAToolbarAt1280PixelsInBothLanguages(FxRobot robot) {
        robot.interact(() -> combo(robot, "#traffic-kind").setValue(RequestKind.KEEP_ALIVE));
        assertTrue(controls.prefWidth(-1) < 1250, "English: " + controls.prefWidth(-1));
        robot.interact(() -> {
            controls.setMessages(Messages.of(Locale.KOREAN));
            controls.applyCss();
        });
        assertTrue(controls.prefWidth(-1) < 1250, "Korean: " + controls.prefWidth(-1));
        assertEquals("보내기", robot.lookup("#traffic-send").queryAs(Button.class).getText());
    }
}
