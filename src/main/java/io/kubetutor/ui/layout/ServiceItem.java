package io.kubetutor.ui.layout;

import java.util.List;

/**
 * One Service as the topology draws it: a virtual element (kube-proxy on every node implements
 * it), so it sits in the band under the nodes rather than inside one.
 *
 * @param clusterIP         the ClusterIP, "None" for a headless Service, "" for ExternalName
 * @param externalAddresses the load balancer's addresses and spec.externalIPs
 * @param externalPending   a LoadBalancer with no address yet (kubectl prints {@code <pending>})
 * @param otherEndpoints    endpoint addresses that are neither a drawn pod nor a node (hand-written Endpoints)
 */
public record ServiceItem(String id, String namespace, String name, String type, String clusterIP,
                          List<PortLine> ports, List<String> externalAddresses, boolean externalPending,
                          String externalName, boolean system, List<String> otherEndpoints) {
    public ServiceItem {
        ports = List.copyOf(ports);
        externalAddresses = List.copyOf(externalAddresses);
        otherEndpoints = List.copyOf(otherEndpoints);
    }

    public boolean headless() {
        return "None".equals(clusterIP);
    }

    /** One port: {@code 80→8080/TCP}, with its NodePort when it has one. */
    public record PortLine(String name, int port, String targetPort, String protocol, int nodePort) {
        public String text() {
            return port + "→" + targetPort + "/" + protocol;
        }
    }
}
