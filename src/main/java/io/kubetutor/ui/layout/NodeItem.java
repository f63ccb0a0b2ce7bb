package io.kubetutor.ui.layout;

import java.util.List;

/**
 * One node as the topology draws it. Every node listens on every NodePort, so {@code nodePorts}
 * is the same list on each (kube-proxy opens them all on every node).
 */
public record NodeItem(String name, String ip, String podCIDR, boolean controlPlane, boolean cordoned,
                       boolean ready, String proxyMode, List<NodePortTag> nodePorts) {
    public NodeItem {
        nodePorts = List.copyOf(nodePorts);
    }

    /** A NodePort open on the node: {@code :30080} for Service {@code serviceId}. */
    public record NodePortTag(int port, String protocol, String serviceId) {
        public String text() {
            return ":" + port;
        }
    }
}
