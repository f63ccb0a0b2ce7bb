package io.kubetutor.ui.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.Pod;
import io.kubetutor.sim.ClusterEvent;
import io.kubetutor.ui.playback.Point;
import io.kubetutor.session.SessionState;
import io.kubetutor.ui.topology.Clusters;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The small plain decisions behind the drawing: chips, callouts, the app-answers toggle, state changes. */
class LayoutHelpersTest {
    @Test
    void chipsThatDoNotFitAreCountedInAPlusChip() {
        List<String> labels = List.of("app=web", "tier=frontend", "track=stable", "team=shop");
        ChipFit.Fit all = ChipFit.fit(labels, 1000, 3, 4, s -> s.length() * 7.0 + 14);
        assertEquals(List.of("app=web", "tier=frontend", "track=stable"), all.visible());
        assertEquals(1, all.hidden());
        ChipFit.Fit narrow = ChipFit.fit(labels, 120, 3, 4, s -> s.length() * 7.0 + 14);
        assertEquals(List.of("app=web"), narrow.visible(), "app=web (63) + gap + \"+3\" (28) fits in 120");
        assertEquals(3, narrow.hidden());
        assertEquals(0, ChipFit.fit(List.of(), 100, 3, 4, s -> 10).hidden());
    }

    @Test
    void calloutsStackBelowOneAnotherAndStayInside() {
        Rect bounds = new Rect(0, 0, 800, 600);
        Rect first = CalloutPlacement.place(new Point(400, 300), 200, 40, List.of(), bounds);
        assertEquals(new Rect(300, 250, 200, 40), first);
        Rect second = CalloutPlacement.place(new Point(420, 300), 200, 40, List.of(first), bounds);
        assertFalse(second.overlaps(first));
        Rect edge = CalloutPlacement.place(new Point(790, 20), 200, 40, List.of(), bounds);
        assertTrue(bounds.encloses(edge), edge.toString());
        List<Rect> crowd = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Rect r = CalloutPlacement.place(new Point(400, 590), 200, 60, crowd, bounds);
            assertTrue(bounds.encloses(r), "inside: " + r);
            for (Rect other : crowd) {
                assertFalse(r.overlaps(other), r + " over " + other);
            }
            crowd.add(r);
        }
    }

    @Test
    void endpointEventsBecomeCalloutsOnTheirLineAndKubeSystemsStayInTheLog() throws Exception {
        Clusters c = Clusters.small();
        int from = c.states.size();
        String pod = c.last().snapshot().all(Pod.class).stream().filter(p -> p.name().startsWith("web-"))
                .findFirst().orElseThrow().name();
        c.session.setAppAnswers("default", pod, false);
        c.session.advanceBy(20_000);
        List<ClusterEvent> events = new ArrayList<>();
        c.states.subList(from, c.states.size()).forEach(s -> events.addAll(s.newEvents()));
        List<EventCallouts.Callout> callouts = EventCallouts.of(events);
        assertEquals(1, callouts.size(), callouts.toString());
        EventCallouts.Callout note = callouts.get(0);
        assertEquals("svc:default/web", note.serviceId());
        assertEquals("default/" + pod, note.podId());
        assertTrue(note.text().contains("moved to notReadyAddresses"), note.text());
        List<ClusterEvent> bootstrap = new ArrayList<>();
        c.states.forEach(s -> bootstrap.addAll(s.newEvents()));
        assertTrue(EventCallouts.of(bootstrap).size() <= EventCallouts.MAX);
        assertTrue(EventCallouts.of(c.states.get(0).newEvents()).isEmpty(), "kube-dns's endpoints are not called out");
    }

    @Test
    void theAppAnswersToggleFollowsTheSessionsEvents() {
        Clusters c = Clusters.small();
        AppAnswers answers = new AppAnswers();
        c.states.forEach(s -> answers.accept(s.newEvents()));
        String pod = c.last().snapshot().all(Pod.class).stream().filter(p -> p.name().startsWith("web-"))
                .findFirst().orElseThrow().name();
        assertTrue(answers.answers("default/" + pod));
        int from = c.states.size();
        c.session.setAppAnswers("default", pod, false);
        c.states.subList(from, c.states.size()).forEach(s -> answers.accept(s.newEvents()));
        assertFalse(answers.answers("default/" + pod));
        from = c.states.size();
        c.session.setAppAnswers("default", pod, true);
        c.states.subList(from, c.states.size()).forEach(s -> answers.accept(s.newEvents()));
        assertTrue(answers.answers("default/" + pod));
    }

    @Test
    void onlyStatesThatChangeObjectsOrNodesMayChangeTheDrawing() {
        Clusters c = Clusters.small();
        SessionState before = c.last();
        c.session.send("laptop", "http://192.168.1.3:30080/", io.kubetutor.sim.net.RequestKind.CURL, 1);
        SessionState traffic = c.last();
        assertFalse(StateChange.mayChangeDrawing(before, traffic));
        c.session.applyText(Clusters.web(4, "NodePort"));
        assertTrue(StateChange.mayChangeDrawing(traffic, c.last()));
        assertTrue(StateChange.mayChangeDrawing(null, traffic));
    }
}
