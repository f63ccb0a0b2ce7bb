package io.kubetutor.kubectl.print;

import static io.kubetutor.kubectl.print.PrintFixtures.D;
import static io.kubetutor.kubectl.print.PrintFixtures.H;
import static io.kubetutor.kubectl.print.PrintFixtures.M;
import static io.kubetutor.kubectl.print.PrintFixtures.NOW;
import static io.kubetutor.kubectl.print.PrintFixtures.S;
import static io.kubetutor.kubectl.print.PrintFixtures.container;
import static io.kubetutor.kubectl.print.PrintFixtures.containerPort;
import static io.kubetutor.kubectl.print.PrintFixtures.event;
import static io.kubetutor.kubectl.print.PrintFixtures.labels;
import static io.kubetutor.kubectl.print.PrintFixtures.meta;
import static io.kubetutor.kubectl.print.PrintFixtures.pod;
import static io.kubetutor.kubectl.print.PrintFixtures.waiting;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubetutor.model.Container;
import io.kubetutor.model.IntOrString;
import io.kubetutor.model.ObjectMeta;
import io.kubetutor.model.Pod;
import io.kubetutor.model.PodStatus;
import io.kubetutor.model.Probe;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * kubectl describe pod, limited to the fields the model holds. Expected text is what Go's
 * text/tabwriter (minwidth 0, tabwidth 8, padding 2) makes of the lines describe.go writes.
 */
class DescribePodTest {

    private static Probe probe(Probe base, int delay, int timeout, int period, int success, int failure) {
        return base.withTimings(delay, timeout, period, success, failure);
    }

    @Test
    void aCrashLoopingPodWithCommandProbesConditionsAndRepeatedEvents() {
        Probe liveness = probe(new Probe(new Probe.Exec(List.of("cat", "/tmp/healthy")), null, null, null, 0, 0, 0, 0,
                0), 5, 1, 10, 1, 3);
        Probe readiness = probe(new Probe(null, new Probe.HttpGet("/healthz", IntOrString.of(8080), "", "HTTP"), null,
                null, 0, 0, 0, 0, 0), 0, 1, 10, 1, 3);
        Container app = new Container("app", "busybox:1.36", List.of("sh", "-c", "exit 1"), List.of(),
                List.of(containerPort(8080)), List.of(), readiness, liveness, null, null);
        ObjectMeta meta = meta("crash-5c6d7e8f9-klmno", "shop", 3 * D + 4 * H)
                .withLabels(labels("pod-template-hash", "5c6d7e8f9", "app", "crash"))
                .withOwnerReferences(List.of(new ObjectMeta.OwnerReference("apps/v1", "ReplicaSet", "crash-5c6d7e8f9",
                        "uid-rs", true)));
        Pod crash = pod(meta, "worker-1", "Running", "10.244.1.9", false, List.of(app),
                waiting("app", "CrashLoopBackOff", 3, NOW - 2 * M));
        List<EventRow> events = List.of(
                event("Warning", "BackOff", 3 * D + 4 * H, 2 * M, 12, "kubelet",
                        "Back-off restarting failed container app in pod crash-5c6d7e8f9-klmno_shop"),
                event("Normal", "Scheduled", 3 * D + 4 * H, 3 * D + 4 * H, 1, "default-scheduler",
                        "Successfully assigned shop/crash-5c6d7e8f9-klmno to worker-1"));
        assertEquals(DPOD, Describe.pod(crash, events, NOW));
    }

    @Test
    void anUnscheduledTerminatingPodWithFoldedAnnotationsInitContainersAndSeveralPorts() {
        Probe liveness = probe(new Probe(null, null, new Probe.TcpSocket(IntOrString.of("http"), ""), null, 0, 0, 0, 0,
                0), 0, 1, 10, 1, 3);
        Probe startup = probe(new Probe(null, new Probe.HttpGet("ready", IntOrString.of(8443), "10.0.0.1", "HTTPS"),
                null, null, 0, 0, 0, 0, 0), 10, 2, 5, 1, 30);
        Container web = new Container("web", "nginx:1.27", List.of(), List.of(),
                List.of(containerPort(80), new Container.ContainerPort("", 443, "UDP", 8443, "")), List.of(), null,
                liveness, startup, null);
        Container migrate = new Container("migrate", "busybox:1.36", List.of(), List.of("--up"), List.of(), List.of(),
                null, null, null, null);
        ObjectMeta meta = meta("web-0", "default", 10 * S)
                .withAnnotations(labels("team", "payments", "description", "x".repeat(150),
                        "note", "first line\nsecond line\n"))
                .withDeletionTimestamp(NOW + 30 * S);
        Pod p = pod(meta, "", "Pending", "", false, List.of(web));
        p = p.withSpec(p.spec().withContainers(List.of(migrate), List.of(web)));
        assertEquals(DPOD2, Describe.pod(p, List.of(), NOW));
    }

    @Test
    void aPodWithAStatusReasonAndNoContainersSaysSo() {
        Pod p = pod(meta("evicted", "default", M), "worker-1", "Failed", "", false, List.of());
        p = p.withStatus(new PodStatus("Failed", "", List.of(), "172.18.0.3", List.of(), null, List.of(), "Evicted"));
        assertEquals("""
                Name:         evicted
                Namespace:    default
                Node:         worker-1/172.18.0.3
                Labels:       <none>
                Annotations:  <none>
                Status:       Failed
                Reason:       Evicted
                IP:          \s
                IPs:          <none>
                Containers: <none>
                Node-Selectors:  <none>
                """, Describe.pod(p, null, NOW));
    }

    @Test
    void probesDescribeTheirHandlerThenTheirTimings() {
        assertEquals("grpc <pod>:9090 health delay=1s timeout=1s period=10s #success=1 #failure=3",
                PodDescription.describeProbe(new Probe(null, null, null, new Probe.Grpc(9090, "health"), 1, 1, 10, 1,
                        3)));
        assertEquals("http-get http://[fd00::1]:80 delay=0s timeout=1s period=10s #success=1 #failure=3",
                PodDescription.describeProbe(new Probe(null, new Probe.HttpGet("", IntOrString.of(80), "fd00::1",
                        "HTTP"), null, null, 0, 1, 10, 1, 3)));
    }

    private static final String DPOD = """
                Name:         crash-5c6d7e8f9-klmno
                Namespace:    shop
                Node:         worker-1/172.18.0.3
                Labels:       app=crash
                              pod-template-hash=5c6d7e8f9
                Annotations:  <none>
                Status:       Running
                IP:           10.244.1.9
                IPs:
                  IP:           10.244.1.9
                Controlled By:  ReplicaSet/crash-5c6d7e8f9
                Containers:
                  app:
                    Image:      busybox:1.36
                    Port:       8080/TCP
                    Host Port:  0/TCP
                    Command:
                      sh
                      -c
                      exit 1
                    State:          Waiting
                      Reason:       CrashLoopBackOff
                    Ready:          False
                    Restart Count:  3
                    Liveness:       exec [cat /tmp/healthy] delay=5s timeout=1s period=10s #success=1 #failure=3
                    Readiness:      http-get http://:8080/healthz delay=0s timeout=1s period=10s #success=1 #failure=3
                Conditions:
                  Type              Status
                  Initialized       True\s
                  Ready             False\s
                  ContainersReady   False\s
                  PodScheduled      True\s
                Node-Selectors:     <none>
                Events:
                  Type     Reason     Age                 From               Message
                  ----     ------     ----                ----               -------
                  Normal   Scheduled  3d4h                default-scheduler  Successfully assigned shop/crash-5c6d7e8f9-klmno to worker-1
                  Warning  BackOff    2m (x12 over 3d4h)  kubelet            Back-off restarting failed container app in pod crash-5c6d7e8f9-klmno_shop
                """;

    private static final String DPOD2 = """
                Name:         web-0
                Namespace:    default
                Node:         <none>
                Labels:       <none>
                Annotations:  description:
                                xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...
                              note:
                                first line
                                second line
                              team: payments
                Status:       Terminating (lasts <invalid>)
                IP:          \s
                IPs:          <none>
                Init Containers:
                  migrate:
                    Image:      busybox:1.36
                    Port:       <none>
                    Host Port:  <none>
                    Args:
                      --up
                Containers:
                  web:
                    Image:       nginx:1.27
                    Ports:       80/TCP, 443/UDP
                    Host Ports:  0/TCP, 8443/UDP
                    Liveness:    tcp-socket :http delay=0s timeout=1s period=10s #success=1 #failure=3
                    Startup:     http-get https://10.0.0.1:8443/ready delay=10s timeout=2s period=5s #success=1 #failure=30
                Conditions:
                  Type           Status
                  PodScheduled   False\s
                Node-Selectors:  <none>
                Events:          <none>
                """;
}
