package io.kubetutor.ui.session;

/**
 * One node as the topology draws it: where it is, and whether it takes new pods (cordoned) and
 * is healthy (ready). {@code ready} false means the node failed: its kube-proxy and pods answer nothing.
 */
public record NodeStatus(String name, String ip, String podCIDR, boolean controlPlane, boolean cordoned,
                         boolean ready) {
}
