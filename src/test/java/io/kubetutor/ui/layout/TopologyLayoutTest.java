package io.kubetutor.ui.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.session.SessionState;
import io.kubetutor.ui.topology.Clusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The layout places every element of a real cluster in a box of its own, the same way every time. */
class TopologyLayoutTest {
    @Test
    void noTwoBoxesOverlapWithTwoNodesAndThreePods() {
        ClusterTopology d = ClusterTopology.defaults();
        Clusters c = Clusters.empty(new ClusterTopology(d.nodes().subList(0, 2), d.clients(), d.serviceCIDR(),
                d.nodePortRange(), d.cloudLoadBalancer(), d.proxyMode()));
        c.session.applyText(Clusters.web(3, "NodePort"));
        c.session.advanceBy(30_000);
        assertNothingOverlaps(c.last());
    }

    @Test
    void noTwoBoxesOverlapWithThreeNodesAndNinePods() {
        Clusters c = Clusters.empty(ClusterTopology.defaults());
        c.session.applyText(Clusters.web(9, "NodePort"));
        c.session.advanceBy(30_000);
        TopologyLayout l = assertNothingOverlaps(c.last());
        assertEquals(CardForm.FULL, l.appForm(), "three or four pods a node still show everything");
    }

    @Test
    void noTwoBoxesOverlapWithTenNodesAndAHundredPods() {
        TopologyLayout l = assertNothingOverlaps(Clusters.large().last());
        assertEquals(CardForm.COMPACT, l.appForm(), "ten pods a node shrink to name and state");
    }

    @Test
    void noTwoBoxesOverlapInTheShopWithItsLoadBalancerAndIngress() {
        TopologyLayout l = assertNothingOverlaps(Clusters.shop().last());
        assertNotNull(l.loadBalancer());
        assertEquals(1, l.ingresses().size());
    }

    @Test
    void everyNodePodServiceAndEndpointOfTheStateGetsABox() {
        for (Clusters c : List.of(Clusters.small(), Clusters.shop(), Clusters.large())) {
            SessionState s = c.last();
            TopologyModel m = TopologyModel.of(s, true);
            TopologyLayout l = TopologyLayout.of(m);
            assertEquals(s.nodes().size(), l.nodes().size());
            assertEquals(s.snapshot().all(io.kubetutor.model.Pod.class).size(), l.pods().size());
            assertEquals(s.snapshot().all(io.kubetutor.model.Service.class).size(), l.services().size());
            for (EndpointItem e : m.endpoints()) {
                assertNotNull(l.links().get(e.key()), "a line for " + e);
            }
            for (NodeItem n : m.nodes()) {
                assertNotNull(l.kubeProxy(n.name()));
                assertNotNull(l.networkInterface(n.name()));
                assertEquals(n.nodePorts().size(), l.portTags(n.name()).size());
            }
        }
    }

    @Test
    void theSameStateGivesTheSamePositions() {
        TopologyLayout a = TopologyLayout.of(TopologyModel.of(Clusters.shop().last(), true));
        TopologyLayout b = TopologyLayout.of(TopologyModel.of(Clusters.shop().last(), true));
        assertEquals(a.nodes(), b.nodes());
        assertEquals(a.pods(), b.pods());
        assertEquals(a.services(), b.services());
        assertEquals(a.links(), b.links());
        assertEquals(a.bounds(), b.bounds());
    }

    @Test
    void addingAPodMovesNoNodeAndNoOtherPod() throws Exception {
        Clusters c = Clusters.small();
        TopologyLayout before = TopologyLayout.of(TopologyModel.of(c.last(), true));
        c.session.kubectl(List.of("scale", "deployment", "web", "--replicas=4")).get();
        c.session.advanceBy(30_000);
        TopologyModel afterModel = TopologyModel.of(c.last(), true);
        TopologyLayout after = TopologyLayout.of(afterModel);
        assertEquals(before.pods().size() + 1, after.pods().size());
        for (Map.Entry<String, Rect> e : before.nodes().entrySet()) {
            Rect now = after.nodes().get(e.getKey());
            // A node may grow to hold the new pod (all nodes share one size), but none moves.
            assertEquals(e.getValue().x(), now.x(), e.getKey() + " keeps its place");
            assertEquals(e.getValue().y(), now.y(), e.getKey() + " keeps its place");
        }
        for (Map.Entry<String, Rect> e : before.pods().entrySet()) {
            Rect now = after.pods().get(e.getKey());
            if (afterModel.pod(e.getKey()).infrastructure()) {
                // The small strip sits under the busiest node's last row: it only moves down.
                assertEquals(e.getValue().x(), now.x(), e.getKey() + " keeps its column");
                assertTrue(now.y() >= e.getValue().y(), e.getKey() + " moves down if at all");
            } else {
                assertEquals(e.getValue(), now, e.getKey() + " stays where it was");
            }
        }
    }

    @Test
    void aPodJoiningAQuieterNodeChangesNoOtherBox() throws Exception {
        Clusters c = Clusters.small();
        c.session.kubectl(List.of("scale", "deployment", "web", "--replicas=5")).get();
        c.session.advanceBy(30_000);
        TopologyLayout before = TopologyLayout.of(TopologyModel.of(c.last(), true));
        c.session.kubectl(List.of("scale", "deployment", "web", "--replicas=6")).get();
        c.session.advanceBy(30_000);
        TopologyLayout after = TopologyLayout.of(TopologyModel.of(c.last(), true));
        assertEquals(before.pods().size() + 1, after.pods().size());
        assertEquals(before.nodes(), after.nodes(), "the busiest node still sets the size");
        for (Map.Entry<String, Rect> e : before.pods().entrySet()) {
            assertEquals(e.getValue(), after.pods().get(e.getKey()), e.getKey() + " stays where it was");
        }
        assertEquals(before.services(), after.services());
    }

    @Test
    void hidingSystemPodsDropsKubeSystemButKeepsTheIngressController() {
        SessionState s = Clusters.shop().last();
        TopologyModel m = TopologyModel.of(s, false);
        assertTrue(m.pods().stream().noneMatch(p -> p.namespace().equals("kube-system")));
        assertTrue(m.pods().stream().anyMatch(p -> p.role() == PodItem.Role.INGRESS_CONTROLLER));
        assertTrue(m.services().stream().noneMatch(ServiceItem::system));
        assertNothingOverlaps(TopologyLayout.of(m), m);
    }

    @Test
    void podsNoNodeCanTakeWaitInThePendingTray() {
        ClusterTopology d = ClusterTopology.defaults();
        List<ClusterTopology.Node> tainted = new ArrayList<>();
        for (ClusterTopology.Node n : d.nodes()) {
            tainted.add(new ClusterTopology.Node(n.name(), n.ip(), n.podCIDR(), true));
        }
        Clusters c = Clusters.empty(new ClusterTopology(tainted, d.clients(), d.serviceCIDR(), d.nodePortRange(),
                d.cloudLoadBalancer(), d.proxyMode()));
        c.session.applyText(Clusters.web(2, "ClusterIP"));
        c.session.advanceBy(10_000);
        TopologyModel m = TopologyModel.of(c.last(), false);
        TopologyLayout l = TopologyLayout.of(m);
        assertNotNull(l.pendingTray());
        for (PodItem p : m.pods()) {
            assertTrue(l.pendingTray().encloses(l.pods().get(p.id())), p.id() + " in the tray");
        }
        assertNothingOverlaps(l, m);
    }

    @Test
    void aClusterWithoutALoadBalancerDrawsNone() {
        assertNull(TopologyLayout.of(TopologyModel.of(Clusters.small().last(), true)).loadBalancer());
    }

    static TopologyLayout assertNothingOverlaps(SessionState s) {
        TopologyModel m = TopologyModel.of(s, true);
        TopologyLayout l = TopologyLayout.of(m);
        assertNothingOverlaps(l, m);
        return l;
    }

    static void assertNothingOverlaps(TopologyLayout l, TopologyModel m) {
        List<Rect> top = new ArrayList<>(l.nodes().values());
        top.addAll(l.clients().values());
        top.add(l.outside());
        top.add(l.serviceBand());
        if (l.loadBalancer() != null) {
            top.add(l.loadBalancer());
        }
        if (l.pendingTray() != null) {
            top.add(l.pendingTray());
        }
        assertDisjoint("top-level boxes", top);
        assertDisjoint("pods", new ArrayList<>(l.pods().values()));
        List<Rect> cards = new ArrayList<>(l.services().values());
        cards.addAll(l.ingresses().values());
        assertDisjoint("Service and Ingress cards", cards);
        for (Rect card : cards) {
            assertTrue(l.serviceBand().encloses(card), "card inside the band");
        }
        for (NodeItem n : m.nodes()) {
            Rect box = l.nodes().get(n.name());
            Rect proxy = l.kubeProxy(n.name());
            assertTrue(box.encloses(proxy), "kube-proxy inside " + n.name());
            for (Rect tag : l.portTags(n.name())) {
                assertTrue(proxy.encloses(tag), "port tag inside kube-proxy of " + n.name());
            }
            assertDisjoint("port tags", l.portTags(n.name()));
        }
        for (PodItem p : m.pods()) {
            Rect r = l.pods().get(p.id());
            assertNotNull(r, "a box for " + p.id());
            if (p.scheduled()) {
                Rect node = l.nodes().get(p.node());
                assertTrue(node.encloses(r), p.id() + " inside " + p.node());
                assertTrue(!r.overlaps(l.kubeProxy(p.node())), p.id() + " clear of kube-proxy");
            }
        }
        for (Rect r : top) {
            assertTrue(l.bounds().encloses(r), "inside the bounds");
        }
        assertTrue(l.clusterFrame().encloses(l.serviceBand()));
    }

    static void assertDisjoint(String what, List<Rect> boxes) {
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertTrue(!boxes.get(i).overlaps(boxes.get(j)), what + ": " + boxes.get(i) + " overlaps " + boxes.get(j));
            }
        }
    }
}
