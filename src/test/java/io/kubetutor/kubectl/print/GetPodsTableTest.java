package io.kubetutor.kubectl.print;

import static io.kubetutor.kubectl.print.PrintFixtures.D;
import static io.kubetutor.kubectl.print.PrintFixtures.H;
import static io.kubetutor.kubectl.print.PrintFixtures.M;
import static io.kubetutor.kubectl.print.PrintFixtures.NOW;
import static io.kubetutor.kubectl.print.PrintFixtures.S;
import static io.kubetutor.kubectl.print.PrintFixtures.container;
import static io.kubetutor.kubectl.print.PrintFixtures.meta;
import static io.kubetutor.kubectl.print.PrintFixtures.pod;
import static io.kubetutor.kubectl.print.PrintFixtures.running;
import static io.kubetutor.kubectl.print.PrintFixtures.terminated;
import static io.kubetutor.kubectl.print.PrintFixtures.waiting;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubetutor.model.Container;
import io.kubetutor.model.Pod;
import io.kubetutor.model.PodStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * kubectl get pods. Expected tables come from Go's text/tabwriter with kubectl's settings over the
 * cells printers.go printPod makes; the STATUS rules are checked one by one below.
 */
class GetPodsTableTest {
    private static final List<Container> WEB = List.of(container("web", "nginx:1.27"));

    private static List<Pod> pods() {
        Pod terminating = pod(meta("web-7d4f8b9c5-pqrst", "default", 47 * H), "worker-2", "Running", "10.244.2.8",
                true, WEB, running("web", true));
        terminating = terminating.withMetadata(terminating.metadata().withDeletionTimestamp(NOW + 30 * S));
        return List.of(
                pod(meta("web-7d4f8b9c5-abcde", "default", 3 * H), "worker-1", "Running", "10.244.1.5", true, WEB,
                        running("web", true)),
                pod(meta("web-7d4f8b9c5-fghij", "default", 2 * M + 3 * S), "worker-2", "Running", "10.244.2.7", false,
                        WEB, running("web", false)),
                pod(meta("crash-5c6d7e8f9-klmno", "shop", 3 * D + 4 * H), "worker-1", "Running", "10.244.1.9", false,
                        List.of(container("app", "busybox:1.36")),
                        waiting("app", "CrashLoopBackOff", 3, NOW - 2 * M)),
                terminating,
                pod(meta("pending-pod", "default", 0), "", "Pending", "", false, WEB),
                pod(meta("creating-pod", "default", 5 * S), "worker-1", "Pending", "", false, WEB,
                        waiting("web", "ContainerCreating", 0, null)),
                pod(meta("job-done", "default", 59 * S), "worker-1", "Succeeded", "10.244.1.12", false,
                        List.of(container("job", "busybox:1.36")), terminated("job", "Completed")),
                pod(meta("two-step", "default", 5 * M), "worker-2", "Running", "10.244.2.20", false,
                        List.of(container("main", "busybox:1.36"), container("helper", "nginx:1.27")),
                        terminated("main", "Completed"), running("helper", true)));
    }

    @Test
    void readyStatusRestartsAndAgeForPodsInEveryState() {
        assertEquals(PODS, GetTables.pods(pods(), false, NOW));
    }

    @Test
    void wideWithAllNamespacesAddsNamespaceIpNodeNominatedNodeAndReadinessGates() {
        assertEquals(PODSWIDE, GetTables.pods(pods(), true, true, NOW));
    }

    @Test
    void wideShowsNoneForColumnsTheModelNeverFills() {
        assertEquals(PODSW, GetTables.pods(pods().subList(0, 1), true, NOW));
    }

    private static String status(Pod p) {
        return PodRow.of(p, NOW).status();
    }

    @Test
    void aRunningPodWhoseContainerIsNotReadyStaysRunningWithZeroReady() {
        Pod p = pods().get(1);
        assertEquals("Running", status(p));
        assertEquals("0/1", PodRow.of(p, NOW).ready());
    }

    @Test
    void theFirstContainerInSpecOrderGivesTheReason() {
        Pod p = pod(meta("two", "default", M), "worker-1", "Running", "10.0.0.1", false,
                List.of(container("a", "x"), container("b", "y")),
                waiting("a", "ImagePullBackOff", 0, null), waiting("b", "CrashLoopBackOff", 1, NOW - M));
        assertEquals("ImagePullBackOff", status(p));
        assertEquals("1 (60s ago)", PodRow.of(p, NOW).restarts());
    }

    @Test
    void aTerminatedContainerWithAnErrorReasonShowsError() {
        Pod p = pod(meta("failed", "default", M), "worker-1", "Failed", "10.0.0.1", false,
                List.of(container("a", "x")), terminated("a", "Error"));
        assertEquals("Error", status(p));
    }

    @Test
    void completedWithARunningContainerIsRunningWhenThePodIsReady() {
        Pod p = pod(meta("two", "default", M), "worker-1", "Running", "10.0.0.1", true,
                List.of(container("main", "x"), container("helper", "y")),
                terminated("main", "Completed"), running("helper", true));
        assertEquals("Running", status(p));
    }

    @Test
    void aDeletedPodThatAlreadySucceededKeepsItsReasonRatherThanTerminating() {
        Pod p = pods().get(6);
        p = p.withMetadata(p.metadata().withDeletionTimestamp(NOW));
        assertEquals("Completed", status(p));
    }

    @Test
    void withoutContainerStatusesThePhaseOrTheStatusReasonIsShown() {
        Pod evicted = pod(meta("evicted", "default", M), "worker-1", "Failed", "", false, WEB);
        evicted = evicted.withStatus(new PodStatus("Failed", "", List.of(), "", List.of(), null, List.of(),
                "Evicted"));
        assertEquals("Evicted", status(evicted));
    }

    @Test
    void restartsWithoutAKnownLastTerminationAreJustTheCount() {
        Pod p = pod(meta("r", "default", M), "worker-1", "Running", "10.0.0.1", true, WEB,
                new PodStatus.ContainerStatus("web", true, true, 2, "running", "", NOW, null));
        assertEquals("2", PodRow.of(p, NOW).restarts());
    }

    @Test
    void aStartedSidecarCountsTowardReadyAndTheInitContainersBeforeItDoNot() {
        Container sidecar = new Container("proxy", "envoy", List.of(), List.of(), List.of(), List.of(), null, null,
                null, "Always");
        Container init = container("migrate", "busybox:1.36");
        Pod p = pod(meta("mesh", "default", M), "worker-1", "Running", "10.0.0.1", true, WEB,
                terminated("migrate", "Completed"),
                new PodStatus.ContainerStatus("proxy", true, true, 0, "running", "", NOW, null),
                running("web", true));
        p = p.withSpec(p.spec().withContainers(List.of(init, sidecar), WEB));
        PodRow row = PodRow.of(p, NOW);
        assertEquals("2/2", row.ready());
        assertEquals("Running", row.status());
    }

    @Test
    void aWaitingInitContainerShowsInitAndItsReason() {
        Container init = container("migrate", "busybox:1.36");
        Pod p = pod(meta("mig", "default", M), "worker-1", "Pending", "10.0.0.1", false, WEB,
                waiting("migrate", "CrashLoopBackOff", 2, NOW - 5 * S), waiting("web", "PodInitializing", 0, null));
        p = p.withSpec(p.spec().withContainers(List.of(init), WEB));
        p = p.withStatus(new PodStatus("Pending", "10.0.0.1", List.of("10.0.0.1"), "172.18.0.3",
                List.of(new PodStatus.Condition("Initialized", "False")), null, p.status().containerStatuses(), ""));
        PodRow row = PodRow.of(p, NOW);
        assertEquals("Init:CrashLoopBackOff", row.status());
        assertEquals("2 (5s ago)", row.restarts());
    }

    private static final String PODS = """
                NAME                    READY   STATUS              RESTARTS     AGE
                web-7d4f8b9c5-abcde     1/1     Running             0            3h
                web-7d4f8b9c5-fghij     0/1     Running             0            2m3s
                crash-5c6d7e8f9-klmno   0/1     CrashLoopBackOff    3 (2m ago)   3d4h
                web-7d4f8b9c5-pqrst     1/1     Terminating         0            47h
                pending-pod             0/1     Pending             0            0s
                creating-pod            0/1     ContainerCreating   0            5s
                job-done                0/1     Completed           0            59s
                two-step                1/2     NotReady            0            5m
                """;

    private static final String PODSWIDE = """
                NAMESPACE   NAME                    READY   STATUS              RESTARTS     AGE    IP            NODE       NOMINATED NODE   READINESS GATES
                default     web-7d4f8b9c5-abcde     1/1     Running             0            3h     10.244.1.5    worker-1   <none>           <none>
                default     web-7d4f8b9c5-fghij     0/1     Running             0            2m3s   10.244.2.7    worker-2   <none>           <none>
                shop        crash-5c6d7e8f9-klmno   0/1     CrashLoopBackOff    3 (2m ago)   3d4h   10.244.1.9    worker-1   <none>           <none>
                default     web-7d4f8b9c5-pqrst     1/1     Terminating         0            47h    10.244.2.8    worker-2   <none>           <none>
                default     pending-pod             0/1     Pending             0            0s     <none>        <none>     <none>           <none>
                default     creating-pod            0/1     ContainerCreating   0            5s     <none>        worker-1   <none>           <none>
                default     job-done                0/1     Completed           0            59s    10.244.1.12   worker-1   <none>           <none>
                default     two-step                1/2     NotReady            0            5m     10.244.2.20   worker-2   <none>           <none>
                """;

    private static final String PODSW = """
                NAME                  READY   STATUS    RESTARTS   AGE   IP           NODE       NOMINATED NODE   READINESS GATES
                web-7d4f8b9c5-abcde   1/1     Running   0          3h    10.244.1.5   worker-1   <none>           <none>
                """;
}
