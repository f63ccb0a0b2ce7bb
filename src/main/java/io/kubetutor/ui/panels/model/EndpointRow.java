package io.kubetutor.ui.panels.model;

/**
 * One address of one Service port, as a row of the endpoints table.
 *
 * @param key          identity across snapshots: the Service, the address and the port
 * @param serviceKey   "namespace/name" of the Service
 * @param state        ready, not ready or terminating
 * @param pod          the pod the address belongs to (targetRef), or null for a hand-written address
 * @param node         the node it runs on (nodeName), or null when the address does not say
 * @param ip           the address
 * @param port         the endpoint port, 0 for a headless Service without ports
 * @param portName     the port's name, "" when unnamed
 * @param protocol     TCP, UDP or SCTP
 */
public record EndpointRow(String key, String serviceKey, EndpointState state, String pod, String node, String ip,
                          int port, String portName, String protocol) {

    /** "10.244.1.5:8080", or the bare address when there is no port. */
    public String address() {
        return port == 0 ? ip : ip + ":" + port;
    }

    static String key(String serviceKey, String ip, int port, String protocol) {
        return serviceKey + " " + ip + ":" + port + "/" + protocol;
    }
}
