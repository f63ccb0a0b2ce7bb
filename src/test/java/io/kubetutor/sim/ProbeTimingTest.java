package io.kubetutor.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.Pod;
import io.kubetutor.model.PodStatus;
import org.junit.jupiter.api.Test;

class ProbeTimingTest {
    private static final String PROBED = """
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              nodeName: node1
              containers:
              - name: web
                image: nginx
                ports: [{containerPort: 80, name: http}]
                readinessProbe: {httpGet: {port: http, path: /}, initialDelaySeconds: 5, periodSeconds: 10, failureThreshold: 3}
                livenessProbe: {tcpSocket: {port: 80}, periodSeconds: 10}
            """;

    private static long start() {
        return Kubelet.CONTAINER_START_MILLIS;
    }

    @Test
    void readinessComesWithTheFirstProbeAfterTheInitialDelay() {
        Cluster c = Clusters.with(PROBED);
        c.advanceTo(start() + 4_999);
        assertFalse(Clusters.pod(c, "web").status().ready());
        c.advanceTo(start() + 5_000);
        assertTrue(Clusters.pod(c, "web").status().ready());
    }

    @Test
    void readinessIsLostOnlyAfterFailureThresholdConsecutiveFailures() {
        Cluster c = Clusters.with(PROBED);
        c.advanceTo(start() + 5_000);
        c.setAppAnswers("default", "web", false);
        c.advanceTo(start() + 15_000);
        c.advanceTo(start() + 25_000);
        assertTrue(Clusters.pod(c, "web").status().ready(), "two failures are below the threshold");
        c.advanceTo(start() + 35_000);
        assertFalse(Clusters.pod(c, "web").status().ready());
        assertTrue(c.events().all().stream().anyMatch(e -> e.kind() == ClusterEvent.Kind.POD_NOT_READY
                && e.text().equals("readiness probe failed 3 times → pod web not Ready")));
        c.setAppAnswers("default", "web", true);
        c.advanceTo(start() + 45_000);
        assertTrue(Clusters.pod(c, "web").status().ready());
    }

    @Test
    void aTcpSocketLivenessProbePassesWhileTheAppHangsBecauseThePortStaysOpen() {
        Cluster c = Clusters.with(PROBED);
        c.setAppAnswers("default", "web", false);
        c.advanceBy(120_000);
        PodStatus.ContainerStatus s = Clusters.pod(c, "web").status().containerStatuses().get(0);
        assertEquals(0, s.restartCount());
    }

    @Test
    void failingLivenessRestartsTheContainerWhichIsBrieflyNotReady() {
        Cluster c = Clusters.with("""
                apiVersion: v1
                kind: Pod
                metadata: {name: web}
                spec:
                  nodeName: node1
                  containers:
                  - name: web
                    image: nginx
                    readinessProbe: {httpGet: {port: 80}, periodSeconds: 5, initialDelaySeconds: 2}
                    livenessProbe: {httpGet: {port: 80}, periodSeconds: 10, failureThreshold: 3, initialDelaySeconds: 1}
                """);
        c.advanceTo(start() + 3_000);
        assertTrue(Clusters.pod(c, "web").status().ready());
        c.setAppAnswers("default", "web", false);
        // liveness runs at +1, +11, +21, +31 s: failures at 11, 21, 31 → restart at 31 s
        c.advanceTo(start() + 31_000);
        Pod p = Clusters.pod(c, "web");
        PodStatus.ContainerStatus s = p.status().containerStatuses().get(0);
        assertEquals(1, s.restartCount());
        assertEquals(start() + 31_000, s.lastTerminatedAt());
        assertFalse(p.status().ready(), "a restarted container is not ready until its readiness probe passes");
        c.advanceTo(start() + 33_000);
        assertTrue(Clusters.pod(c, "web").status().ready(), "the restart cleared the hang");
    }

    @Test
    void aStartupProbeHoldsBackReadinessUntilItSucceeds() {
        Cluster c = Clusters.with("""
                apiVersion: v1
                kind: Pod
                metadata: {name: slow}
                spec:
                  nodeName: node3
                  containers:
                  - name: app
                    image: nginx
                    startupProbe: {httpGet: {port: 80}, initialDelaySeconds: 20, periodSeconds: 5}
                """);
        c.advanceTo(start() + 19_000);
        PodStatus.ContainerStatus s = Clusters.pod(c, "slow").status().containerStatuses().get(0);
        assertEquals(Boolean.FALSE, s.started());
        assertFalse(Clusters.pod(c, "slow").status().ready());
        c.advanceTo(start() + 20_000);
        assertTrue(Clusters.pod(c, "slow").status().ready());
    }

    @Test
    void aPinnedNotReadyStatusHoldsUntilTheAppSwitchIsFlipped() {
        Cluster c = Clusters.with("""
                apiVersion: v1
                kind: Pod
                metadata: {name: web}
                spec:
                  nodeName: node2
                  containers: [{name: web, image: nginx}]
                status:
                  podIP: 10.244.1.5
                  phase: Running
                  conditions: [{type: Ready, status: "False"}]
                """);
        c.advanceBy(60_000);
        Pod p = Clusters.pod(c, "web");
        assertEquals("10.244.1.5", p.status().podIP());
        assertFalse(p.status().ready());
        c.setAppAnswers("default", "web", true);
        assertTrue(Clusters.pod(c, "web").status().ready());
    }

    @Test
    void anExecProbeFailsWhileTheAppHangsWithTheKubeletsTimeoutMessage() {
        Cluster c = Clusters.with("""
                apiVersion: v1
                kind: Pod
                metadata: {name: worker}
                spec:
                  nodeName: node2
                  containers:
                  - name: app
                    image: busybox
                    readinessProbe: {exec: {command: [cat, /tmp/healthy]}, periodSeconds: 5, failureThreshold: 2}
                """);
        c.advanceTo(start());
        assertTrue(Clusters.pod(c, "worker").status().ready());
        c.setAppAnswers("default", "worker", false);
        c.advanceTo(start() + 10_000);
        Pod p = Clusters.pod(c, "worker");
        assertFalse(p.status().ready());
        assertTrue(c.kubeEvents(ObjectKey.of(p)).stream().anyMatch(e -> e.reason().equals("Unhealthy")
                && e.message().equals("Readiness probe failed: command \"cat /tmp/healthy\" timed out")
                && e.count() == 2));
    }
}
