package io.kubetutor.sim.net.ingress;

/**
 * One server of an nginx upstream: a pod address from the Service's EndpointSlices, or, for an
 * ExternalName Service, the external DNS name. Strings are "" when unknown (no pod behind it).
 */
public record IngressEndpoint(String ip, int port, String podNamespace, String podName, String nodeName) {
    /** "10.244.1.5:8080", as lua's util.get_nodes keys it. */
    public String address() {
        return ip + ":" + port;
    }

    public boolean pod() {
        return !podName.isEmpty();
    }
}
