package io.kubetutor.ui.packets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import io.kubetutor.sim.net.RequestKind;
import io.kubetutor.sim.net.Trace;
import io.kubetutor.sim.net.proxy.AffinityPin;
import io.kubetutor.ui.i18n.Messages;
import io.kubetutor.ui.playback.FakeLayout;
import io.kubetutor.ui.playback.PacketSprite;
import io.kubetutor.ui.playback.Playback;
import io.kubetutor.ui.playback.PlaybackClock;
import io.kubetutor.ui.playback.Point;
import io.kubetutor.ui.playback.Traces;
import io.kubetutor.ui.theme.Fonts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** What the packet layer shows for the frames the playback computes. */
@ExtendWith(ApplicationExtension.class)
class PacketLayerTest {
    private PacketLayer layer;

    @Start
    void start(Stage stage) {
        Fonts.load();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        layer = new PacketLayer(Messages.of(Locale.ENGLISH));
        stage.setScene(new Scene(new Pane(layer), 1280, 720));
        stage.show();
    }

    static PacketSprite sprite(double x, PacketSprite.State state, boolean extra, boolean focused) {
        Point at = new Point(x, 300);
        Point from = extra ? new Point(500, 150) : null;
        Point to = extra ? new Point(800, 300) : null;
        return new PacketSprite(null, 1, at, "192.168.1.10:51234 → 10.96.0.15:80", PacketSprite.Kind.REQUEST, state,
                false, true, extra, from, to, List.of(new Point(80, 360), at), focused);
    }

    static List<PacketSprite> moving(int n) {
        List<PacketSprite> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(sprite(100 + 20 * i, PacketSprite.State.MOVING, false, i == 0));
        }
        return out;
    }

    @Test
    void framesReuseThePacketNodesInsteadOfMakingNewOnes(FxRobot robot) {
        robot.interact(() -> layer.render(moving(10)));
        PacketNode first = layer.shownPackets().get(0);
        robot.interact(() -> layer.render(moving(3)));
        assertEquals(3, layer.shownPackets().size());
        robot.interact(() -> layer.render(moving(10)));
        assertEquals(10, layer.poolSize());
        assertSame(first, layer.shownPackets().get(0));
    }

    @Test
    void fromFiftyPacketsOnTheyAreDotsWithoutLabelsOrTrails(FxRobot robot) {
        robot.interact(() -> layer.render(moving(Playback.DETAIL_LIMIT - 1)));
        assertTrue(layer.shownPackets().get(0).pillShown());
        assertTrue(layer.shownPackets().stream().allMatch(PacketNode::drawn));
        assertEquals(Playback.DETAIL_LIMIT - 1, layer.trailsShown());
        assertFalse(layer.dotsShown());
        List<PacketNode> pool = new ArrayList<>(layer.shownPackets());
        robot.interact(() -> layer.render(moving(Playback.DETAIL_LIMIT)));
        assertTrue(layer.dotsShown());
        assertTrue(layer.shownPackets().isEmpty());
        assertTrue(pool.stream().noneMatch(PacketNode::drawn), "no envelopes or labels");
        assertEquals(0, layer.trailsShown());
        robot.interact(() -> layer.render(moving(3)));
        assertFalse(layer.dotsShown());
        assertEquals(3, layer.shownPackets().size());
    }

    @Test
    void aDroppedDotCarriesACrossNotOnlyItsColour() {
        assertSame(DotImages.FAILED, DotCanvas.image(sprite(1, PacketSprite.State.DROPPED, false, false)));
        assertSame(DotImages.REQUEST, DotCanvas.image(sprite(1, PacketSprite.State.MOVING, false, false)));
        assertSame(DotImages.EXTRA_REQUEST, DotCanvas.image(sprite(1, PacketSprite.State.MOVING, true, false)));
        javafx.scene.image.PixelReader px = DotImages.FAILED.getPixelReader();
        int centre = DotImages.SIZE / 2;
        assertEquals(javafx.scene.paint.Color.WHITE, px.getColor(centre, centre), "the cross runs through the middle");
    }

    @Test
    void aDroppedPacketSaysSoInWordsAndIsCrossed(FxRobot robot) {
        robot.interact(() -> layer.render(List.of(sprite(400, PacketSprite.State.DROPPED, false, true))));
        PacketNode node = layer.shownPackets().get(0);
        assertEquals("dropped 192.168.1.10:51234 → 10.96.0.15:80", node.text());
        assertTrue(node.failureMarked());
        robot.interact(() -> layer.setMessages(Messages.of(Locale.KOREAN)));
        assertTrue(node.text().startsWith("버려짐 "), node.text());
        robot.interact(() -> layer.render(List.of(sprite(400, PacketSprite.State.MOVING, false, true))));
        assertFalse(node.failureMarked());
        assertEquals("192.168.1.10:51234 → 10.96.0.15:80", node.text());
    }

    @Test
    void theExtraHopIsOneTaggedMarkHoweverManyPacketsTakeIt(FxRobot robot) {
        robot.interact(() -> layer.render(List.of(sprite(600, PacketSprite.State.MOVING, true, true),
                sprite(700, PacketSprite.State.MOVING, true, false), sprite(300, PacketSprite.State.MOVING, false, false))));
        assertEquals(1, layer.extraHopsShown());
        robot.interact(() -> layer.render(moving(2)));
        assertEquals(0, layer.extraHopsShown());
        List<PacketSprite> burst = new ArrayList<>();
        for (int i = 0; i < Playback.DETAIL_LIMIT; i++) {
            burst.add(sprite(300 + i, PacketSprite.State.MOVING, true, false));
        }
        robot.interact(() -> layer.render(burst));
        assertEquals(0, layer.extraHopsShown(), "a busy screen marks the extra hop on the dots instead");
    }

    @Test
    void labelsOfPacketsSideBySideDoNotCoverEachOther(FxRobot robot) {
        List<PacketSprite> crowd = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            crowd.add(sprite(500 + i, PacketSprite.State.MOVING, false, i == 7));
        }
        robot.interact(() -> layer.render(crowd));
        robot.interact(() -> layer.render(crowd));
        long labelled = layer.shownPackets().stream().filter(PacketNode::pillShown).count();
        assertEquals(4, labelled, "four free sides around one spot");
        assertTrue(layer.shownPackets().get(7).pillShown(), "the followed packet keeps its label");
    }

    @Test
    void realFramesOfATraceShowItsAddressesAsTheyChange(FxRobot robot) {
        Traces cluster = new Traces(Traces.webNodePort(3, "Cluster"));
        Trace t = cluster.curl("laptop", "http://192.168.1.3:30080/");
        FakeLayout layout = FakeLayout.threeNodes();
        Playback playback = new Playback(new PlaybackClock(), layout);
        playback.enqueue(List.of(t));
        robot.interact(() -> layer.render(playback.frame(layout)));
        String before = layer.shownPackets().get(0).text();
        assertEquals(t.hops().get(0).src() + " → " + t.hops().get(0).dst(), before);
        playback.stepForward();
        robot.interact(() -> layer.render(playback.frame(layout)));
        assertEquals(t.hops().get(1).src() + " → " + t.hops().get(1).dst(), layer.shownPackets().get(0).text());
    }

    @Test
    void pinsAndKeptAliveConnectionsAreDrawnWithTheirExplanations(FxRobot robot) {
        Traces cluster = new Traces(Traces.webNodePort(3, "Cluster") + PacketsPreview.STICKY);
        cluster.send("laptop", "http://192.168.1.2:30081/", RequestKind.CURL, 1);
        cluster.send("laptop", "http://192.168.1.4:30080/", RequestKind.KEEP_ALIVE, 1);
        var state = cluster.last();
        FakeLayout layout = FakeLayout.threeNodes();
        List<AffinityPin> pins = state.pins();
        assertFalse(pins.isEmpty());
        robot.interact(() -> {
            layer.showPins(pins, ip -> Optional.of(FakeLayout.LAPTOP), name -> PacketsPreview.podPoint(state, layout, name));
            layer.showKeptAlive(state.keptAlive(), layout);
        });
        assertEquals(1, layer.tethers().pinCount());
        assertEquals(1, layer.tethers().keptCount());
        List<String> tips = layer.tethers().tooltips();
        AffinityPin pin = pins.get(0);
        assertEquals("ClientIP session affinity: kube-proxy on " + pin.node() + " sends 192.168.1.10 to " + pin.pod()
                + " (" + pin.endpoint() + ") until t = " + TetherLayer.seconds(pin.untilMillis())
                + " s; each new connection from 192.168.1.10 renews it", tips.get(0));
        assertTrue(tips.get(1).startsWith("A browser's kept-alive connection from laptop to web-"), tips.get(1));
        robot.interact(() -> layer.setMessages(Messages.of(Locale.KOREAN)));
        assertTrue(layer.tethers().tooltips().get(0).startsWith("ClientIP 세션 어피니티:"));
    }
}
