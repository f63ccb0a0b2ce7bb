package io.kubetutor.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The desktop app starts on headless Monocle and shows its window. */
@ExtendWith(ApplicationExtension.class)
class TutorAppTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        new TutorApp().start(stage);
    }

    @Test
    void windowOpensWithTheProductTitle(FxRobot robot) {
        assertTrue(stage.isShowing());
        assertEquals("Kube Service Tutor", stage.getTitle());
        assertEquals("Kube Service Tutor", robot.lookup("#title").queryAs(Label.class).getText());
    }
}
