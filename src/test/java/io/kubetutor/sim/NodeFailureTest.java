package io.kubetutor.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.Pod;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodeFailureTest {
    static final String STATEFUL = """
            apiVersion: apps/v1
            kind: StatefulSet
            metadata: {name: db}
            spec:
              serviceName: db
              replicas: 3
              selector: {matchLabels: {app: db}}
              template:
                metadata: {labels: {app: db}}
                spec: {containers: [{name: db, image: nginx:1.27, ports: [{containerPort: 80}]}]}
            """;

    /** A settled cluster with the web Deployment (one pod per node) and its Service. */
    static Cluster web() {
        Cluster c = Clusters.with(EndpointsFollowPodsTest.WEB);
        c.advanceBy(7_000);
        return c;
    }

    static Pod podOn(Cluster c, String node, String prefix) {
        return Clusters.inDefault(c, Pod.class).stream()
                .filter(p -> p.spec().nodeName().equals(node) && p.name().startsWith(prefix)
                        && !p.metadata().deleting()).findFirst().orElseThrow();
    }

    static NodeState state(Cluster c, String node) {
        return c.nodeStates().stream().filter(n -> n.name().equals(node)).findFirst().orElseThrow();
    }

    /** When the node lifecycle controller notices a node that failed now: the first 5 s pass after last renewal + 50 s. */
    static long noticedAt(Cluster c) {
        long lastRenewal = c.now() - c.now() % NodeLifecycleController.LEASE_RENEW_MILLIS;
        return NodeLifecycleController.firstTickAfter(lastRenewal + NodeLifecycleController.GRACE_PERIOD_MILLIS);
    }

    @Test
    void theApiServerKeepsCallingAFailedNodeReadyUntilTheGracePeriodIsOver() {
        Cluster c = web();
        Pod victim = podOn(c, "node2", "web-");
        long noticed = noticedAt(c);
        c.setNodeReady("node2", false);
        NodeState s = state(c, "node2");
        assertTrue(s.failed());
        assertEquals("True", s.ready());
        assertTrue(noticed - c.now() > 40_000 && noticed - c.now() <= 55_000, () -> "noticed at " + noticed);
        c.advanceTo(noticed - 1);
        assertEquals("True", state(c, "node2").ready());
        assertTrue(Clusters.pod(c, victim.name()).status().ready(), "still Ready in the API");
        assertTrue(EndpointsFollowPodsTest.ready(c, "web").contains(victim.status().podIP()));
        c.advanceTo(noticed);
        assertEquals("Unknown", state(c, "node2").ready());
        assertEquals(List.of("node.kubernetes.io/unreachable:NoSchedule"), state(c, "node2").taints());
    }

    @Test
    void failedNodesPodsLeaveReadyEndpointsAfterTheGracePeriod() {
        Cluster c = web();
        Pod victim = podOn(c, "node2", "web-");
        String ip = victim.status().podIP();
        long noticed = noticedAt(c);
        c.setNodeReady("node2", false);
        c.advanceTo(noticed);
        Pod marked = Clusters.pod(c, victim.name());
        assertEquals("False", marked.status().condition("Ready"));
        assertTrue(marked.status().containerStatuses().get(0).ready(),
                "the container statuses are the kubelet's, which cannot report: READY still says 1/1");
        assertFalse(EndpointsFollowPodsTest.ready(c, "web").contains(ip));
        assertTrue(EndpointsFollowPodsTest.notReady(c, "web").contains(ip));
        List<KubeEvent> events = c.kubeEvents(ObjectKey.of(marked));
        KubeEvent last = events.get(events.size() - 1);
        assertEquals("NodeNotReady", last.reason());
        assertEquals("Node is not ready", last.message());
        assertEquals("node-controller", last.from());
        assertEquals("Node node2 status is now: NodeNotReady",
                c.nodeEvents("node2").get(c.nodeEvents("node2").size() - 1).message());
        c.advanceTo(noticed + NodeLifecycleController.MONITOR_PERIOD_MILLIS);
        assertEquals(List.of("node.kubernetes.io/unreachable:NoSchedule", "node.kubernetes.io/unreachable:NoExecute"),
                state(c, "node2").taints());
    }

    @Test
    void podsOfAFailedNodeAreEvictedAfterTheirTolerationAndReplacedElsewhere() {
        Cluster c = web();
        Pod victim = podOn(c, "node2", "web-");
        long tainted = noticedAt(c) + NodeLifecycleController.MONITOR_PERIOD_MILLIS;
        c.setNodeReady("node2", false);
        c.advanceTo(tainted + TaintEvictions.DEFAULT_TOLERATION_MILLIS - 1);
        assertFalse(Clusters.pod(c, victim.name()).metadata().deleting(), "300 s are not over");
        List<String> before = WorkloadTest.livePods(c).stream().map(Pod::name).toList();
        c.advanceTo(tainted + TaintEvictions.DEFAULT_TOLERATION_MILLIS);
        Pod evicted = Clusters.pod(c, victim.name());
        assertTrue(evicted.metadata().deleting());
        assertEquals("True", evicted.status().condition("DisruptionTarget"));
        List<Pod> live = WorkloadTest.livePods(c);
        assertEquals(3, live.size());
        Pod replacement = live.stream().filter(p -> !before.contains(p.name())).findFirst().orElseThrow();
        assertNotEquals("node2", replacement.spec().nodeName());
        c.advanceBy(600_000);
        assertTrue(Clusters.pod(c, victim.name()).metadata().deleting(),
                "no kubelet confirms the deletion: the pod stays Terminating");
        assertTrue(Clusters.pod(c, replacement.name()).status().ready());
        List<String> kinds = c.events().all().stream().map(e -> e.kind().name()).toList();
        assertTrue(kinds.contains("POD_EVICTION_SCHEDULED") && kinds.contains("POD_EVICTED"), kinds::toString);
    }

    @Test
    void aStatefulSetPodOnAFailedNodeStaysTerminatingAndIsNotReplaced() {
        Cluster c = Clusters.with(STATEFUL);
        c.advanceBy(30_000);
        Pod victim = podOn(c, "node2", "db-");
        long tainted = noticedAt(c) + NodeLifecycleController.MONITOR_PERIOD_MILLIS;
        c.setNodeReady("node2", false);
        c.advanceTo(tainted + TaintEvictions.DEFAULT_TOLERATION_MILLIS + 120_000);
        Pod stuck = Clusters.pod(c, victim.name());
        assertTrue(stuck.metadata().deleting());
        assertEquals(victim.metadata().uid(), stuck.metadata().uid(), "the same pod, never replaced");
        c.setNodeReady("node2", true);
        assertTrue(c.get(Pod.class, "default", victim.name()).map(p -> !p.metadata().uid()
                .equals(victim.metadata().uid())).orElse(true), "the returning kubelet confirms the deletion");
        c.advanceBy(60_000);
        Pod again = Clusters.pod(c, victim.name());
        assertNotEquals(victim.metadata().uid(), again.metadata().uid());
        assertTrue(again.status().ready());
    }

    @Test
    void aNodeBackBeforeTheEvictionKeepsItsPodsWhichRestartWithNewAddresses() {
        Cluster c = web();
        Pod victim = podOn(c, "node2", "web-");
        long noticed = noticedAt(c);
        c.setNodeReady("node2", false);
        c.advanceTo(noticed + 60_000);
        c.setNodeReady("node2", true);
        assertEquals("True", state(c, "node2").ready());
        assertFalse(state(c, "node2").failed());
        assertEquals(List.of("node.kubernetes.io/unreachable:NoExecute"), state(c, "node2").taints(),
                "the NoSchedule taint follows the Ready condition at once; the NoExecute one waits for the next pass");
        c.advanceBy(NodeLifecycleController.MONITOR_PERIOD_MILLIS);
        assertEquals(List.of(), state(c, "node2").taints());
        c.advanceBy(Kubelet.CONTAINER_START_MILLIS + TaintEvictions.DEFAULT_TOLERATION_MILLIS);
        Pod back = Clusters.pod(c, victim.name());
        assertEquals(victim.metadata().uid(), back.metadata().uid());
        assertFalse(back.metadata().deleting(), "the eviction was cancelled");
        assertTrue(back.status().ready());
        assertEquals(1, back.status().containerStatuses().get(0).restartCount());
        assertNotEquals(victim.status().podIP(), back.status().podIP(), "a new sandbox, a new address");
        assertTrue(EndpointsFollowPodsTest.ready(c, "web").contains(back.status().podIP()));
        assertTrue(c.events().all().stream().anyMatch(e -> e.kind() == ClusterEvent.Kind.POD_EVICTION_CANCELLED));
    }

    @Test
    void withEveryNodeDownTheControllerEvictsNothing() {
        Cluster c = web();
        for (String n : List.of("node1", "node2", "node3")) {
            c.setNodeReady(n, false);
        }
        c.advanceBy(TaintEvictions.DEFAULT_TOLERATION_MILLIS + 120_000);
        for (NodeState s : c.nodeStates()) {
            assertEquals("Unknown", s.ready());
            assertEquals(List.of("node.kubernetes.io/unreachable:NoSchedule"), s.taints(), s.name());
        }
        assertTrue(Clusters.inDefault(c, Pod.class).stream().noneMatch(p -> p.metadata().deleting()));
        assertTrue(c.events().all().stream().anyMatch(e -> e.kind() == ClusterEvent.Kind.ZONE_DISRUPTION));
    }

    @Test
    void theNoExecuteTaintReachesOneNodeEveryTenSeconds() {
        Cluster c = new Cluster(fourNodes(), 1);
        c.advanceBy(7_000);
        long tainted = noticedAt(c) + NodeLifecycleController.MONITOR_PERIOD_MILLIS;
        c.setNodeReady("node1", false);
        c.setNodeReady("node2", false);
        c.advanceTo(tainted);
        assertTrue(state(c, "node1").taints().contains("node.kubernetes.io/unreachable:NoExecute"));
        assertFalse(state(c, "node2").taints().contains("node.kubernetes.io/unreachable:NoExecute"));
        c.advanceTo(tainted + NodeLifecycleController.TAINT_INTERVAL_MILLIS);
        assertTrue(state(c, "node2").taints().contains("node.kubernetes.io/unreachable:NoExecute"));
    }

    private static io.kubetutor.model.ClusterTopology fourNodes() {
        io.kubetutor.model.ClusterTopology d = io.kubetutor.model.ClusterTopology.defaults();
        List<io.kubetutor.model.ClusterTopology.Node> nodes = new java.util.ArrayList<>(d.nodes());
        nodes.add(new io.kubetutor.model.ClusterTopology.Node("node4", "192.168.1.5", "10.244.3.0/24", false));
        return new io.kubetutor.model.ClusterTopology(nodes, d.clients(), d.serviceCIDR(), d.nodePortRange(),
                d.cloudLoadBalancer(), d.proxyMode());
    }
}
