package io.kubetutor.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.Pod;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchedulingTest {
    private static String pods(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append("---\napiVersion: v1\nkind: Pod\nmetadata: {name: p").append(i)
                    .append("}\nspec: {containers: [{name: c, image: nginx}]}\n");
        }
        return sb.toString();
    }

    @Test
    void podsSpreadEvenlyOverTheNodes() {
        Cluster c = Clusters.with(pods(9));
        Map<String, Integer> perNode = new HashMap<>();
        for (Pod p : Clusters.inDefault(c, Pod.class)) {
            perNode.merge(p.spec().nodeName(), 1, Integer::sum);
        }
        assertEquals(Map.of("node1", 3, "node2", 3, "node3", 3), perNode);
    }

    @Test
    void theSameSeedPlacesTheSamePodsOnTheSameNodes() {
        List<String> first = placements(Clusters.with(pods(7)));
        assertEquals(first, placements(Clusters.with(pods(7))));
    }

    private static List<String> placements(Cluster c) {
        return c.snapshot().all(Pod.class).stream().map(p -> p.name() + "@" + p.spec().nodeName()).toList();
    }

    @Test
    void aPodBeyondEveryNodesCapacityStaysPendingWithTheSchedulersMessage() {
        ClusterTopology one = new ClusterTopology(
                List.of(new ClusterTopology.Node("cp", "192.168.1.2", "10.244.0.0/24", true),
                        new ClusterTopology.Node("node1", "192.168.1.3", "10.244.1.0/24", false)),
                ClusterTopology.defaults().clients(), "10.96.0.0/12", new ClusterTopology.PortRange(30000, 32767),
                new ClusterTopology.CloudLoadBalancer(false, "203.0.113.0/28"), ClusterTopology.ProxyMode.IPTABLES);
        Cluster c = new Cluster(one, 1);
        Clusters.apply(c, pods(Scheduler.MAX_PODS + 1));
        Pod last = Clusters.pod(c, "p" + Scheduler.MAX_PODS);
        assertEquals("", last.spec().nodeName());
        assertEquals("Pending", last.status().phase());
        assertEquals("0/2 nodes are available: 1 Too many pods, 1 node(s) had untolerated taint "
                        + "{node-role.kubernetes.io/control-plane: }. preemption: 0/2 nodes are available: "
                        + "1 No preemption victims found for incoming pod, 1 Preemption is not helpful for scheduling.",
                c.kubeEvents(ObjectKey.of(last)).get(0).message());
        c.delete(ObjectKey.of(Clusters.pod(c, "p0")), "kubectl delete");
        c.advanceBy(Kubelet.APP_EXIT_MILLIS);
        assertEquals("node1", Clusters.pod(c, "p" + Scheduler.MAX_PODS).spec().nodeName(),
                "a freed place goes to the waiting pod");
    }

    @Test
    void aPodWithAPinnedIpLandsOnTheNodeWhoseRangeHoldsIt() {
        Cluster c = Clusters.with("""
                apiVersion: v1
                kind: Pod
                metadata: {name: web}
                spec: {containers: [{name: c, image: nginx}]}
                status: {podIP: 10.244.2.7, phase: Running}
                """);
        Pod p = Clusters.pod(c, "web");
        assertEquals("node3", p.spec().nodeName());
        assertEquals("10.244.2.7", p.status().podIP());
        assertTrue(p.status().ready());
    }
}
