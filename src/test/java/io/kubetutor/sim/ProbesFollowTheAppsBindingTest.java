package io.kubetutor.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The kubelet probes the pod's address, so a probe passes only where traffic would find the app:
 * an app bound to localhost fails its httpGet probe, and an image whose own flag moves its port
 * (http-echo's -listen) is probed where it really listens.
 */
class ProbesFollowTheAppsBindingTest {
    private static String pod(String image, String args, int probePort) {
        return """
                apiVersion: v1
                kind: Pod
                metadata: {name: app}
                spec:
                  containers:
                  - name: app
                    image: %s
                    args: %s
                    ports: [{containerPort: 8080}]
                    readinessProbe: {httpGet: {path: /, port: %d}, periodSeconds: 5}
                """.formatted(image, args, probePort);
    }

    private static boolean readyAfterSettling(String yaml) {
        Cluster c = Clusters.with(yaml);
        c.settle(120_000);
        return Clusters.pod(c, "app").status().ready();
    }

    @Test
    void anAppBoundToLocalhostFailsItsReadinessProbe() {
        assertEquals(false, readyAfterSettling(pod("myshop/api:1.0", "[--host=127.0.0.1]", 8080)));
        assertEquals(true, readyAfterSettling(pod("myshop/api:1.0", "[--host=0.0.0.0]", 8080)));
    }

    @Test
    void httpEchoIsProbedOnThePortItsListenFlagChose() {
        assertEquals(true, readyAfterSettling(pod("hashicorp/http-echo", "[-listen=:8080, -text=hi]", 8080)));
        assertEquals(false, readyAfterSettling(pod("hashicorp/http-echo", "[-listen=:9090, -text=hi]", 8080)));
    }
}
