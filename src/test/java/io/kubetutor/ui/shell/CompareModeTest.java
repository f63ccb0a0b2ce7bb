package io.kubetutor.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.sim.net.Action;
import io.kubetutor.sim.net.Outcome;
import io.kubetutor.sim.net.Trace;
import io.kubetutor.ui.actions.ManifestVariants;
import io.kubetutor.ui.layout.PodHealth;
import io.kubetutor.session.NodeStatus;
import io.kubetutor.ui.topology.TopologyView;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Compare mode through the whole window: the topology splits into A (the text as written) and B
 * (one field flipped), every request and step goes to both, and the difference the flip makes is
 * what the learner sees side by side.
 */
@ExtendWith(ApplicationExtension.class)
class CompareModeTest {
    /** One replica behind a NodePort: two of the three nodes have no local endpoint. */
    static final String ONE_REPLICA = MainWindowTest.DEPLOYMENT.replace("replicas: 3", "replicas: 1")
            + MainWindowTest.SERVICE + "\n";

    @TempDir
    static Path data;

    private WindowDriver w;

    @Start
    void start(Stage stage) {
        w = WindowDriver.open(stage, data);
    }

    private String startOneReplica() {
        w.apply(ONE_REPLICA, "web-", 1);
        return w.podNames("web-").get(0);
    }

    private void compareOn(String pod) {
        WindowDriver.onFx(() -> w.window.setCompare(true));
        sideBShowsReady(pod);
    }

    private void sideBShowsReady(String pod) {
        WindowDriver.waitUntil("side B shows the web pod ready", () -> w.sideB() != null && w.sideB().model() != null
                && w.sideB().model().pod("default/" + pod) != null
                && w.sideB().model().pod("default/" + pod).health() == PodHealth.READY);
    }

    private String headerB() {
        return ((Label) w.sideB().getParent().lookup(".compare-header")).getText();
    }

    private TopologyView sideA() {
        return w.parts().topology();
    }

    private static String url(NodeStatus node) {
        return "http://" + node.ip() + ":30080/";
    }

    @Test
    void compareSplitsTheTopologyInTwoAndTheToggleJoinsItAgain(FxRobot robot) {
        String pod = startOneReplica();
        assertEquals(1, w.topologiesShown());

        compareOn(pod);

        assertEquals(2, w.topologiesShown());
        assertNotNull(sideA().getScene(), "A is still drawn, on the left");
        assertTrue(headerB().contains("spec.externalTrafficPolicy: Cluster → Local"), headerB());
        ToggleButton toggle = robot.lookup("#compare-toggle").queryAs(ToggleButton.class);
        assertTrue(toggle.isSelected());

        robot.clickOn(toggle);
        WindowDriver.waitUntil("one topology again", () -> w.topologiesShown() == 1);
        assertNull(w.sideB());
        assertNotNull(sideA().getScene());

        robot.clickOn(toggle);
        WindowDriver.waitUntil("split again by the toggle", () -> w.topologiesShown() == 2);
    }

    @Test
    void aRequestSentPlaysOnBothSides() {
        String pod = startOneReplica();
        compareOn(pod);
        NodeStatus home = w.node(w.pod(pod).spec().nodeName());

        w.send("laptop", url(home));

        WindowDriver.waitUntil("A plays the request", () -> !WindowDriver.packets(w.parts().packets()).isEmpty());
        WindowDriver.waitUntil("B plays it too", () -> !WindowDriver.packets(w.sideB().packetLayer()).isEmpty());
    }

    @Test
    void withExternalTrafficPolicyLocalOnBAnEntryNodeWithoutThePodDropsWhereAForwardsWithSnat() {
        String pod = startOneReplica();
        compareOn(pod);
        String home = w.pod(pod).spec().nodeName();
        NodeStatus entry = w.latest().nodes().stream().filter(n -> !n.name().equals(home)).findFirst().orElseThrow();

        w.send("laptop", url(entry));
        WindowDriver.waitUntil("A plays the request", () -> w.parts().playback().current() != null);
        Trace a = w.parts().playback().current().trace();
        w.stepForward(a.hops().size() + 2);

        assertEquals(Outcome.DELIVERED, a.outcome());
        assertEquals(entry.name(), a.entryNode());
        assertEquals(home, a.node());
        assertTrue(a.hops().stream().anyMatch(h -> h.action() == Action.SNAT), "A masquerades to the entry node");
        assertEquals(entry.ip(), a.sourceIpSeenByPod());
        WindowDriver.waitUntil("A's packet ends delivered", () -> WindowDriver.packetBadges(w.parts().packets())
                .equals(List.of(w.window.messages().text("playback.state.delivered"))));
        WindowDriver.waitUntil("B's packet ends dropped", () -> WindowDriver.packetBadges(w.sideB().packetLayer())
                .equals(List.of(w.window.messages().text("playback.state.dropped"))));
    }

    @Test
    void steppingForwardStepsBothSidesInStep(FxRobot robot) {
        String pod = startOneReplica();
        compareOn(pod);
        // sessionAffinity changes nothing for a single request: both sides take the same path.
        ChoiceBox<?> flip = flipChooser();
        robot.clickOn(flip);
        robot.clickOn(ComparePane.flipName(ManifestVariants.Flip.SESSION_AFFINITY));
        WindowDriver.waitUntil("B flips sessionAffinity", () -> w.sideB() != null
                && headerB().contains("spec.sessionAffinity: None → ClientIP"));
        sideBShowsReady(pod);
        NodeStatus home = w.node(w.pod(pod).spec().nodeName());

        w.send("laptop", url(home));
        WindowDriver.waitUntil("A plays the request", () -> w.parts().playback().current() != null);
        Trace a = w.parts().playback().current().trace();
        WindowDriver.waitUntil("B plays it too", () -> !WindowDriver.packets(w.sideB().packetLayer()).isEmpty());

        for (int hop = 1; hop < a.hops().size(); hop++) {
            w.stepForward(1);
            int expectedHop = hop;
            WindowDriver.waitUntil("A at hop " + hop, () -> w.parts().playback().current().hop() == expectedHop);
            WindowDriver.waitUntil("B drawn where A is, with the same addresses, at hop " + hop,
                    () -> WindowDriver.packets(w.sideB().packetLayer()).equals(WindowDriver.packets(w.parts().packets())));
        }
    }

    @Test
    void timeThatPassesWhileComparingPassesOnSideBToo() {
        String pod = startOneReplica();
        compareOn(pod);

        WindowDriver.onFx(() -> w.parts().editor().setText(ONE_REPLICA.replace("replicas: 1", "replicas: 2")));
        w.waitForState("A runs two pods", s -> WindowDriver.podNames(s, "web-").size() == 2);
        w.advance(30_000);

        WindowDriver.waitUntil("B shows both pods ready", () -> w.sideB().model().pods().stream()
                .filter(p -> p.name().startsWith("web-") && p.health() == PodHealth.READY).count() == 2);
    }

    private ChoiceBox<?> flipChooser() {
        for (Node n : w.sideB().getParent().lookupAll(".choice-box")) {
            if (n instanceof ChoiceBox<?> c) {
                return c;
            }
        }
        throw new AssertionError("no flip chooser over side B");
    }
}
