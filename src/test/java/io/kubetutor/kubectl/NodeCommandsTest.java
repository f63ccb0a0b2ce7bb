package io.kubetutor.kubectl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.sim.Cluster;
import java.util.List;
import org.junit.jupiter.api.Test;

/** kubectl cordon, uncordon and get nodes over a living simulated cluster. */
class NodeCommandsTest {
    private final Cluster cluster = new Cluster(ClusterTopology.defaults(), 1);
    private final KubectlCluster kubectl = new SimulatedKubectlCluster(cluster);

    private Kubectl.Output run(String... args) {
        return Kubectl.run(kubectl, new PrinterViews(), List.of(args));
    }

    @Test
    void cordonAndUncordonSayWhatTheyDidOrThatItWasSoAlready() {
        assertEquals(new Kubectl.Output("node/node1 cordoned\n", "", 0), run("cordon", "node1"));
        assertTrue(cluster.nodeStates().get(0).unschedulable());
        assertEquals(new Kubectl.Output("node/node1 already cordoned\n", "", 0), run("cordon", "node1"));
        assertEquals(new Kubectl.Output("node/node1 uncordoned\n", "", 0), run("uncordon", "node1"));
        assertEquals(new Kubectl.Output("node/node1 already uncordoned\n", "", 0), run("uncordon", "node1"));
        assertEquals(new Kubectl.Output("node/node2 cordoned\nnode/node3 cordoned\n", "", 0),
                run("cordon", "node2", "node/node3"));
    }

    @Test
    void aDryRunChangesNothing() {
        assertEquals(new Kubectl.Output("node/node1 cordoned (dry run)\n", "", 0),
                run("cordon", "node1", "--dry-run=client"));
        assertTrue(!cluster.nodeStates().get(0).unschedulable());
    }

    @Test
    void anUnknownNodeIsNotFoundAndNothingIsCordoned() {
        assertEquals(new Kubectl.Output("", "Error from server (NotFound): nodes \"x\" not found\n", 1),
                run("cordon", "node1", "x"));
        assertTrue(!cluster.nodeStates().get(0).unschedulable(), "every node is fetched before any is patched");
        assertEquals(new Kubectl.Output("", "Error from server (NotFound): nodes \"x\" not found\n", 1),
                run("uncordon", "x"));
    }

    @Test
    void cordonWithoutANodeIsAUsageError() {
        assertEquals(new Kubectl.Output("", "error: USAGE: cordon NODE [flags]\n"
                + "See 'kubectl cordon -h' for help and examples\n", 1), run("cordon"));
    }

    @Test
    void getNodesShowsReadinessAndSchedulingWithKubectlsColumns() {
        cluster.advanceBy(90_000);
        run("cordon", "node2");
        assertEquals(new Kubectl.Output("""
                NAME    STATUS                     ROLES    AGE   VERSION
                node1   Ready                      <none>   90s   v1.33.1
                node2   Ready,SchedulingDisabled   <none>   90s   v1.33.1
                node3   Ready                      <none>   90s   v1.33.1
                """, "", 0), run("get", "nodes"));
        cluster.setNodeReady("node3", false);
        cluster.setNodeReady("node2", false);
        cluster.advanceBy(60_000);
        assertEquals("""
                NAME    STATUS                        ROLES    AGE     VERSION   INTERNAL-IP   EXTERNAL-IP   OS-IMAGE             KERNEL-VERSION     CONTAINER-RUNTIME
                node1   Ready                         <none>   2m30s   v1.33.1   192.168.1.2   <none>        Ubuntu 24.04.2 LTS   6.8.0-60-generic   containerd://1.7.27
                node2   NotReady,SchedulingDisabled   <none>   2m30s   v1.33.1   192.168.1.3   <none>        Ubuntu 24.04.2 LTS   6.8.0-60-generic   containerd://1.7.27
                node3   NotReady                      <none>   2m30s   v1.33.1   192.168.1.4   <none>        Ubuntu 24.04.2 LTS   6.8.0-60-generic   containerd://1.7.27
                """, run("get", "no", "-o", "wide").stdout());
    }

    @Test
    void getNodeByNameAndAsNames() {
        assertEquals("node/node1\nnode/node2\nnode/node3\n", run("get", "nodes", "-o", "name").stdout());
        assertEquals(new Kubectl.Output("""
                NAME    STATUS   ROLES    AGE   VERSION
                node2   Ready    <none>   0s    v1.33.1
                """, "Error from server (NotFound): nodes \"node9\" not found\n", 1),
                run("get", "node", "node2", "node9"));
        assertEquals("node/node3\n", run("get", "node/node3", "-o", "name").stdout());
    }

    @Test
    void aControlPlaneNodeShowsItsRole() {
        ClusterTopology d = ClusterTopology.defaults();
        ClusterTopology withCp = new ClusterTopology(List.of(new ClusterTopology.Node("cp", "192.168.1.9",
                "10.244.9.0/24", true), d.nodes().get(0)), d.clients(), d.serviceCIDR(), d.nodePortRange(),
                d.cloudLoadBalancer(), d.proxyMode());
        KubectlCluster k = new SimulatedKubectlCluster(new Cluster(withCp, 1));
        assertEquals("""
                NAME    STATUS   ROLES           AGE   VERSION
                cp      Ready    control-plane   0s    v1.33.1
                node1   Ready    <none>          0s    v1.33.1
                """, Kubectl.run(k, new PrinterViews(), List.of("get", "nodes")).stdout());
    }

    @Test
    void showLabelsAddsALabelsColumnToGet() {
        assertEquals(new Kubectl.Output("""
                NAME         TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE   LABELS
                kubernetes   ClusterIP   10.96.0.1    <none>        443/TCP   0s    component=apiserver,provider=kubernetes
                """, "", 0), run("get", "svc", "--show-labels"));
    }
}
