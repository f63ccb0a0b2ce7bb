package io.kubetutor.ui.layout;

/**
 * One line from a Service to an endpoint, read from its Endpoints (or EndpointSlices).
 *
 * @param targetId the pod's id, or a node's name when the address is a node's (the kubernetes
 *                 Service's apiserver endpoint)
 * @param ports    the endpoint ports as text ({@code 8080}, {@code 53,9153})
 * @param ready    listed under addresses (solid) rather than notReadyAddresses (dashed)
 */
public record EndpointItem(String serviceId, String targetId, String ip, String ports, boolean ready) {
    /** Stable per service, address and target, so a line keeps its drawing while it exists. */
    public String key() {
        return serviceId + ">" + targetId + "@" + ip;
    }
}
