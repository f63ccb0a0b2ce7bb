package io.kubetutor.kubectl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubetutor.model.Container;
import io.kubetutor.model.ObjectMeta;
import io.kubetutor.model.Pod;
import io.kubetutor.model.PodSpec;
import io.kubetutor.model.PodStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The order kubectl exec picks a workload's pod in: sort.Reverse(podutils.ActivePods), each rule
 * deciding only when the ones before it tie, times compared in the whole seconds the API keeps,
 * and full ties left in the API server's name order.
 */
class AttachablePodsOrderTest {
    private final KubectlCluster cluster = new TestCluster();

    /** A pod created at {@code created} ms whose one container started at {@code started} ms. */
    private static Pod pod(String name, String node, String phase, boolean ready, long created, Long started,
                           int restarts) {
        ObjectMeta meta = new ObjectMeta(name, "", "default", Map.of("app", "web"), Map.of(), "uid-" + name, created,
                List.of(), null);
        PodSpec spec = new PodSpec(node, "", "", List.of(),
                List.of(new Container("app", "nginx", null, null, null, null, null, null, null, null)), "Always",
                "ClusterFirst", true, false);
        PodStatus.ContainerStatus cs = new PodStatus.ContainerStatus("app", ready, started != null, restarts,
                started != null ? "running" : "waiting", "", started, null);
        PodStatus status = new PodStatus(phase, "", List.of(), "", List.of(new PodStatus.Condition("Ready",
                ready ? "True" : "False")), created, List.of(cs), "");
        return new Pod(meta, spec, status, null);
    }

    private List<String> ranked(Pod... pods) {
        List<Pod> list = new ArrayList<>(List.of(pods));
        list.sort((a, b) -> AttachablePods.mostActiveFirst(cluster, a, b));
        List<String> names = new ArrayList<>();
        list.forEach(p -> names.add(p.name()));
        return names;
    }

    @Test
    void assignedPodsComeBeforeUnassignedOnes() {
        assertEquals(List.of("b", "a"), ranked(pod("a", "", "Pending", false, 0, null, 0),
                pod("b", "node1", "Pending", false, 0, null, 0)));
    }

    @Test
    void runningComesBeforeUnknownWhichComesBeforePending() {
        assertEquals(List.of("c", "b", "a"), ranked(pod("a", "node1", "Pending", false, 0, null, 0),
                pod("b", "node1", "Unknown", false, 0, null, 0), pod("c", "node1", "Running", false, 0, 1000L, 0)));
    }

    @Test
    void readyComesBeforeNotReady() {
        assertEquals(List.of("b", "a"), ranked(pod("a", "node1", "Running", false, 0, 1000L, 0),
                pod("b", "node1", "Running", true, 0, 1000L, 0)));
    }

    @Test
    void thePodReadyLongerComesFirstWhenTheSecondsDiffer() {
        assertEquals(List.of("b", "a"), ranked(pod("a", "node1", "Running", true, 0, 9_000L, 0),
                pod("b", "node1", "Running", true, 5_000, 6_000L, 0)));
        assertEquals(List.of("a", "b"), ranked(pod("a", "node1", "Running", true, 0, 6_900L, 0),
                pod("b", "node1", "Running", true, 0, 6_100L, 0)), "within one second the times are equal");
    }

    @Test
    void fewerRestartsComeFirstThenTheOlderPod() {
        assertEquals(List.of("b", "a"), ranked(pod("a", "node1", "Running", true, 0, 2_000L, 3),
                pod("b", "node1", "Running", true, 0, 2_000L, 0)));
        assertEquals(List.of("b", "a"), ranked(pod("a", "node1", "Running", false, 4_000, 5_000L, 0),
                pod("b", "node1", "Running", false, 1_000, 5_000L, 0)));
    }

    @Test
    void fullTiesKeepTheListOrder() {
        assertEquals(List.of("a", "b"), ranked(pod("a", "node1", "Running", true, 0, 2_000L, 0),
                pod("b", "node2", "Running", true, 0, 2_000L, 0)));
    }
}
