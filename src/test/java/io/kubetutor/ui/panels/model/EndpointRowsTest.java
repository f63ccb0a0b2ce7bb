package io.kubetutor.ui.panels.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.Pod;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EndpointRowsTest {
    private static EndpointGroup group(List<EndpointGroup> groups, String key) {
        return groups.stream().filter(g -> g.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void threeReadyReplicasGiveThreeReadyRowsWithPodNodeAndPort() {
        Fixtures f = Fixtures.with(Fixtures.WEB);
        EndpointGroup web = group(EndpointRows.of(f.last().snapshot()), "default/web");
        assertEquals("NodePort", web.type());
        assertEquals("80:30080/TCP", web.ports());
        assertNull(web.empty());
        assertEquals(3, web.rows().size());
        for (EndpointRow r : web.rows()) {
            assertEquals(EndpointState.READY, r.state());
            assertTrue(r.pod().startsWith("web-"), r.pod());
            assertTrue(r.node().startsWith("node"), r.node());
            assertEquals(8080, r.port());
            assertEquals("http", r.portName());
            assertEquals(r.ip() + ":8080", r.address());
        }
        List<String> pods = f.pods("web-").stream().map(p -> p.metadata().name()).sorted().toList();
        assertEquals(pods, web.rows().stream().map(EndpointRow::pod).sorted().toList());
    }

    @Test
    void rowsAreOrderedByAddressAsANumber() {
        Fixtures f = Fixtures.with(Fixtures.WEB);
        List<EndpointRow> rows = group(EndpointRows.of(f.last().snapshot()), "default/web").rows();
        List<EndpointRow> sorted = rows.stream().sorted(EndpointRows.ROW_ORDER).toList();
        assertEquals(sorted, rows);
    }

    @Test
    void aPodBeingDeletedStaysAsTerminatingUntilItIsGone() {
        Fixtures f = Fixtures.with(Fixtures.WEB);
        String victim = f.pods("web-").get(0).metadata().name();
        f.kubectl("delete", "pod", victim);
        EndpointGroup during = group(EndpointRows.of(f.last().snapshot()), "default/web");
        EndpointRow leaving = during.rows().stream().filter(r -> victim.equals(r.pod())).findFirst().orElseThrow();
        assertEquals(EndpointState.TERMINATING, leaving.state());

        f.session.advanceBy(5_000);
        EndpointGroup after = group(EndpointRows.of(f.last().snapshot()), "default/web");
        assertFalse(after.rows().stream().anyMatch(r -> victim.equals(r.pod())));
    }

    @Test
    void aServiceWithoutSelectorShowsItsHandWrittenAddressWithoutPod() {
        Fixtures f = Fixtures.with(Fixtures.ODD_SERVICES);
        EndpointGroup db = group(EndpointRows.of(f.last().snapshot()), "default/external-db");
        assertEquals(1, db.rows().size());
        EndpointRow r = db.rows().get(0);
        assertNull(r.pod());
        assertNull(r.node());
        assertEquals("192.168.1.50:5432", r.address());
        assertEquals(EndpointState.READY, r.state());
    }

    @Test
    void aServiceWhoseSelectorMatchesNothingSaysWhichSelector() {
        Fixtures f = Fixtures.with(Fixtures.ODD_SERVICES);
        EndpointGroup empty = group(EndpointRows.of(f.last().snapshot()), "default/empty");
        assertTrue(empty.rows().isEmpty());
        assertEquals(EndpointGroup.Empty.NO_MATCH, empty.empty());
        assertEquals("app=nothing", empty.detail());
    }

    @Test
    void theClustersOwnServicesAreMarkedSystemAndComeLast() {
        Fixtures f = Fixtures.with(Fixtures.WEB);
        List<EndpointGroup> groups = EndpointRows.of(f.last().snapshot());
        assertTrue(group(groups, "kube-system/kube-dns").system());
        assertTrue(group(groups, "default/kubernetes").system());
        assertFalse(group(groups, "default/web").system());
        assertEquals("default/web", groups.get(0).key());
        assertTrue(groups.get(groups.size() - 1).system());
    }

    @Test
    void anEndpointThatStopsAnsweringIsAChangedRowThatIsNotReady() {
        Fixtures f = Fixtures.with(Fixtures.WEB);
        List<EndpointGroup> before = EndpointRows.of(f.last().snapshot());
        Pod pod = f.pods("web-").get(1);
        f.session.setAppAnswers("default", pod.metadata().name(), false);
        f.session.advanceBy(30_000);
        List<EndpointGroup> after = EndpointRows.of(f.last().snapshot());

        RowDiff d = EndpointRows.diff(before, after);
        assertEquals(Set.of(), d.added());
        assertEquals(Set.of(), d.removed());
        assertEquals(1, d.changed().size());
        EndpointRow changed = EndpointRows.rows(after).get(d.changed().iterator().next());
        assertEquals(pod.metadata().name(), changed.pod());
        assertEquals(EndpointState.NOT_READY, changed.state());
    }

    @Test
    void deletingAPodRemovesItsRowAndItsReplacementIsAdded() {
        Fixtures f = Fixtures.with(Fixtures.WEB);
        List<EndpointGroup> before = EndpointRows.of(f.last().snapshot());
        String victim = f.pods("web-").get(0).metadata().name();
        f.kubectl("delete", "pod", victim);
        f.session.advanceBy(30_000);
        List<EndpointGroup> after = EndpointRows.of(f.last().snapshot());

        RowDiff d = EndpointRows.diff(before, after);
        assertEquals(1, d.removed().size());
        assertEquals(victim, EndpointRows.rows(before).get(d.removed().iterator().next()).pod());
        assertEquals(1, d.added().size());
        EndpointRow fresh = EndpointRows.rows(after).get(d.added().iterator().next());
        assertTrue(fresh.pod().startsWith("web-") && !fresh.pod().equals(victim), fresh.pod());
        assertTrue(d.changed().isEmpty());
    }

    @Test
    void theSameSnapshotTwiceIsNoChange() {
        Fixtures f = Fixtures.with(Fixtures.WEB);
        List<EndpointGroup> g = EndpointRows.of(f.last().snapshot());
        assertTrue(EndpointRows.diff(g, EndpointRows.of(f.last().snapshot())).isEmpty());
    }
}
