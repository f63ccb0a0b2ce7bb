package io.kubetutor.kubectl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.manifest.ManifestLoader;
import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.ClusterTopology.Node;
import io.kubetutor.sim.Cluster;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Node labels through kubectl: ROLES, --show-labels, -L and -l on nodes, and a pod's Node-Selectors. */
class NodeLabelsKubectlTest {
    private static Kubectl.Output run(Cluster c, String... args) {
        return Kubectl.run(new SimulatedKubectlCluster(c), new PrinterViews(), List.of(args));
    }

    /** A kubeadm control plane, a worker labelled with a role and a disk, and one with the legacy role label. */
    private static Cluster labelled() {
        ClusterTopology d = ClusterTopology.defaults();
        return new Cluster(new ClusterTopology(List.of(new Node("cp", "192.168.1.2", "10.244.0.0/24", true),
                new Node("node1", "192.168.1.3", "10.244.1.0/24", false,
                        Map.of("disk", "ssd", "node-role.kubernetes.io/worker", "")),
                new Node("node2", "192.168.1.4", "10.244.2.0/24", false, Map.of("kubernetes.io/role", "edge"))),
                d.clients(), d.serviceCIDR(), d.nodePortRange(), d.cloudLoadBalancer(), d.proxyMode()), 1);
    }

    @Test
    void showLabelsAddsEveryLabelSortedByKeyAsTheLastColumn() {
        Cluster c = new Cluster(ClusterTopology.defaults(), 1);
        assertEquals(new Kubectl.Output("""
                NAME    STATUS   ROLES    AGE   VERSION   LABELS
                node1   Ready    <none>   0s    v1.33.1   beta.kubernetes.io/arch=amd64,beta.kubernetes.io/os=linux,kubernetes.io/arch=amd64,kubernetes.io/hostname=node1,kubernetes.io/os=linux
                node2   Ready    <none>   0s    v1.33.1   beta.kubernetes.io/arch=amd64,beta.kubernetes.io/os=linux,kubernetes.io/arch=amd64,kubernetes.io/hostname=node2,kubernetes.io/os=linux
                node3   Ready    <none>   0s    v1.33.1   beta.kubernetes.io/arch=amd64,beta.kubernetes.io/os=linux,kubernetes.io/arch=amd64,kubernetes.io/hostname=node3,kubernetes.io/os=linux
                """, "", 0), run(c, "get", "nodes", "--show-labels"));
    }

    @Test
    void rolesComeFromNodeRoleLabelsAndTheLegacyRoleLabel() {
        assertEquals("""
                NAME    STATUS   ROLES           AGE   VERSION
                cp      Ready    control-plane   0s    v1.33.1
                node1   Ready    worker          0s    v1.33.1
                node2   Ready    edge            0s    v1.33.1
                """, run(labelled(), "get", "nodes").stdout());
    }

    @Test
    void labelColumnsAreHeadedByTheKeysLastSegmentAndEmptyWhereTheLabelIsMissing() {
        assertEquals("""
                NAME    STATUS   ROLES           AGE   VERSION   DISK   ROLE   HOSTNAME
                cp      Ready    control-plane   0s    v1.33.1                 cp
                node1   Ready    worker          0s    v1.33.1   ssd           node1
                node2   Ready    edge            0s    v1.33.1          edge   node2
                """, run(labelled(), "get", "nodes", "-L", "disk", "-L", "kubernetes.io/role,kubernetes.io/hostname")
                .stdout());
    }

    @Test
    void aSelectorPicksNodesByTheirLabels() {
        Cluster c = labelled();
        assertEquals("node/node1\n", run(c, "get", "nodes", "-l", "disk=ssd", "-o", "name").stdout());
        assertEquals("node/cp\n", run(c, "get", "nodes", "-l", "node-role.kubernetes.io/control-plane",
                "-o", "name").stdout());
        assertEquals("node/node1\nnode/node2\n", run(c, "get", "nodes", "-l",
                "!node-role.kubernetes.io/control-plane,kubernetes.io/os=linux", "-o", "name").stdout());
        assertEquals(new Kubectl.Output("", "No resources found\n", 0), run(c, "get", "nodes", "-l", "disk=nvme"));
        assertEquals(new Kubectl.Output("", "error: name cannot be provided when a selector is specified\n", 1),
                run(c, "get", "nodes", "node1", "-l", "disk=ssd"));
    }

    @Test
    void describePodListsItsNodeSelectorsSortedUnderTheConditions() {
        Cluster c = labelled();
        c.apply("pods.yaml", ManifestLoader.load("pods.yaml", """
                apiVersion: v1
                kind: Pod
                metadata: {name: nowhere}
                spec:
                  nodeSelector: {disk: nvme, kubernetes.io/os: linux}
                  containers: [{name: c, image: nginx}]
                """).objects(), false);
        String text = run(c, "describe", "pod", "nowhere").stdout();
        assertTrue(text.contains("""
                Conditions:
                  Type           Status
                  PodScheduled   False\s
                Node-Selectors:  disk=nvme
                                 kubernetes.io/os=linux
                Events:
                """), text);
        assertTrue(text.contains("default-scheduler  0/3 nodes are available: 1 node(s) had untolerated taint "
                + "{node-role.kubernetes.io/control-plane: }, 2 node(s) didn't match Pod's node affinity/selector. "
                + "preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.\n"), text);
    }
}
