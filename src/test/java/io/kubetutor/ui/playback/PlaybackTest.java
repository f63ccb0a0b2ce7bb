package io.kubetutor.ui.playback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.sim.net.Action;
import io.kubetutor.sim.net.Hop;
import io.kubetutor.sim.net.Outcome;
import io.kubetutor.sim.net.Place;
import io.kubetutor.sim.net.RequestKind;
import io.kubetutor.sim.net.Trace;
import io.kubetutor.session.HopRef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The packets' timeline as a function of virtual time, on real traces from a simulated cluster. */
class PlaybackTest {
    private static Trace acrossNodes;
    private static Trace sameNode;
    private static List<Trace> curls;

    private final FakeLayout layout = FakeLayout.threeNodes();
    private final PlaybackClock clock = new PlaybackClock();
    private final Playback playback = new Playback(clock, layout);

    @BeforeAll
    static void sendRequests() {
        Traces cluster = new Traces(Traces.webNodePort(3, "Cluster"));
        curls = cluster.send("laptop", "http://192.168.1.3:30080/", RequestKind.CURL, 12);
        acrossNodes = curls.stream().filter(t -> !"node2".equals(t.node())).findFirst().orElseThrow();
        sameNode = curls.stream().filter(t -> "node2".equals(t.node())).findFirst().orElseThrow();
    }

    static int indexOf(Trace t, Action a) {
        for (int i = 0; i < t.hops().size(); i++) {
            if (t.hops().get(i).action() == a) {
                return i;
            }
        }
        throw new AssertionError("no " + a + " in " + t.hops());
    }

    static String label(Hop h) {
        return h.src() + " → " + h.dst();
    }

    private PacketSprite only() {
        List<PacketSprite> sprites = playback.frame(layout);
        assertEquals(1, sprites.size(), sprites.toString());
        return sprites.get(0);
    }

    @Test
    void theLabelChangesExactlyWhenThePacketReachesTheDnatHop() {
        int dnat = indexOf(acrossNodes, Action.DNAT);
        long at = new Timeline(acrossNodes, layout).arrival(dnat);
        playback.enqueue(List.of(acrossNodes));
        playback.advance(at - 1);
        PacketSprite before = only();
        assertEquals(label(acrossNodes.hops().get(dnat - 1)), before.label());
        assertEquals("192.168.1.10:" + acrossNodes.hops().get(0).src().port() + " → 192.168.1.3:30080", before.label());
        playback.advance(1);
        PacketSprite after = only();
        assertEquals(label(acrossNodes.hops().get(dnat)), after.label());
        assertNotEquals(before.label(), after.label());
        assertTrue(after.dstChanged());
        assertFalse(after.srcChanged());
        assertEquals(layout.kubeProxy("node2"), after.position());
    }

    @Test
    void snatRewritesTheSourceAndConntrackRewritesBothOnTheWayBack() {
        Timeline tl = new Timeline(acrossNodes, layout);
        int snat = indexOf(acrossNodes, Action.SNAT);
        int undo = indexOf(acrossNodes, Action.UN_DNAT);
        playback.enqueue(List.of(acrossNodes));
        playback.advance(tl.arrival(snat));
        PacketSprite s = only();
        assertTrue(s.srcChanged() && !s.dstChanged());
        assertTrue(s.label().startsWith("192.168.1.3:"), s.label());
        playback.advance(tl.arrival(undo) - tl.arrival(snat));
        PacketSprite u = only();
        assertEquals(PacketSprite.Kind.REPLY, u.kind());
        assertTrue(u.srcChanged() && u.dstChanged());
        assertEquals(label(acrossNodes.hops().get(undo)), u.label());
    }

    @Test
    void aRewriteHoldsThePacketAtItsPlaceLongEnoughToRead() {
        Timeline tl = new Timeline(acrossNodes, layout);
        int dnat = indexOf(acrossNodes, Action.DNAT);
        assertTrue(tl.dwell[dnat] >= 500);
        playback.enqueue(List.of(acrossNodes));
        playback.advance(tl.arrival(dnat) + 499);
        PacketSprite held = only();
        assertEquals(layout.kubeProxy("node2"), held.position());
        assertNull(held.from());
    }

    @Test
    void steppingForwardVisitsEveryHopInOrderAndSteppingBackReturnsThroughThem() {
        playback.enqueue(List.of(acrossNodes));
        int n = acrossNodes.hops().size();
        assertEquals(0, playback.current().hop());
        List<Integer> forward = new ArrayList<>();
        for (int i = 1; i < n; i++) {
            playback.stepForward();
            forward.add(playback.current().hop());
            PacketSprite s = only();
            assertNull(s.from(), "stands at the hop's place");
            assertEquals(layout.locate(acrossNodes.hops().get(i).at()).orElseThrow(), s.position());
            assertEquals(label(acrossNodes.hops().get(i)), s.label());
        }
        assertFalse(clock.isPlaying());
        List<Integer> back = new ArrayList<>();
        for (int i = 1; i < n; i++) {
            playback.stepBack();
            back.add(playback.current().hop());
        }
        List<Integer> expected = new ArrayList<>();
        for (int i = 1; i < n; i++) {
            expected.add(i);
        }
        assertEquals(expected, forward);
        Collections.reverse(expected);
        expected.remove(0);
        expected.add(0);
        assertEquals(expected, back);
        assertEquals(label(acrossNodes.hops().get(0)), only().label());
    }

    @Test
    void stepBackInTheMiddleOfAMoveReturnsToTheHopItLeft() {
        Timeline tl = new Timeline(acrossNodes, layout);
        playback.enqueue(List.of(acrossNodes));
        playback.advance(tl.arrival(1) - 10);
        assertEquals(0, playback.current().hop());
        assertTrue(only().from() != null);
        playback.stepBack();
        assertEquals(0, playback.current().hop());
        assertEquals(FakeLayout.LAPTOP, only().position());
    }

    @Test
    void atDoubleSpeedThePacketReachesTheSamePlaceInHalfTheRealTime() {
        PlaybackClock fastClock = new PlaybackClock();
        fastClock.setSpeed(2);
        Playback fast = new Playback(fastClock, layout);
        playback.enqueue(List.of(acrossNodes));
        fast.enqueue(List.of(acrossNodes));
        long frame = 16_666_667L;
        clock.advance(0);
        fastClock.advance(0);
        for (int i = 1; i <= 120; i++) {
            playback.advance(clock.advance(i * frame));
        }
        for (int i = 1; i <= 60; i++) {
            fast.advance(fastClock.advance(i * frame));
        }
        PacketSprite normal = only();
        PacketSprite doubled = fast.frame(layout).get(0);
        assertEquals(normal.position(), doubled.position());
        assertEquals(normal.hop(), doubled.hop());
        assertEquals(clock.now(), fastClock.now());
    }

    @Test
    void theMoveToAPodOnAnotherNodeIsTheExtraHopBothWays() {
        Timeline tl = new Timeline(acrossNodes, layout);
        int deliver = indexOf(acrossNodes, Action.DELIVER);
        int undo = indexOf(acrossNodes, Action.UN_DNAT);
        playback.enqueue(List.of(acrossNodes));
        playback.advance(tl.arrival(deliver) - 100);
        PacketSprite going = only();
        assertTrue(going.extraHop());
        assertEquals(layout.node("node2"), going.from());
        playback.advance(tl.arrival(undo) - 100 - tl.arrival(deliver) + 100);
        PacketSprite back = only();
        assertTrue(back.extraHop(), back.toString());
        assertEquals(layout.node(acrossNodes.node()), back.from());
        assertEquals(layout.kubeProxy("node2"), back.to());
        long extras = java.util.stream.IntStream.range(0, acrossNodes.hops().size())
                .filter(i -> tl.roles.extraInto[i]).count();
        assertEquals(2, extras);
    }

    @Test
    void aPodOnTheNodeTheClientPickedHasNoExtraHop() {
        HopRoles roles = new HopRoles(sameNode);
        for (boolean extra : roles.extraInto) {
            assertFalse(extra);
        }
    }

    @Test
    void aDroppedTraceEndsWithADroppedSpriteAtTheDroppingNodeThatLingersThenGoes() {
        Traces local = new Traces(Traces.webNodePort(1, "Local"));
        Trace dropped = null;
        for (String ip : List.of("192.168.1.2", "192.168.1.3", "192.168.1.4")) {
            Trace t = local.curl("laptop", "http://" + ip + ":30080/");
            if (t.outcome() == Outcome.DROPPED) {
                dropped = t;
            }
        }
        assertTrue(dropped != null);
        Hop drop = dropped.hops().get(dropped.hops().size() - 1);
        assertEquals(Action.DROP, drop.action());
        Timeline tl = new Timeline(dropped, layout);
        playback.enqueue(List.of(dropped));
        playback.advance(tl.end);
        PacketSprite s = only();
        assertEquals(PacketSprite.State.DROPPED, s.state());
        assertEquals(layout.kubeProxy(drop.at().node()), s.position());
        playback.advance(Timeline.FAILURE_LINGER - 1);
        assertEquals(PacketSprite.State.DROPPED, only().state());
        playback.advance(1);
        assertTrue(playback.frame(layout).isEmpty());
        assertFalse(playback.busy());
    }

    @Test
    void fiveHundredLaunchedTracesAreFiveHundredPacketsInFlightThenNone() {
        List<Trace> many = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            many.add(curls.get(i % curls.size()));
        }
        playback.launchAll(many, 0);
        assertEquals(500, playback.frame(layout).size());
        playback.advance(1_000);
        List<PacketSprite> moving = playback.frame(layout);
        assertEquals(500, moving.size());
        assertTrue(moving.stream().allMatch(s -> s.trail().isEmpty()), "too many for trails");
        playback.advance(60_000);
        assertTrue(playback.frame(layout).isEmpty());
        assertFalse(playback.busy());
    }

    @Test
    void staggeredPacketsSetOffOneAfterAnother() {
        playback.launchAll(curls.subList(0, 5), 100);
        assertEquals(1, playback.frame(layout).size());
        playback.advance(250);
        assertEquals(3, playback.frame(layout).size());
        assertTrue(playback.frame(layout).get(0).trail().size() >= 1);
    }

    @Test
    void enqueuedTracesPlayOneAfterTheOtherAndTheFocusFollows() {
        Trace first = curls.get(0);
        Trace second = curls.get(1);
        long end = new Timeline(first, layout).end;
        List<HopRef> heard = new ArrayList<>();
        playback.setOnCurrentHop(heard::add);
        playback.enqueue(List.of(first, second));
        assertEquals(1, playback.frame(layout).size());
        playback.advance(end - 1);
        assertTrue(playback.current().trace() == first);
        playback.advance(1);
        assertTrue(playback.current().trace() == second);
        assertEquals(0, playback.current().hop());
        assertEquals(2, playback.frame(layout).size(), "the first lingers as the second sets off");
        assertTrue(heard.get(heard.size() - 1).trace() == second);
        assertEquals(List.of(0, first.hops().size() - 1, 0), heard.stream().map(HopRef::hop).toList(),
                "told at the start, after the jump to the first's last hop, and at the second's start");
    }

    @Test
    void aTraceSentAfterAQuietSpellStartsFromItsFirstHop() {
        playback.enqueue(List.of(curls.get(0)));
        playback.advance(600_000);
        assertFalse(playback.busy());
        playback.enqueue(List.of(curls.get(1)));
        assertEquals(0, playback.current().hop());
        assertEquals(FakeLayout.LAPTOP, only().position());
    }

    @Test
    void steppingPastTheLastHopMovesOnToTheNextQueuedTrace() {
        playback.enqueue(List.of(curls.get(0), curls.get(1)));
        for (int i = 1; i < curls.get(0).hops().size(); i++) {
            playback.stepForward();
        }
        assertTrue(playback.current().trace() == curls.get(0));
        playback.stepForward();
        assertTrue(playback.current().trace() == curls.get(1));
        assertEquals(0, playback.current().hop());
    }

    @Test
    void replayRestartsTheFocusedTraceEvenAfterItFinished() {
        playback.enqueue(List.of(sameNode));
        playback.advance(60_000);
        assertFalse(playback.busy());
        clock.pause();
        playback.replay();
        assertTrue(clock.isPlaying());
        assertEquals(0, playback.current().hop());
        assertEquals(FakeLayout.LAPTOP, only().position());
    }

    @Test
    void selectingAHopShowsTheTraceStoppedThere() {
        int dnat = indexOf(acrossNodes, Action.DNAT);
        playback.select(new HopRef(acrossNodes, dnat));
        assertFalse(clock.isPlaying());
        assertEquals(dnat, playback.current().hop());
        assertEquals(label(acrossNodes.hops().get(dnat)), only().label());
    }

    @Test
    void placesTheLayoutCannotDrawAreSkippedButTheirHopsRemain() {
        PlaceLocator noKubeProxy = p -> p.kind() == Place.Kind.KUBE_PROXY ? java.util.Optional.empty() : layout.locate(p);
        Playback p = new Playback(clock, noKubeProxy);
        p.enqueue(List.of(acrossNodes));
        int dnat = indexOf(acrossNodes, Action.DNAT);
        for (int i = 0; i < dnat; i++) {
            p.stepForward();
        }
        assertEquals(dnat, p.current().hop());
        PacketSprite s = p.frame(noKubeProxy).get(0);
        assertEquals(FakeLayout.LAPTOP, s.position(), "the DNAT shows where the packet last was drawn");
        assertEquals(label(acrossNodes.hops().get(dnat)), s.label());
    }

    @Test
    void theOldestPacketsGiveWayBeyondTheCap() {
        List<Trace> many = Collections.nCopies(Playback.MAX_IN_FLIGHT + 100, curls.get(0));
        playback.launchAll(many, 1);
        assertEquals(Playback.MAX_IN_FLIGHT, playback.inFlight());
        playback.clear();
        assertFalse(playback.busy());
        assertNull(playback.current());
    }
}
