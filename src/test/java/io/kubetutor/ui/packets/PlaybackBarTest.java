package io.kubetutor.ui.packets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import io.kubetutor.sim.net.Trace;
import io.kubetutor.ui.i18n.Messages;
import io.kubetutor.ui.playback.FakeLayout;
import io.kubetutor.ui.playback.Playback;
import io.kubetutor.ui.playback.PlaybackClock;
import io.kubetutor.ui.playback.Traces;
import io.kubetutor.ui.theme.Fonts;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The playback bar drives the one clock and the playback, and says so in both languages. */
@ExtendWith(ApplicationExtension.class)
class PlaybackBarTest {
    private static Trace trace;
    private final PlaybackClock clock = new PlaybackClock();
    private Playback playback;
    private PlaybackBar bar;

    @BeforeAll
    static void aRequest() {
        trace = new Traces(Traces.webNodePort(3, "Cluster")).curl("laptop", "http://192.168.1.3:30080/");
    }

    @Start
    void start(Stage stage) {
        Fonts.load();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        playback = new Playback(clock, FakeLayout.threeNodes());
        playback.enqueue(List.of(trace));
        bar = new PlaybackBar(Messages.of(Locale.ENGLISH), clock, playback);
        stage.setScene(new Scene(bar, 900, 60));
        stage.show();
    }

    @Test
    void playPauseTogglesTheClockAndSaysWhatItWillDo(FxRobot robot) {
        Button b = robot.lookup("#playback-play-pause").queryAs(Button.class);
        assertTrue(clock.isPlaying());
        assertEquals("Pause", b.getText());
        assertTrue(b.getTooltip().getText().endsWith("(Space)"));
        robot.clickOn(b);
        assertFalse(clock.isPlaying());
        assertEquals("Play", b.getText());
    }

    @Test
    void theStepButtonsMoveTheFollowedPacketHopByHopAndPause(FxRobot robot) {
        robot.clickOn("#playback-step-forward");
        assertEquals(1, playback.current().hop());
        assertFalse(clock.isPlaying());
        robot.clickOn("#playback-step-forward");
        robot.clickOn("#playback-step-back");
        assertEquals(1, playback.current().hop());
        assertEquals("Play", robot.lookup("#playback-play-pause").queryAs(Button.class).getText());
    }

    @Test
    void theControlsWorkFromTheKeyboard(FxRobot robot) {
        robot.interact(() -> robot.lookup("#playback-step-forward").queryAs(Button.class).requestFocus());
        robot.type(KeyCode.SPACE);
        assertEquals(1, playback.current().hop());
    }

    @Test
    void theSpeedChoiceAndTheShortcutsStayInStep(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ChoiceBox<Double> speed = robot.lookup("#playback-speed").queryAs(ChoiceBox.class);
        assertEquals(1.0, speed.getValue());
        robot.interact(() -> speed.setValue(0.25));
        assertEquals(0.25, clock.speed());
        robot.interact(clock::faster);
        assertEquals(0.5, speed.getValue());
        assertEquals("0.5×", speed.getConverter().toString(speed.getValue()));
    }

    @Test
    void theShortcutsTheTooltipsPromiseDriveTheClockAndThePlayback(FxRobot robot) {
        var keys = bar.shortcuts();
        robot.interact(() -> keys.get(new javafx.scene.input.KeyCodeCombination(KeyCode.PLUS)).run());
        assertEquals(2.0, clock.speed());
        robot.interact(() -> keys.get(new javafx.scene.input.KeyCodeCombination(KeyCode.MINUS)).run());
        robot.interact(() -> keys.get(new javafx.scene.input.KeyCodeCombination(KeyCode.MINUS)).run());
        assertEquals(0.5, clock.speed());
        robot.interact(() -> keys.get(new javafx.scene.input.KeyCodeCombination(KeyCode.RIGHT)).run());
        assertEquals(1, playback.current().hop());
        assertFalse(clock.isPlaying());
        robot.interact(() -> keys.get(new javafx.scene.input.KeyCodeCombination(KeyCode.SPACE)).run());
        assertTrue(clock.isPlaying());
        assertEquals("0.5×", robot.lookup("#playback-speed").queryAs(ChoiceBox.class).getConverter()
                .toString(0.5));
    }

    @Test
    void theReadoutShowsVirtualTimeInTenthsOfASecond(FxRobot robot) {
        clock.advance(0);
        for (long ms = 200; ms <= 12_400; ms += 200) {
            clock.advance(ms * 1_000_000L);
        }
        robot.interact(bar::refresh);
        assertEquals("t = 12.4 s", robot.lookup("#playback-time").queryAs(Label.class).getText());
        robot.interact(() -> bar.setTimeSource(() -> 61_050));
        assertEquals("t = 61.0 s", bar.timeText());
    }

    @Test
    void switchingToKoreanRelabelsEverythingInPlace(FxRobot robot) {
        robot.interact(() -> bar.setMessages(Messages.of(Locale.KOREAN)));
        assertEquals("일시 정지", robot.lookup("#playback-play-pause").queryAs(Button.class).getText());
        assertEquals("다시 보기", robot.lookup("#playback-replay").queryAs(Button.class).getText());
        assertEquals("t = 0.0초", bar.timeText());
        assertTrue(robot.lookup("#playback-step-back").queryAs(Button.class).getTooltip().getText().endsWith("(←)"));
    }
}
