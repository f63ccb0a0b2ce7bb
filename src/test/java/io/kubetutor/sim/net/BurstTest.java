package io.kubetutor.sim.net;

import static io.kubetutor.sim.net.Net.bridgeIp;
import static io.kubetutor.sim.net.Net.nodeIp;
import static io.kubetutor.sim.net.Net.show;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.sim.Cluster;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Many requests at once and how they spread: evenly over the pods under random choice, all on one
 * pod for one client under ClientIP affinity, and unevenly under externalTrafficPolicy Local, where
 * the load balancer splits by node and each node only uses its own pods (none where it has none).
 */
class BurstTest {
    /** Pods a and b on node1, c on node3; a Cluster NodePort 30080, a Local LoadBalancer, a sticky NodePort 30082. */
    static final String WEB = Net.nginxPod("web-a", "node1", "web") + Net.nginxPod("web-b", "node1", "web")
            + Net.nginxPod("web-c", "node3", "web") + Net.clientPod("client", "node2") + """
            apiVersion: v1
            kind: Service
            metadata: {name: web}
            spec:
              type: NodePort
              selector: {app: web}
              ports: [{name: http, port: 80, targetPort: http, nodePort: 30080}]
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: web-local}
            spec:
              type: LoadBalancer
              externalTrafficPolicy: Local
              selector: {app: web}
              ports: [{name: http, port: 80, targetPort: http, nodePort: 30081}]
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: sticky}
            spec:
              type: NodePort
              clusterIP: 10.96.100.5
              sessionAffinity: ClientIP
              selector: {app: web}
              ports: [{name: http, port: 80, targetPort: http, nodePort: 30082}]
            """;

    static final Set<String> ALL = Set.of("default/web-a", "default/web-b", "default/web-c");

    @Test
    void randomChoiceSpreadsABurstEvenlyOverThePods() {
        Cluster c = Net.cluster(Net.cloudLoadBalancer(), WEB);
        int n = 9_000;
        Burst b = c.dataPlane().burst("laptop", "http://" + nodeIp(c, "node1") + ":30080", RequestKind.CURL, n, true,
                10);

        assertEquals(Map.of(Outcome.DELIVERED, n), b.perOutcome());
        assertEquals(Map.of("node1", n), b.perEntryNode());
        assertEquals(ALL, b.perPod().keySet());
        int[] counts = b.perPod().values().stream().mapToInt(Integer::intValue).toArray();
        double p = RandomChoiceTest.upperTail(RandomChoiceTest.chiSquare(counts), 2);
        assertTrue(p > RandomChoiceTest.SIGNIFICANCE, "p = " + p + ": " + b.perPod());
        // Cluster policy: the pods see node1 — its bridge for its own pods, its LAN address for web-c.
        Map<String, Integer> seen = b.perSourceSeen();
        assertEquals(Set.of(bridgeIp(c, "node1"), nodeIp(c, "node1")), seen.keySet());
        assertEquals(b.perPod().get("default/web-c"), seen.get(nodeIp(c, "node1")));
        assertEquals(10, b.traced().size());
        assertTrue(b.traced().stream().allMatch(t -> !t.hops().isEmpty()));
        Trace compact = b.trace(n - 1);
        assertTrue(compact.hops().isEmpty(), "untraced requests keep only their record");
        assertEquals(Outcome.DELIVERED, compact.outcome());
        assertTrue(ALL.contains(compact.podKey()), compact.podKey());
    }

    @Test
    void affinityPutsAllOfOneClientsBurstOnOnePod() {
        Cluster c = Net.cluster(WEB);
        Burst one = c.dataPlane().burst("client", "http://10.96.100.5", RequestKind.CURL, 2_000, false, 1);
        assertEquals(1, one.perPod().size(), one.perPod().toString());
        assertEquals(2_000, one.perPod().values().iterator().next());
        assertEquals(Map.of(Net.podIp(c, "client"), 2_000), one.perSourceSeen());
    }

    @Test
    void affinityPinsEachOfManyClientsSeparately() {
        Cluster c = Net.cluster(WEB);
        // The pin is taken on the client's address before the masquerade, so each outside client has its own.
        Burst many = c.dataPlane().burst("laptop", "http://" + nodeIp(c, "node2") + ":30082", RequestKind.CURL, 600,
                true, 0);
        assertEquals(ALL, many.perPod().keySet(), "different clients, different pins");
        assertEquals(600, c.dataPlane().pins().size(), "one pin per client address");
        assertTrue(c.dataPlane().pins().stream().allMatch(p -> p.node().equals("node2")));
        Burst again = c.dataPlane().burst("laptop", "http://" + nodeIp(c, "node2") + ":30082", RequestKind.CURL, 600,
                true, 0);
        for (int i = 0; i < 600; i++) {
            assertEquals(many.trace(i).podKey(), again.trace(i).podKey(), "client " + i + " stays on its pod");
        }
    }

    @Test
    void externalTrafficPolicyLocalLoadIsUnevenAndSkipsNodesWithoutPods() {
        Cluster c = Net.cluster(Net.cloudLoadBalancer(), WEB);
        int n = 6_000;
        Burst b = c.dataPlane().burst("laptop", "loadbalancer:web-local", RequestKind.CURL, n, true, 1);

        assertEquals(Map.of(Outcome.DELIVERED, n), b.perOutcome());
        assertEquals(Set.of("node1", "node3"), b.perEntryNode().keySet(), "node2 fails the health check");
        int node1 = b.perEntryNode().get("node1");
        int node3 = b.perEntryNode().get("node3");
        assertTrue(Math.abs(node1 - node3) < n / 10, "the load balancer splits by node: " + b.perEntryNode());
        int a = b.perPod().get("default/web-a");
        int bb = b.perPod().get("default/web-b");
        int lone = b.perPod().get("default/web-c");
        assertEquals(node3, lone, "web-c takes everything node3 gets");
        assertEquals(node1, a + bb);
        assertTrue(lone > 1.6 * a && lone > 1.6 * bb, "web-c carries about twice as much: " + b.perPod());
        assertEquals(n, b.perSourceSeen().size(), "each client's own address reaches the pods");
        Trace t = b.traced().get(0);
        assertTrue(t.sourceIpSeenByPod().startsWith("198.18."), show(t));
    }

    @Test
    void aBurstAtANodeWithoutLocalPodsUnderLocalIsAllDropped() {
        Cluster c = Net.cluster(Net.cloudLoadBalancer(), WEB);
        Burst b = c.dataPlane().burst("laptop", "http://" + nodeIp(c, "node2") + ":30081", RequestKind.CURL, 500,
                true, 1);

        assertEquals(Map.of(Outcome.DROPPED, 500), b.perOutcome());
        assertEquals(Map.of(), b.perPod());
        assertEquals(Map.of(), b.perSourceSeen());
        assertEquals(Map.of("node2", 500), b.perEntryNode());
        Trace t = b.traced().get(0);
        assertNull(t.pod());
        assertEquals(List.of("client:route", "kube_proxy:drop"), Net.kinds(t), show(t));
    }
}
