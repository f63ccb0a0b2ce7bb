package io.kubetutor.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.Pod;
import org.junit.jupiter.api.Test;

class PodLifecycleTest {
    private static final String BARE_POD = """
            apiVersion: v1
            kind: Pod
            metadata: {name: web, labels: {app: web}}
            spec:
              nodeName: node2
              containers: [{name: web, image: nginx:1.27, ports: [{containerPort: 80}]}]
            """;

    @Test
    void aPodPinnedToANodeRunsThereWithTheFirstAddressOfItsPodCidr() {
        Cluster c = Clusters.with(BARE_POD);
        Pod p = Clusters.pod(c, "web");
        assertEquals("node2", p.spec().nodeName());
        assertEquals("Pending", p.status().phase());
        assertEquals("", p.status().podIP());
        c.advanceBy(Kubelet.CONTAINER_START_MILLIS);
        p = Clusters.pod(c, "web");
        assertEquals("Running", p.status().phase());
        assertEquals("10.244.1.2", p.status().podIP());
        assertEquals("192.168.1.3", p.status().hostIP());
        assertTrue(p.status().ready());
    }

    @Test
    void aDeletedPodTerminatesThenLeavesAndItsAddressIsNotReusedNext() {
        Cluster c = Clusters.with(BARE_POD);
        c.advanceBy(5_000);
        c.delete(ObjectKey.of(Clusters.pod(c, "web")), "kubectl delete");
        assertTrue(Clusters.pod(c, "web").metadata().deleting());
        c.advanceBy(Kubelet.APP_EXIT_MILLIS);
        assertTrue(c.get(Pod.class, "default", "web").isEmpty());
        Clusters.apply(c, BARE_POD);
        c.advanceBy(Kubelet.CONTAINER_START_MILLIS);
        assertEquals("10.244.1.3", Clusters.pod(c, "web").status().podIP());
    }

    @Test
    void aProbeOfAPortTheAppBindsToLocalhostOnlyIsRefusedAtThePodAddress() {
        Cluster c = Clusters.with("""
                apiVersion: v1
                kind: Pod
                metadata: {name: web}
                spec:
                  containers:
                  - name: web
                    image: registry.example.com/shop:1.4
                    args: ["--listen=127.0.0.1:8080"]
                    ports: [{containerPort: 8080}]
                    readinessProbe: {httpGet: {port: 8080, path: /healthz}, periodSeconds: 5}
                """);
        c.advanceBy(60_000);
        Pod p = Clusters.pod(c, "web");
        assertFalse(p.status().ready());
        String ip = p.status().podIP();
        assertTrue(c.kubeEvents(ObjectKey.of(p)).stream().anyMatch(e -> e.message().equals(
                "Readiness probe failed: Get \"http://" + ip + ":8080/healthz\": dial tcp " + ip
                        + ":8080: connect: connection refused")), () -> c.kubeEvents(ObjectKey.of(p)).toString());
    }

    @Test
    void aReadinessProbeOnAPortTheAppDoesNotListenOnKeepsThePodUnready() {
        Cluster c = Clusters.with("""
                apiVersion: v1
                kind: Pod
                metadata: {name: web}
                spec:
                  containers:
                  - name: web
                    image: nginx
                    ports: [{containerPort: 80}]
                    readinessProbe: {httpGet: {port: 8080, path: /healthz}, periodSeconds: 5}
                """);
        c.advanceBy(60_000);
        Pod p = Clusters.pod(c, "web");
        assertEquals("Running", p.status().phase());
        assertFalse(p.status().ready());
        assertTrue(c.kubeEvents(ObjectKey.of(p)).stream().anyMatch(e -> e.message().equals(
                "Readiness probe failed: Get \"http://" + p.status().podIP()
                        + ":8080/healthz\": dial tcp " + p.status().podIP() + ":8080: connect: connection refused")));
    }
}
