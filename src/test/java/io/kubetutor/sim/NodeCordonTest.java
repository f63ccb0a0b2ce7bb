package io.kubetutor.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.Pod;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodeCordonTest {
    private static String pods(String prefix, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append("---\napiVersion: v1\nkind: Pod\nmetadata: {name: ").append(prefix).append(i)
                    .append("}\nspec: {containers: [{name: c, image: nginx}]}\n");
        }
        return sb.toString();
    }

    private static NodeState state(Cluster c, String node) {
        return c.nodeStates().stream().filter(n -> n.name().equals(node)).findFirst().orElseThrow();
    }

    @Test
    void cordonedNodeGetsNoNewPodsAndRunningOnesStay() {
        Cluster c = Clusters.with(pods("a", 6));
        c.advanceBy(5_000);
        List<Pod> onNode2 = Clusters.inDefault(c, Pod.class).stream()
                .filter(p -> p.spec().nodeName().equals("node2")).toList();
        assertFalse(onNode2.isEmpty());
        c.cordon("node2", true);
        NodeState s = state(c, "node2");
        assertTrue(s.unschedulable());
        assertEquals(List.of("node.kubernetes.io/unschedulable:NoSchedule"), s.taints());
        assertEquals("True", s.ready());
        Clusters.apply(c, pods("b", 6));
        for (int i = 0; i < 6; i++) {
            assertFalse(Clusters.pod(c, "b" + i).spec().nodeName().equals("node2"), "b" + i + " avoided node2");
        }
        c.advanceBy(5_000);
        for (Pod p : onNode2) {
            Pod now = Clusters.pod(c, p.name());
            assertEquals("node2", now.spec().nodeName());
            assertTrue(now.status().ready(), p.name() + " keeps running on the cordoned node");
        }
        List<String> kinds = c.events().all().stream().map(e -> e.kind().name()).toList();
        assertTrue(kinds.contains("NODE_CORDONED") && kinds.contains("NODE_TAINTED"), kinds::toString);
        assertEquals("Node node2 status is now: NodeNotSchedulable",
                c.nodeEvents("node2").get(c.nodeEvents("node2").size() - 1).message());
    }

    @Test
    void aPodNoNodeTakesStaysPendingWithTheSchedulersMessageUntilANodeIsUncordoned() {
        Cluster c = Clusters.fresh();
        for (String n : List.of("node1", "node2", "node3")) {
            c.cordon(n, true);
        }
        Clusters.apply(c, pods("p", 1));
        Pod p = Clusters.pod(c, "p0");
        assertEquals("", p.spec().nodeName());
        assertEquals("Pending", p.status().phase());
        assertEquals("0/3 nodes are available: 3 node(s) were unschedulable. preemption: 0/3 nodes are available:"
                + " 3 Preemption is not helpful for scheduling.", c.kubeEvents(ObjectKey.of(p)).get(0).message());
        c.cordon("node3", false);
        assertEquals("node3", Clusters.pod(c, "p0").spec().nodeName());
        assertEquals(List.of(), state(c, "node3").taints());
    }

    @Test
    void theFilterThatFailsFirstNamesEachNodeOnce() {
        io.kubetutor.model.ClusterTopology withControlPlane = new io.kubetutor.model.ClusterTopology(
                List.of(new io.kubetutor.model.ClusterTopology.Node("cp", "192.168.1.2", "10.244.0.0/24", true),
                        new io.kubetutor.model.ClusterTopology.Node("node1", "192.168.1.3", "10.244.1.0/24", false),
                        new io.kubetutor.model.ClusterTopology.Node("node2", "192.168.1.4", "10.244.2.0/24", false)),
                io.kubetutor.model.ClusterTopology.defaults().clients(), "10.96.0.0/12",
                new io.kubetutor.model.ClusterTopology.PortRange(30000, 32767),
                new io.kubetutor.model.ClusterTopology.CloudLoadBalancer(false, "203.0.113.0/28"),
                io.kubetutor.model.ClusterTopology.ProxyMode.IPTABLES);
        Cluster c = new Cluster(withControlPlane, 1);
        c.cordon("cp", true); // NodeUnschedulable runs before TaintToleration: the cordon is what it reports
        c.cordon("node1", true);
        c.cordon("node2", true);
        Clusters.apply(c, pods("p", 1));
        assertEquals("0/3 nodes are available: 3 node(s) were unschedulable. preemption: 0/3 nodes are available:"
                        + " 3 Preemption is not helpful for scheduling.",
                c.kubeEvents(ObjectKey.of(Clusters.pod(c, "p0"))).get(0).message());
        assertEquals(List.of("node-role.kubernetes.io/control-plane:NoSchedule",
                "node.kubernetes.io/unschedulable:NoSchedule"), state(c, "cp").taints());
        c.cordon("cp", false);
        c.cordon("node1", false);
        c.cordon("node1", true);
        Clusters.apply(c, pods("q", 1));
        assertEquals("0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane:"
                        + " }, 2 node(s) were unschedulable. preemption: 0/3 nodes are available: 3 Preemption is not"
                        + " helpful for scheduling.",
                c.kubeEvents(ObjectKey.of(Clusters.pod(c, "q0"))).get(0).message());
    }

    @Test
    void cordoningTwiceChangesNothingAndAnUnknownNodeIsRefused() {
        Cluster c = Clusters.fresh();
        c.cordon("node1", true);
        long seq = c.events().lastSeq();
        c.cordon("node1", true);
        assertEquals(seq, c.events().lastSeq());
        assertThrows(IllegalArgumentException.class, () -> c.cordon("node9", true));
    }
}
