package io.kubetutor.ui.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.Pod;
import io.kubetutor.sim.net.Place;
import io.kubetutor.ui.i18n.Messages;
import io.kubetutor.ui.layout.PodItem;
import io.kubetutor.ui.playback.Point;
import io.kubetutor.session.NodeStatus;
import io.kubetutor.session.SessionState;
import io.kubetutor.ui.theme.Fonts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The topology view on headless Monocle, fed real states from a Session. */
@ExtendWith(ApplicationExtension.class)
class TopologyViewTest {
    private TopologyView view;
    private int shown;

    @Start
    void start(Stage stage) {
        Fonts.load();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        view = new TopologyView(Messages.of(Locale.ENGLISH));
        stage.setScene(new Scene(view, 1000, 720));
        stage.show();
    }

    /** Hands the view every state it has not seen yet, in order, on the FX thread. */
    private void feed(FxRobot robot, Clusters c) {
        List<SessionState> fresh = new ArrayList<>(c.states.subList(shown, c.states.size()));
        shown = c.states.size();
        robot.interact(() -> fresh.forEach(view::show));
    }

    private List<String> appPods() {
        return view.model().pods().stream().filter(p -> p.role() == PodItem.Role.APP).map(PodItem::id).toList();
    }

    @Test
    void applyingAServiceAndADeploymentShowsTheServiceAndThreePods(FxRobot robot) {
        Clusters c = Clusters.empty(ClusterTopology.defaults());
        feed(robot, c);
        assertNull(view.elementNode("svc:default/web"));
        c.session.applyText(Clusters.web(3, "NodePort"));
        c.session.advanceBy(30_000);
        feed(robot, c);
        Node service = view.elementNode("svc:default/web");
        assertNotNull(service);
        assertTrue(service.isVisible() && service.getScene() != null);
        assertEquals(3, appPods().size());
        for (String id : appPods()) {
            assertNotNull(view.elementNode(id).getScene(), id + " is drawn");
        }
        assertEquals(3, robot.lookup(".pod-card.role-app").queryAll().size());
        Set<String> titles = robot.lookup(".service-card .card-title").queryAllAs(Label.class).stream()
                .map(Label::getText).collect(Collectors.toSet());
        assertTrue(titles.contains("web"), titles.toString());
    }

    @Test
    void aDeletedPodsCardFadesOutAndItsReplacementAppears(FxRobot robot) throws Exception {
        Clusters c = Clusters.small();
        feed(robot, c);
        List<String> before = appPods();
        String victim = before.get(0);
        Node oldCard = view.elementNode(victim);
        c.session.kubectl(List.of("delete", "pod", victim.substring("default/".length()))).get();
        c.session.advanceBy(40_000);
        List<SessionState> fresh = new ArrayList<>(c.states.subList(shown, c.states.size()));
        shown = c.states.size();
        boolean[] fadingRightAfter = new boolean[1];
        robot.interact(() -> {
            fresh.forEach(view::show);
            fadingRightAfter[0] = oldCard.getParent() != null && oldCard.isMouseTransparent();
        });
        assertTrue(fadingRightAfter[0], "the gone pod's card is still there, fading");
        assertNull(view.elementNode(victim));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> oldCard.getParent() == null);
        List<String> after = appPods();
        assertEquals(3, after.size());
        assertTrue(after.stream().anyMatch(id -> !before.contains(id)), "a replacement pod: " + after);
        for (String id : after) {
            assertNotNull(view.elementNode(id).getScene());
        }
    }

    @Test
    void theContextMenusDeletePodCallsTheAction(FxRobot robot) {
        Clusters c = Clusters.small();
        feed(robot, c);
        List<String> calls = new ArrayList<>();
        view.setActions(new RecordingActions(calls));
        String pod = appPods().get(0);
        robot.rightClickOn(view.elementNode(pod));
        robot.clickOn("Delete pod");
        assertEquals(List.of("deletePod default " + pod.substring("default/".length())), calls);
    }

    @Test
    void clickingAPodSelectsIt(FxRobot robot) {
        Clusters c = Clusters.small();
        feed(robot, c);
        List<String> selected = new ArrayList<>();
        view.setOnSelect(selected::add);
        String pod = appPods().get(1);
        robot.clickOn(view.elementNode(pod));
        assertEquals(List.of(pod), selected);
        assertTrue(view.elementNode(pod).getStyleClass().contains("selected"));
    }

    @Test
    void aStateThatChangesNothingDrawnKeepsEveryElement(FxRobot robot) {
        Clusters c = Clusters.small();
        feed(robot, c);
        String pod = appPods().get(0);
        Node card = view.elementNode(pod);
        Node service = view.elementNode("svc:default/web");
        var model = view.model();
        c.session.send("laptop", "http://192.168.1.3:30080/", io.kubetutor.sim.net.RequestKind.CURL, 1);
        feed(robot, c);
        assertSame(model, view.model(), "traffic alone does not rebuild the drawing");
        assertSame(card, view.elementNode(pod));
        assertSame(service, view.elementNode("svc:default/web"));
    }

    @Test
    void aStepCanLightEveryPodASelectorNamesAndANodeWithItsPodIsOneHole(FxRobot robot) {
        Clusters c = Clusters.small();
        feed(robot, c);
        List<String> pods = appPods();
        assertEquals(3, pods.size());
        robot.interact(() -> view.highlightAll(pods));
        assertEquals(3, view.spotlightRings(), "one ring per pod, on three nodes");
        String node = view.model().pods().stream().filter(p -> p.id().equals(pods.get(0))).findFirst().orElseThrow()
                .node();
        robot.interact(() -> view.highlightAll(List.of(node, pods.get(0))));
        assertEquals(1, view.spotlightRings(), "a pod inside its node shares the node's hole");
        robot.interact(() -> view.highlightAll(List.of()));
        assertEquals(0, view.spotlightRings());
    }

    @Test
    void anEndpointCalloutSpeaksTheWindowsLanguage(FxRobot robot) {
        robot.interact(() -> view.setMessages(Messages.of(Locale.KOREAN)));
        Clusters c = Clusters.empty(ClusterTopology.defaults());
        feed(robot, c);
        c.session.applyText(Clusters.web(1, "NodePort"));
        c.session.advanceBy(30_000);
        feed(robot, c);
        List<String> callouts = robot.lookup(".callout").queryAllAs(Label.class).stream().map(Label::getText)
                .toList();
        assertFalse(callouts.isEmpty(), "the new endpoint is called out");
        for (String text : callouts) {
            assertTrue(text.codePoints().anyMatch(ch -> ch >= 0xAC00 && ch <= 0xD7A3), "Korean: " + text);
        }
    }

    @Test
    void switchingLanguageRelabelsInPlace(FxRobot robot) {
        Clusters c = Clusters.small();
        feed(robot, c);
        Node card = view.elementNode(appPods().get(0));
        Label band = robot.lookup(".band-title").queryAs(Label.class);
        String english = band.getText();
        robot.interact(() -> view.setMessages(Messages.of(Locale.KOREAN)));
        assertNotEquals(english, band.getText());
        assertTrue(band.getText().contains("서비스"), band.getText());
        assertSame(card, view.elementNode(appPods().get(0)), "the same card, re-labelled");
    }

    @Test
    void theLocatorFindsTheLaptopANodeAndAPodInTheDrawing(FxRobot robot) {
        Clusters c = Clusters.small();
        feed(robot, c);
        Pod pod = c.last().snapshot().all(Pod.class).stream().filter(p -> p.name().startsWith("web-")).findFirst()
                .orElseThrow();
        Point at = view.locator().locate(Place.pod(pod.name(), pod.spec().nodeName())).orElseThrow();
        Node card = view.elementNode("default/" + pod.name());
        assertTrue(card.getBoundsInParent().contains(at.x(), at.y()), "the pod's point is on its card");
        assertTrue(view.locator().locate(Place.client("laptop")).isPresent());
        assertTrue(view.locator().locate(Place.node("node2")).isPresent());
        assertTrue(view.packetLayer().getChildren().isEmpty(), "the packet layer is left to the animation");
    }

    @Test
    void zoomAndFocusMoveTheDrawing(FxRobot robot) {
        Clusters c = Clusters.small();
        feed(robot, c);
        double fitted = view.zoom();
        robot.interact(view::zoomIn);
        assertTrue(view.zoom() > fitted);
        robot.interact(() -> view.focusOn(new Point(100, 100)));
        Node world = view.packetLayer();
        var p = world.localToScene(100, 100);
        assertEquals(view.getWidth() / 2, p.getX(), 1.0);
        assertEquals(view.getHeight() / 2, p.getY(), 1.0);
        robot.interact(view::zoomToFit);
        assertEquals(fitted, view.zoom(), 1e-9);
        robot.interact(view::resetView);
        assertEquals(1.0, view.zoom(), 1e-9);
    }

    @Test
    void highlightSpotlightsTheElementAndFollowsIt(FxRobot robot) {
        Clusters c = Clusters.small();
        feed(robot, c);
        robot.interact(() -> view.highlight("svc:default/web"));
        Node ring = robot.lookup(".spotlight-ring").query();
        assertTrue(ring.isVisible());
        var box = view.elementNode("svc:default/web").getBoundsInParent();
        assertTrue(ring.getBoundsInParent().contains(box), "the ring is round the Service");
        robot.interact(() -> view.highlight(null));
        assertTrue(!ring.isVisible());
    }

    @Test
    void hidingSystemPodsTakesKubeSystemOffTheDrawing(FxRobot robot) {
        Clusters c = Clusters.small();
        feed(robot, c);
        String coredns = view.model().pods().stream().filter(p -> p.namespace().equals("kube-system"))
                .findFirst().orElseThrow().id();
        assertNotNull(view.elementNode(coredns));
        robot.interact(() -> view.setShowSystemPods(false));
        assertNull(view.elementNode(coredns));
        assertNull(view.elementNode("svc:kube-system/kube-dns"));
        assertNotNull(view.elementNode("svc:default/web"));
    }

    @Test
    void aFailedNodeIsGreyedNotReadyAndACordonedOneSaysSchedulingDisabled(FxRobot robot) {
        Clusters c = Clusters.small();
        feed(robot, c);
        SessionState s = c.last();
        List<NodeStatus> nodes = new ArrayList<>(s.nodes());
        NodeStatus n2 = nodes.get(1);
        NodeStatus n3 = nodes.get(2);
        nodes.set(1, new NodeStatus(n2.name(), n2.ip(), n2.podCIDR(), false, true, true));
        nodes.set(2, new NodeStatus(n3.name(), n3.ip(), n3.podCIDR(), false, false, false));
        SessionState changed = new SessionState(s.version() + 1, s.topology(), nodes, s.snapshot(), s.now(),
                s.diagnostics(), s.stale(), s.applyLines(), List.of(), List.of(), s.burst(), s.burstSeq(), s.pins(),
                s.keptAlive());
        robot.interact(() -> view.show(changed));
        assertEquals("Ready,SchedulingDisabled", robot.from(view.elementNode("node2")).lookup(".node-state")
                .queryAs(Label.class).getText());
        Node node3 = view.elementNode("node3");
        assertTrue(node3.getStyleClass().contains("node-down"));
        assertEquals("NotReady", robot.from(node3).lookup(".node-state").queryAs(Label.class).getText());
        String onNode3 = view.model().pods().stream().filter(p -> p.node().equals("node3")).findFirst()
                .orElseThrow().id();
        assertTrue(view.elementNode(onNode3).getStyleClass().contains("on-down-node"));
        assertTrue(!robot.from(view.elementNode("node1")).lookup(".node-role").query().isVisible(),
                "no control-plane mark on a worker");
        assertEquals("Uncordon", view.entries("node2").get(0).text());
        assertEquals("Recover node", view.entries("node3").get(1).text());
    }

    /** Writes down each call, so a test can check what the menus asked for. */
    record RecordingActions(List<String> calls) implements TopologyActions {
        public void deletePod(String ns, String name) {
            calls.add("deletePod " + ns + " " + name);
        }

        public void setAppAnswers(String ns, String pod, boolean answers) {
            calls.add("setAppAnswers " + ns + " " + pod + " " + answers);
        }

        public void editLabels(String ns, String pod) {
            calls.add("editLabels " + ns + " " + pod);
        }

        public void scale(String kind, String ns, String name) {
            calls.add("scale " + kind + " " + ns + " " + name);
        }

        public void cordon(String node, boolean cordoned) {
            calls.add("cordon " + node + " " + cordoned);
        }

        public void failNode(String node, boolean failed) {
            calls.add("failNode " + node + " " + failed);
        }

        public void expose(String ns, String service, String type) {
            calls.add("expose " + ns + " " + service + " " + type);
        }

        public void sendTo(String target) {
            calls.add("sendTo " + target);
        }
    }
}
