package io.kubetutor.sim.net.proxy;

import io.kubetutor.model.GoValues;
import java.util.List;

/**
 * The answer of kube-proxy's service health server (pkg/proxy/healthcheck service_health.go,
 * hcHandler.ServeHTTP) on a LoadBalancer Service's healthCheckNodePort: 200 when the node has a
 * local ready endpoint (and kube-proxy is healthy, which the simulation's always is), else 503.
 * {@code localEndpoints} counts distinct local ready IPs over all the Service's ports; terminating
 * endpoints do not count, so a node whose pods are shutting down fails the check.
 */
public record HealthCheck(String namespace, String name, int localEndpoints, int status, String body,
                          String endpointWeight) {

    static HealthCheck of(String namespace, String name, int localEndpoints) {
        int status = localEndpoints != 0 ? 200 : 503;
        return new HealthCheck(namespace, name, localEndpoints, status, body(namespace, name, localEndpoints),
                Integer.toString(localEndpoints));
    }

    /** The body exactly as the server writes it: a dedented, tab-indented template, no final newline. */
    static String body(String namespace, String name, int localEndpoints) {
        return "{\n"
                + "\t\"service\": {\n"
                + "\t\t\"namespace\": " + GoValues.quote(namespace) + ",\n"
                + "\t\t\"name\": " + GoValues.quote(name) + "\n"
                + "\t},\n"
                + "\t\"localEndpoints\": " + localEndpoints + ",\n"
                + "\t\"serviceProxyHealthy\": true\n"
                + "}";
    }

    /** "HTTP/1.1 200 OK" or "HTTP/1.1 503 Service Unavailable". */
    public String statusLine() {
        return "HTTP/1.1 " + status + (status == 200 ? " OK" : " Service Unavailable");
    }

    /** The headers the handler sets, in its order. */
    public List<String> headers() {
        return List.of("Content-Type: application/json", "X-Content-Type-Options: nosniff",
                "X-Load-Balancing-Endpoint-Weight: " + endpointWeight);
    }
}
