package io.kubetutor.sim.net.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.kubetutor.model.ClusterTopology.ProxyMode;
import io.kubetutor.model.Service;
import io.kubetutor.sim.Cluster;
import io.kubetutor.sim.ObjectKey;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HealthCheckTest {
    private static final KubeProxy PROXY = new KubeProxy(ProxyMode.IPTABLES, new SplittableRandom(1));

    private static Cluster localLoadBalancer(String extra) {
        return Scenarios.cluster(Scenarios.withLoadBalancer(ProxyMode.IPTABLES),
                Scenarios.api("type: LoadBalancer\nexternalTrafficPolicy: Local\n" + extra));
    }

    private static int healthCheckPort(Cluster c) {
        return c.get(Service.class, "default", "api").orElseThrow().spec().healthCheckNodePort();
    }

    @Test
    void aNodeWithLocalReadyEndpointsAnswers200WithKubeProxysBody() {
        Cluster c = localLoadBalancer("");
        HealthCheck hc = PROXY.healthCheck("node1", healthCheckPort(c), Scenarios.rules(c));
        assertEquals(200, hc.status());
        assertEquals(2, hc.localEndpoints());
        assertEquals("{\n\t\"service\": {\n\t\t\"namespace\": \"default\",\n\t\t\"name\": \"api\"\n\t},\n"
                + "\t\"localEndpoints\": 2,\n\t\"serviceProxyHealthy\": true\n}", hc.body());
        assertEquals("2", hc.endpointWeight());
        assertEquals("HTTP/1.1 200 OK", hc.statusLine());
        assertEquals(List.of("Content-Type: application/json", "X-Content-Type-Options: nosniff",
                "X-Load-Balancing-Endpoint-Weight: 2"), hc.headers());
    }

    @Test
    void aNodeWithoutLocalEndpointsAnswers503() {
        Cluster c = localLoadBalancer("");
        HealthCheck hc = PROXY.healthCheck("node2", healthCheckPort(c), Scenarios.rules(c));
        assertEquals(503, hc.status());
        assertEquals("HTTP/1.1 503 Service Unavailable", hc.statusLine());
        assertEquals("{\n\t\"service\": {\n\t\t\"namespace\": \"default\",\n\t\t\"name\": \"api\"\n\t},\n"
                + "\t\"localEndpoints\": 0,\n\t\"serviceProxyHealthy\": true\n}", hc.body());
        assertEquals("0", hc.endpointWeight());
    }

    @Test
    void terminatingEndpointsDoNotKeepTheNodeHealthy() {
        Cluster c = localLoadBalancer("");
        c.delete(ObjectKey.of(Scenarios.pod(c, "api-3")), "kubectl delete pod");
        assertEquals(503, PROXY.healthCheck("node3", healthCheckPort(c), Scenarios.rules(c)).status());
    }

    @Test
    void endpointsAreCountedOncePerAddressAcrossTheServicesPorts() {
        Cluster c = Scenarios.cluster(Scenarios.withLoadBalancer(ProxyMode.IPTABLES),
                Scenarios.api("type: LoadBalancer\nexternalTrafficPolicy: Local").replace(
                        "ports: [{name: http, port: 80, targetPort: http}]",
                        "ports: [{name: http, port: 80, targetPort: http}, {name: alt, port: 81, targetPort: 8080}]"));
        assertEquals(2, PROXY.healthCheck("node1", healthCheckPort(c), Scenarios.rules(c)).localEndpoints());
    }

    @Test
    void aPortNoServiceChecksOnHasNoHealthServer() {
        Cluster c = Scenarios.cluster(Scenarios.withLoadBalancer(ProxyMode.IPTABLES), Scenarios.api("type: LoadBalancer"));
        assertEquals(0, healthCheckPort(c), "Cluster policy needs no health check");
        assertNull(PROXY.healthCheck("node1", 32000, Scenarios.rules(c)));
    }
}
