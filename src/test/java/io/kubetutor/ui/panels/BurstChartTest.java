package io.kubetutor.ui.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import io.kubetutor.sim.net.RequestKind;
import io.kubetutor.ui.i18n.Messages;
import io.kubetutor.ui.panels.model.BurstBars;
import io.kubetutor.ui.panels.model.Fixtures;
import io.kubetutor.ui.theme.Fonts;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The burst chart and "why this pod?" with real data. */
@ExtendWith(ApplicationExtension.class)
class BurstChartTest {
    private BurstChart chart;
    private WhyThisPodPane why;

    @Start
    void start(Stage stage) {
        Fonts.load();
        javafx.application.Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        chart = new BurstChart(Messages.of(Locale.ENGLISH));
        why = new WhyThisPodPane(Messages.of(Locale.ENGLISH));
        chart.setPrefSize(380, 400);
        why.setPrefSize(380, 400);
        stage.setScene(new Scene(new VBox(chart, why), 380, 800));
        stage.show();
    }

    @Test
    void aBurstOf300FillsThreePodBarsWhoseCountsSumTo300(FxRobot robot) {
        Fixtures f = Fixtures.with(Fixtures.WEB);
        assertTrue(robot.lookup("#burst-none").query().isVisible());
        f.session.burst("laptop", "http://192.168.1.3:30080/", RequestKind.CURL, 300, true);
        robot.interact(() -> f.states.forEach(chart::show));

        BurstBars bars = chart.bars();
        assertEquals(3, bars.pods().size());
        assertEquals(300, bars.pods().stream().mapToInt(BurstBars.Bar::count).sum());
        GridPane grid = robot.lookup("#burst-grid").queryAs(GridPane.class);
        List<String> names = grid.getChildren().stream().filter(n -> n.getStyleClass().contains("burst-pod-name"))
                .map(n -> ((Label) n).getText()).toList();
        assertEquals(bars.pods().stream().map(BurstBars.Bar::label).toList(), names);
        int shownTotal = grid.getChildren().stream().filter(n -> n.getStyleClass().contains("burst-pod-count"))
                .mapToInt(n -> Integer.parseInt(((Label) n).getText().split(" ")[0])).sum();
        assertEquals(300, shownTotal);
        assertEquals("✓ delivered: 300",
                ((Label) robot.lookup("#burst-outcomes").queryAs(javafx.scene.layout.FlowPane.class)
                        .getChildren().get(0)).getText());
        assertFalse(robot.lookup("#burst-note").tryQuery().isPresent(), "an even spread needs no note");

        // The bars grow in; once grown, the longest fills its track (the wait is only a hang guard).
        try {
            WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> {
                Region longest = robot.lookup(".pod-bar").queryAllAs(Region.class).stream()
                        .max(java.util.Comparator.comparingDouble(Region::getWidth)).orElseThrow();
                double track = ((Region) longest.getParent()).getWidth();
                return track > 0 && Math.abs(track - longest.getWidth()) < 1.0;
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the longest bar never filled its track", e);
        }
    }

    @Test
    void aNewBurstReplacesTheOldOneOnlyWhenItsSequenceChanges(FxRobot robot) {
        Fixtures f = Fixtures.with(Fixtures.SPLIT);
        f.session.burst("laptop", "http://192.168.1.2:30090/", RequestKind.CURL, 200, true);
        robot.interact(() -> f.states.forEach(chart::show));
        BurstBars first = chart.bars();
        assertEquals(BurstBars.Uneven.LOCAL_POLICY, first.uneven());
        assertTrue(robot.lookup("#burst-note").queryAs(Label.class).getText().startsWith("Uneven on purpose"));

        f.session.advanceBy(1_000);
        robot.interact(() -> chart.show(f.last()));
        assertEquals(first, chart.bars(), "a state without a new burst keeps the chart");
    }

    @Test
    void whyThisPodNamesTheChosenPodAndMarksIt(FxRobot robot) {
        Fixtures f = Fixtures.with(Fixtures.WEB);
        var t = f.send("laptop", "http://192.168.1.3:30080/");
        robot.interact(() -> why.show(t));
        assertEquals(t.pod() + " on " + t.node() + " answered",
                robot.lookup("#why-headline").queryAs(Label.class).getText());
        List<javafx.scene.Node> chosen = robot.lookup(".why-candidate.chosen").queryAll().stream().toList();
        assertEquals(1, chosen.size());
        assertTrue(why.text().contains("➜\n"));
        robot.interact(() -> why.setMessages(Messages.of(Locale.KOREAN)));
        assertEquals(t.node() + "의 " + t.pod() + "이(가) 응답했습니다",
                robot.lookup("#why-headline").queryAs(Label.class).getText());
    }
}
