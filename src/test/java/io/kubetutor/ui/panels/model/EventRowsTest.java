package io.kubetutor.ui.panels.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.sim.ClusterEvent;
import io.kubetutor.sim.net.Action;
import io.kubetutor.sim.net.Trace;
import io.kubetutor.ui.i18n.Messages;
import io.kubetutor.session.HopRef;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class EventRowsTest {
    private static final Messages EN = Messages.of(Locale.ENGLISH);
    private static final Messages KO = Messages.of(Locale.KOREAN);

    private static ClusterEvent firstEvent(Fixtures f, ClusterEvent.Kind kind) {
        return f.states.stream().flatMap(s -> s.newEvents().stream()).filter(e -> e.kind() == kind).findFirst()
                .orElseThrow();
    }

    @Test
    void anEndpointRemovalIsOneRowFromTheEndpointControllerInTheSimulatorsWords() {
        Fixtures f = Fixtures.with(Fixtures.WEB);
        f.kubectl("delete", "pod", f.pods("web-").get(0).metadata().name());
        ClusterEvent e = firstEvent(f, ClusterEvent.Kind.ENDPOINT_REMOVED);

        LogEntry entry = new EventRows().event(e, null);
        assertTrue(entry.children().isEmpty());
        EventRow r = entry.head();
        assertEquals(EventRow.Kind.EVENT, r.kind());
        assertEquals(EventType.ENDPOINT_REMOVED, r.type());
        assertEquals("endpoint-controller", r.place());
        assertEquals(e.at(), r.timeMillis());
        assertEquals(e.text(), EventRows.summary(r, EN));
        assertTrue(e.text().contains("removed from Endpoints web"), e.text());
    }

    @Test
    void inKoreanAnEventIsWordedFromItsFields() {
        Fixtures f = Fixtures.with(Fixtures.WEB);
        f.kubectl("delete", "pod", f.pods("web-").get(0).metadata().name());
        ClusterEvent e = firstEvent(f, ClusterEvent.Kind.ENDPOINT_REMOVED);
        String ko = EventRows.summary(new EventRows().event(e, null).head(), KO);
        assertEquals("엔드포인트 web에서 " + e.address() + " 제거 (파드 " + e.related().name() + ")", ko);
    }

    @Test
    void aPodsReadinessHappensAtItsNode() {
        Fixtures f = Fixtures.with(Fixtures.WEB);
        ClusterEvent ready = firstEvent(f, ClusterEvent.Kind.POD_READY);
        EventRow r = new EventRows().event(ready, "node2").head();
        assertEquals(EventType.READY, r.type());
        assertEquals("node2", r.place());
        assertEquals("kubelet", new EventRows().event(ready, null).head().place());
        assertEquals("api-server", new EventRows().event(firstEvent(f, ClusterEvent.Kind.OBJECT_CREATED), null)
                .head().place());
    }

    @Test
    void aRequestIsAHeaderAndOneRowPerHopInOrder() {
        Fixtures f = Fixtures.with(Fixtures.WEB);
        Trace t = f.send("laptop", "http://192.168.1.3:30080/");
        LogEntry entry = new EventRows().trace(t);

        EventRow head = entry.head();
        assertEquals(EventRow.Kind.REQUEST, head.kind());
        assertEquals(EventType.HTTP, head.type());
        assertEquals("laptop", head.place());
        assertEquals(new HopRef(t, -1), head.hopRef());
        assertEquals("curl laptop → http://192.168.1.3:30080/ — delivered to " + t.pod() + " (200)",
                EventRows.summary(head, EN));

        assertEquals(t.hops().size(), entry.children().size());
        for (int i = 0; i < t.hops().size(); i++) {
            EventRow r = entry.children().get(i);
            assertEquals(i, r.hop());
            assertEquals(EventType.of(t.hops().get(i).action()), r.type());
            assertTrue(r.id() > head.id());
            assertTrue(EventRows.summary(r, EN).startsWith(t.hops().get(i).src() + " → " + t.hops().get(i).dst()));
        }
        assertEquals(EventType.DNAT, entry.children().get(1).type());
        assertEquals("kube-proxy (node2)", entry.children().get(1).place());
    }

    @Test
    void aRefusedRequestSaysSoInItsHeader() {
        Fixtures f = Fixtures.with(Fixtures.ODD_SERVICES);
        Trace t = f.send("laptop", "http://192.168.1.2:30091/");
        EventRow head = new EventRows().trace(t).head();
        assertEquals("curl laptop → http://192.168.1.2:30091/ — connection refused", EventRows.summary(head, EN));
        assertTrue(EventRows.failed(t));
        assertTrue(new EventRows().trace(t).children().stream().anyMatch(r -> r.type() == EventType.REJECT));
    }

    @Test
    void timeIsVirtualSecondsWithMilliseconds() {
        assertEquals("12.400 s", EventRows.time(12_400));
        assertEquals("0.000 s", EventRows.time(0));
        assertEquals("7200.005 s", EventRows.time(7_200_005));
    }

    @Test
    void theTextFilterMatchesAnyColumnIgnoringCase() {
        Fixtures f = Fixtures.with(Fixtures.WEB);
        Trace t = f.send("laptop", "http://192.168.1.3:30080/");
        EventRow dnat = new EventRows().trace(t).children().get(1);
        assertTrue(EventRows.matches(dnat, "dnat", EN));
        assertTrue(EventRows.matches(dnat, "KUBE-PROXY (node2)", EN));
        assertTrue(EventRows.matches(dnat, EventRows.time(t.at()), EN));
        assertTrue(EventRows.matches(dnat, t.hops().get(1).dst().ip(), EN));
        assertTrue(EventRows.matches(dnat, "", EN));
        assertTrue(!EventRows.matches(dnat, "no such text", EN));
    }

    @Test
    void aHeaderMatchShowsTheWholeRequestAndAHopMatchShowsOnlyMatchingHops() {
        Fixtures f = Fixtures.with(Fixtures.WEB);
        Trace t = f.send("laptop", "http://192.168.1.3:30080/");
        LogEntry entry = new EventRows().trace(t);

        List<EventRow> all = EventRows.visible(entry, new EventFilter("delivered to", true, true, false), EN);
        assertEquals(entry.size(), all.size());

        List<EventRow> some = EventRows.visible(entry, new EventFilter("snat", true, true, false), EN);
        assertEquals(entry.head(), some.get(0));
        assertTrue(some.size() >= 2 && some.size() < entry.size(), "rows: " + some.size());
        assertTrue(some.stream().skip(1).allMatch(r -> EventRows.matches(r, "snat", EN)));
    }

    @Test
    void theTypeTogglesHideClusterEventsOrTrafficAndDropsOnlyKeepsFailedRequests() {
        Fixtures f = Fixtures.with(Fixtures.ODD_SERVICES);
        EventRows rows = new EventRows();
        LogEntry event = rows.event(f.states.get(0).newEvents().get(0), null);
        LogEntry refused = rows.trace(f.send("laptop", "http://192.168.1.2:30091/"));
        LogEntry nslookup = rows.trace(f.send("laptop", "web.example.com",
                io.kubetutor.sim.net.RequestKind.NSLOOKUP));

        EventFilter noCluster = new EventFilter("", false, true, false);
        assertTrue(EventRows.visible(event, noCluster, EN).isEmpty());
        assertEquals(refused.size(), EventRows.visible(refused, noCluster, EN).size());

        EventFilter noTraffic = new EventFilter("", true, false, false);
        assertEquals(1, EventRows.visible(event, noTraffic, EN).size());
        assertTrue(EventRows.visible(refused, noTraffic, EN).isEmpty());

        EventFilter drops = new EventFilter("", true, true, true);
        assertTrue(EventRows.visible(event, drops, EN).isEmpty());
        assertEquals(refused.size(), EventRows.visible(refused, drops, EN).size());
        assertTrue(EventRows.visible(nslookup, drops, EN).isEmpty());
    }

    @Test
    void everyKindOfEventAndHopHasAChipWordInBothLanguages() {
        for (EventType t : EventType.values()) {
            assertTrue(!EN.text(t.key()).isBlank() && !KO.text(t.key()).isBlank(), t.name());
        }
        Stream.of(ClusterEvent.Kind.values()).forEach(k -> assertTrue(KO.has("panels.event." + k.name()), k.name()));
        Stream.of(Action.values()).forEach(a -> assertTrue(EN.has("panels.action." + a.name()), a.name()));
    }
}
