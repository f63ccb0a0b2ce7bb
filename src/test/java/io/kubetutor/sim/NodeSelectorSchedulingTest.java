package io.kubetutor.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.ClusterTopology.Node;
import io.kubetutor.model.Pod;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** spec.nodeSelector as the default scheduler's NodeAffinity filter applies it, over the nodes' labels. */
class NodeSelectorSchedulingTest {
    private static String deployment(int replicas, String nodeSelector) {
        return """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                spec:
                  replicas: %d
                  selector: {matchLabels: {app: web}}
                  template:
                    metadata: {labels: {app: web}}
                    spec:
                      nodeSelector: %s
                      containers: [{name: web, image: nginx}]
                """.formatted(replicas, nodeSelector);
    }

    private static Set<String> nodesOf(Cluster c) {
        return Clusters.inDefault(c, Pod.class).stream().map(p -> p.spec().nodeName()).collect(Collectors.toSet());
    }

    private static ClusterTopology topology(List<Node> nodes) {
        ClusterTopology d = ClusterTopology.defaults();
        return new ClusterTopology(nodes, d.clients(), d.serviceCIDR(), d.nodePortRange(), d.cloudLoadBalancer(),
                d.proxyMode());
    }

    private static String failedScheduling(Cluster c, Pod p) {
        List<KubeEvent> events = c.kubeEvents(ObjectKey.of(p));
        assertEquals("FailedScheduling", events.get(0).reason());
        return events.get(0).message();
    }

    @Test
    void aDeploymentPinnedByHostnameRunsEveryReplicaOnThatNode() {
        Cluster c = Clusters.with(deployment(6, "{kubernetes.io/hostname: node2}"));
        List<Pod> pods = Clusters.inDefault(c, Pod.class);
        assertEquals(6, pods.size());
        assertEquals(Set.of("node2"), nodesOf(c));
    }

    @Test
    void withoutASelectorTheSameDeploymentSpreadsOverEveryNode() {
        Cluster c = Clusters.with(deployment(6, "{}"));
        assertEquals(Set.of("node1", "node2", "node3"), nodesOf(c));
    }

    @Test
    void noMatchingNodeLeavesEveryPodPendingWithTheSchedulersMessage() {
        Cluster c = Clusters.with(deployment(2, "{disk: ssd}"));
        List<Pod> pods = Clusters.inDefault(c, Pod.class);
        assertEquals(2, pods.size());
        for (Pod p : pods) {
            assertEquals("", p.spec().nodeName());
            assertEquals("Pending", p.status().phase());
            assertEquals("0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector. preemption: "
                    + "0/3 nodes are available: 3 Preemption is not helpful for scheduling.", failedScheduling(c, p));
        }
    }

    @Test
    void eachNodeCountsUnderTheFirstFilterThatRejectsIt() {
        // Filters run as the default profile orders them: NodeUnschedulable, TaintToleration, NodeAffinity.
        Cluster c = new Cluster(topology(List.of(new Node("cp", "192.168.1.2", "10.244.0.0/24", true),
                new Node("node1", "192.168.1.3", "10.244.1.0/24", false),
                new Node("node2", "192.168.1.4", "10.244.2.0/24", false))), 1);
        c.cordon("node2", true);
        Clusters.apply(c, deployment(1, "{disk: ssd}"));
        Pod p = Clusters.inDefault(c, Pod.class).get(0);
        assertEquals("0/3 nodes are available: 1 node(s) didn't match Pod's node affinity/selector, 1 node(s) had "
                + "untolerated taint {node-role.kubernetes.io/control-plane: }, 1 node(s) were unschedulable. "
                + "preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.",
                failedScheduling(c, p));
    }

    @Test
    void aPodPinnedToTheControlPlaneByItsRoleLabelIsStillKeptOffByItsTaint() {
        Cluster c = new Cluster(topology(List.of(new Node("cp", "192.168.1.2", "10.244.0.0/24", true),
                new Node("node1", "192.168.1.3", "10.244.1.0/24", false),
                new Node("node2", "192.168.1.4", "10.244.2.0/24", false))), 1);
        Clusters.apply(c, deployment(1, "{node-role.kubernetes.io/control-plane: \"\"}"));
        Pod p = Clusters.inDefault(c, Pod.class).get(0);
        assertEquals("0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: "
                + "}, 2 node(s) didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: "
                + "3 Preemption is not helpful for scheduling.", failedScheduling(c, p));
    }

    @Test
    void everyNodeCarriesTheLabelsOfAKubeadmNodeAndAControlPlaneNodeItsRole() {
        Cluster c = new Cluster(topology(List.of(new Node("cp", "192.168.1.2", "10.244.0.0/24", true),
                new Node("node1", "192.168.1.3", "10.244.1.0/24", false))), 1);
        NodeState cp = c.nodeStates().get(0);
        NodeState worker = c.nodeStates().get(1);
        assertEquals(Map.of("kubernetes.io/hostname", "node1", "kubernetes.io/os", "linux", "kubernetes.io/arch", "amd64",
                "beta.kubernetes.io/os", "linux", "beta.kubernetes.io/arch", "amd64"), worker.labels());
        assertEquals(Map.of("kubernetes.io/hostname", "cp", "kubernetes.io/os", "linux", "kubernetes.io/arch", "amd64",
                "beta.kubernetes.io/os", "linux", "beta.kubernetes.io/arch", "amd64",
                "node-role.kubernetes.io/control-plane", "",
                "node.kubernetes.io/exclude-from-external-load-balancers", ""), cp.labels());
    }

    @Test
    void theTopologysExtraLabelsSteerPodsToTheNodesThatHaveThem() {
        Cluster c = new Cluster(topology(List.of(new Node("node1", "192.168.1.2", "10.244.0.0/24", false),
                new Node("node2", "192.168.1.3", "10.244.1.0/24", false, Map.of("disk", "ssd", "zone", "a")),
                new Node("node3", "192.168.1.4", "10.244.2.0/24", false, Map.of("disk", "ssd", "zone", "b")))), 1);
        assertEquals("ssd", c.nodeStates().get(1).labels().get("disk"));
        Clusters.apply(c, deployment(4, "{disk: ssd, zone: b}"));
        assertEquals(Set.of("node3"), nodesOf(c));
    }

    @Test
    void cordoningTheOnlyMatchingNodeKeepsNewPodsPendingUntilItIsUncordoned() {
        Cluster c = Clusters.fresh();
        c.cordon("node2", true);
        Clusters.apply(c, deployment(1, "{kubernetes.io/hostname: node2}"));
        Pod p = Clusters.inDefault(c, Pod.class).get(0);
        assertEquals("0/3 nodes are available: 1 node(s) were unschedulable, 2 node(s) didn't match Pod's node "
                + "affinity/selector. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.",
                failedScheduling(c, p));
        c.cordon("node2", false);
        assertEquals("node2", Clusters.pod(c, p.name()).spec().nodeName(), "uncordoning retries the pending pod");
    }

    @Test
    void replicaSetAndStatefulSetTemplatesCarryTheSelectorToTheirPods() {
        Cluster c = Clusters.with("""
                apiVersion: apps/v1
                kind: ReplicaSet
                metadata: {name: rs}
                spec:
                  replicas: 3
                  selector: {matchLabels: {app: rs}}
                  template:
                    metadata: {labels: {app: rs}}
                    spec:
                      nodeSelector: {kubernetes.io/hostname: node1}
                      containers: [{name: web, image: nginx}]
                ---
                apiVersion: apps/v1
                kind: StatefulSet
                metadata: {name: db}
                spec:
                  replicas: 2
                  serviceName: db
                  podManagementPolicy: Parallel
                  selector: {matchLabels: {app: db}}
                  template:
                    metadata: {labels: {app: db}}
                    spec:
                      nodeSelector: {kubernetes.io/hostname: node3}
                      containers: [{name: db, image: postgres}]
                """);
        for (Pod p : Clusters.inDefault(c, Pod.class)) {
            String expected = p.name().startsWith("rs-") ? "node1" : "node3";
            assertEquals(expected, p.spec().nodeName(), p.name());
            assertEquals(p.name().startsWith("rs-") ? Map.of("kubernetes.io/hostname", "node1")
                    : Map.of("kubernetes.io/hostname", "node3"), p.spec().nodeSelector());
        }
        assertEquals(5, Clusters.inDefault(c, Pod.class).size());
    }

    @Test
    void editingTheSelectorRollsTheDeploymentOntoTheNewNode() {
        Cluster c = Clusters.with(deployment(2, "{kubernetes.io/hostname: node2}"));
        Clusters.apply(c, deployment(2, "{kubernetes.io/hostname: node3}"));
        c.advanceBy(120_000);
        List<Pod> pods = Clusters.inDefault(c, Pod.class);
        assertEquals(2, pods.size(), () -> pods.toString());
        assertEquals(Set.of("node3"), nodesOf(c), "a new template hash, so a new ReplicaSet whose pods go to node3");
    }
}
