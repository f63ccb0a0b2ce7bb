package io.kubetutor.ui.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerDark;
import io.kubetutor.ui.i18n.Messages;
import io.kubetutor.ui.panels.model.EndpointRow;
import io.kubetutor.ui.panels.model.EndpointState;
import io.kubetutor.ui.panels.model.Fixtures;
import io.kubetutor.session.SessionState;
import io.kubetutor.ui.theme.Fonts;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Endpoints panel on headless Monocle, fed the states of a real Session. */
@ExtendWith(ApplicationExtension.class)
class EndpointsPaneTest {
    private EndpointsPane pane;
    private int fed;

    @Start
    void start(Stage stage) {
        Fonts.load();
        javafx.application.Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
        pane = new EndpointsPane(Messages.of(Locale.ENGLISH));
        stage.setScene(new Scene(pane, 420, 640));
        stage.show();
    }

    /** Shows every state published since the last call, in order, on the FX thread. */
    private void feed(FxRobot robot, Fixtures f) {
        List<SessionState> fresh = List.copyOf(f.states.subList(fed, f.states.size()));
        fed = f.states.size();
        robot.interact(() -> fresh.forEach(pane::show));
    }

    private Map<String, EndpointRowView> webRows() {
        return pane.rowViews().entrySet().stream().filter(e -> e.getKey().startsWith("default/web "))
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Test
    void aServiceWithThreeReplicasShowsThreeReadyRowsUnderItsHeader(FxRobot robot) {
        Fixtures f = Fixtures.with(Fixtures.WEB);
        feed(robot, f);
        assertTrue(robot.lookup("#endpoints-group-default-web").tryQuery().isPresent());
        Map<String, EndpointRowView> rows = webRows();
        assertEquals(3, rows.size());
        assertTrue(rows.values().stream().allMatch(v -> v.row().state() == EndpointState.READY));
        for (var pod : f.pods("web-")) {
            String name = pod.metadata().name();
            assertTrue(robot.lookup(".endpoint-pod").queryAllAs(Label.class).stream()
                    .anyMatch(l -> l.getText().equals(name)), name);
        }
        assertFalse(robot.lookup("#endpoints-empty").query().isVisible());
    }

    @Test
    void deletingAPodFadesItsRowOutAndTheReplacementFlashesIn(FxRobot robot) {
        Fixtures f = Fixtures.with(Fixtures.WEB);
        feed(robot, f);
        String victim = f.pods("web-").get(0).metadata().name();
        String victimKey = webRows().entrySet().stream().filter(e -> victim.equals(e.getValue().row().pod()))
                .findFirst().orElseThrow().getKey();
        List<String> before = List.copyOf(webRows().keySet());

        f.kubectl("delete", "pod", victim);
        f.session.advanceBy(30_000);
        robot.interact(() -> {
            List<SessionState> fresh = List.copyOf(f.states.subList(fed, f.states.size()));
            fed = f.states.size();
            fresh.forEach(pane::show);
            // Checked in the same pulse, while the fade and the flash run.
            EndpointRowView leaving = pane.rowViews().get(victimKey);
            assertTrue(leaving != null && leaving.leavingNow(), "the deleted pod's row fades out");
            List<EndpointRowView> added = webRows().entrySet().stream()
                    .filter(e -> !before.contains(e.getKey())).map(Map.Entry::getValue).toList();
            assertEquals(1, added.size());
            EndpointRow fresh1 = added.get(0).row();
            assertTrue(fresh1.pod().startsWith("web-") && !fresh1.pod().equals(victim));
            assertTrue(added.get(0).flashing(), "the new row flashes");
            assertTrue(added.get(0).cells().get(0).getStyleClass().contains(EndpointRowView.FLASHING));
        });
        waitUntil(() -> !pane.rowViews().containsKey(victimKey));
        assertEquals(3, webRows().size());
        waitUntil(() -> webRows().values().stream().noneMatch(EndpointRowView::flashing));
    }

    @Test
    void withoutServicesItSaysHowToStartAndSystemServicesAreHiddenUntilAsked(FxRobot robot) {
        Fixtures f = Fixtures.with("");
        feed(robot, f);
        Label empty = robot.lookup("#endpoints-empty").queryAs(Label.class);
        assertTrue(empty.isVisible());
        assertEquals("No Services yet — type one in the editor", empty.getText());
        assertFalse(robot.lookup("#endpoints-group-kube-system-kube-dns").tryQuery().isPresent());

        robot.interact(() -> pane.setShowSystem(true));
        assertTrue(robot.lookup("#endpoints-group-kube-system-kube-dns").tryQuery().isPresent());
        assertFalse(empty.isVisible());

        robot.interact(() -> {
            pane.setShowSystem(false);
            pane.setMessages(Messages.of(Locale.KOREAN));
        });
        assertEquals("아직 서비스가 없습니다 — 에디터에 서비스를 작성해 보세요", empty.getText());
    }

    @Test
    void aServiceWithoutEndpointsSaysWhyInsteadOfRows(FxRobot robot) {
        Fixtures f = Fixtures.with(Fixtures.ODD_SERVICES);
        feed(robot, f);
        assertTrue(robot.lookup(".endpoints-none").queryAllAs(Label.class).stream().anyMatch(l -> l.getText()
                .equals("No endpoints: the selector app=nothing matches no running pod")));
        assertTrue(robot.lookup(".endpoint-pod").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("no pod")));
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 5 s (a hang guard, not a timing check)", e);
        }
    }
}
