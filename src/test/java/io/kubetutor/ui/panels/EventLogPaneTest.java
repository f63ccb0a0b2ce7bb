package io.kubetutor.ui.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import io.kubetutor.sim.net.Action;
import io.kubetutor.sim.net.Trace;
import io.kubetutor.ui.i18n.Messages;
import io.kubetutor.ui.panels.model.EventRow;
import io.kubetutor.ui.panels.model.EventType;
import io.kubetutor.ui.panels.model.Fixtures;
import io.kubetutor.session.HopRef;
import io.kubetutor.session.SessionState;
import io.kubetutor.ui.theme.Fonts;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableRow;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The event log, packet details and "why this pod?" wired as the window wires them. */
@ExtendWith(ApplicationExtension.class)
class EventLogPaneTest {
    private EventLogPane log;
    private PacketDetailsPane details;
    private WhyThisPodPane why;
    private int fed;

    @Start
    void start(Stage stage) {
        Fonts.load();
        javafx.application.Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Messages en = Messages.of(Locale.ENGLISH);
        log = new EventLogPane(en);
        details = new PacketDetailsPane(en);
        why = new WhyThisPodPane(en);
        log.selectedHopProperty().addListener((o, a, ref) -> {
            if (ref != null) {
                details.show(ref);
                why.show(ref.trace());
            }
        });
        log.setPrefSize(760, 700);
        VBox right = new VBox(details, why);
        right.setPrefWidth(420);
        stage.setScene(new Scene(new HBox(log, right), 1180, 700));
        stage.show();
    }

    private void feed(FxRobot robot, Fixtures f) {
        List<SessionState> fresh = List.copyOf(f.states.subList(fed, f.states.size()));
        fed = f.states.size();
        robot.interact(() -> fresh.forEach(s -> {
            log.show(s);
            details.show(s);
            why.show(s);
        }));
    }

    private TreeItem<EventRow> lastTop() {
        List<TreeItem<EventRow>> top = log.table().getRoot().getChildren();
        return top.get(top.size() - 1);
    }

    private static int index(Trace t, Action a) {
        for (int i = 0; i < t.hops().size(); i++) {
            if (t.hops().get(i).action() == a) {
                return i;
            }
        }
        throw new AssertionError("no " + a);
    }

    @Test
    void aSentRequestAppearsAsAHeaderWithARowPerHop(FxRobot robot) {
        Fixtures f = Fixtures.with(Fixtures.WEB);
        feed(robot, f);
        Trace t = f.send("laptop", "http://192.168.1.3:30080/");
        feed(robot, f);

        TreeItem<EventRow> head = lastTop();
        assertEquals(EventRow.Kind.REQUEST, head.getValue().kind());
        assertEquals(t, head.getValue().trace());
        assertTrue(head.isExpanded());
        assertEquals(t.hops().size(), head.getChildren().size());
        for (int i = 0; i < t.hops().size(); i++) {
            assertEquals(i, head.getChildren().get(i).getValue().hop());
        }
        // Cluster events came first: the Deployment's creation is in the log too.
        assertTrue(log.table().getRoot().getChildren().stream()
                .anyMatch(c -> c.getValue().type() == EventType.CREATED));
        // Until something is picked, details and "why" show the newest request.
        assertEquals(new HopRef(t, -1), details.shown());
        assertEquals(t, why.shown());
    }

    @Test
    void clickingTheDnatHopSelectsItAndTheDetailsShowTheRewrittenDestination(FxRobot robot) {
        Fixtures f = Fixtures.with(Fixtures.WEB);
        feed(robot, f);
        Trace t = f.send("laptop", "http://192.168.1.3:30080/");
        feed(robot, f);
        int dnat = index(t, Action.DNAT);

        Node row = robot.lookup(".tree-table-row-cell").match((TreeTableRow<EventRow> r) -> r.getItem() != null
                && r.getItem().trace() == t && r.getItem().hop() == dnat).query();
        robot.clickOn(row);

        assertEquals(new HopRef(t, dnat), log.selectedHopProperty().get());
        assertEquals(new HopRef(t, dnat), details.shown());
        String packet = details.valueText("packet");
        assertTrue(packet.contains("192.168.1.3:30080\n→ " + t.podAddress()), packet);
        Node dst = robot.lookup("#packet-dst").query();
        assertTrue(dst.getStyleClass().contains("packet-rewritten"));
        assertTrue(robot.lookup("#packet-src").query().getStyleClass().contains("packet-kept"));
        assertEquals("NodePort 30080 → Service default/web:http", details.valueText("rule"));
        assertTrue(why.text().contains(t.pod() + " on " + t.node() + " answered"), why.text());
    }

    @Test
    void followingThePlaybackSelectsTheHopWithoutSettingTheSelection(FxRobot robot) {
        Fixtures f = Fixtures.with(Fixtures.WEB);
        feed(robot, f);
        Trace t = f.send("laptop", "http://192.168.1.3:30080/");
        feed(robot, f);
        robot.interact(() -> log.select(new HopRef(t, 3)));
        EventRow selected = log.table().getSelectionModel().getSelectedItem().getValue();
        assertEquals(3, selected.hop());
        assertEquals(t, selected.trace());
        assertNull(log.selectedHopProperty().get());
    }

    @Test
    void theFilterAndTheToggleButtonsNarrowTheRows(FxRobot robot) {
        Fixtures f = Fixtures.with(Fixtures.ODD_SERVICES);
        feed(robot, f);
        f.send("laptop", "http://192.168.1.2:30091/");
        feed(robot, f);
        int all = log.table().getRoot().getChildren().size();

        robot.clickOn("#event-log-drops");
        List<TreeItem<EventRow>> drops = log.table().getRoot().getChildren();
        assertEquals(1, drops.size());
        assertEquals(EventRow.Kind.REQUEST, drops.get(0).getValue().kind());
        robot.clickOn("#event-log-drops");

        robot.clickOn("#event-log-traffic");
        assertEquals(all - 1, log.table().getRoot().getChildren().size());
        robot.clickOn("#event-log-traffic");

        robot.clickOn("#event-log-filter").write("REJECT");
        List<TreeItem<EventRow>> matched = log.table().getRoot().getChildren();
        assertEquals(1, matched.size());
        assertTrue(matched.get(0).getChildren().stream().allMatch(c -> c.getValue().type() == EventType.REJECT));
        robot.interact(() -> log.setMessages(Messages.of(Locale.KOREAN)));
        assertEquals(1, log.table().getRoot().getChildren().size(), "REJECT is the chip's word in Korean too");
    }

    @Test
    void theLogKeepsAtMostItsRowLimitAndClearEmptiesIt(FxRobot robot) {
        Fixtures f = Fixtures.with(Fixtures.WEB);
        robot.interact(() -> {
            log = new EventLogPane(Messages.of(Locale.ENGLISH), 60);
            ((HBox) details.getScene().getRoot()).getChildren().set(0, log);
        });
        feed(robot, f);
        f.session.send("laptop", "http://192.168.1.3:30080/", io.kubetutor.sim.net.RequestKind.CURL, 20);
        feed(robot, f);
        assertTrue(log.rowCount() <= 60, "rows " + log.rowCount());
        assertEquals(EventRow.Kind.REQUEST, lastTop().getValue().kind());

        robot.interact(log::clear);
        assertEquals(0, log.rowCount());
        assertTrue(log.table().getRoot().getChildren().isEmpty());
    }

    @Test
    void newRowsKeepTheNewestInViewUnlessTheUserScrolledUp(FxRobot robot) {
        Fixtures f = Fixtures.with(Fixtures.WEB);
        feed(robot, f);
        f.send("laptop", "http://192.168.1.3:30080/");
        feed(robot, f);
        javafx.scene.control.skin.VirtualFlow<?> flow = robot.lookup(".virtual-flow").query();
        int last = log.table().getExpandedItemCount() - 1;
        assertEquals(last, flow.getLastVisibleCell().getIndex(), "follows the newest row");

        robot.interact(() -> log.table().scrollTo(0));
        f.send("laptop", "http://192.168.1.3:30080/");
        feed(robot, f);
        assertEquals(0, flow.getFirstVisibleCell().getIndex(), "stays where the user scrolled");
    }
}
