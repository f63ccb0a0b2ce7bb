package io.kubetutor.session;

import java.util.List;

/**
 * One node as the topology draws it. {@code ready} is the API's Ready condition being "True";
 * {@code condition} the condition itself ("True", "False", "Unknown"); {@code failed} whether the
 * machine is down — true at once on a failure, while the API still says Ready until the node
 * lifecycle controller notices (that gap is worth seeing). {@code taints} as "key:Effect".
 */
public record NodeStatus(String name, String ip, String podCIDR, boolean controlPlane, boolean cordoned,
                         boolean ready, String condition, boolean failed, List<String> taints) {
    public NodeStatus {
        taints = List.copyOf(taints);
    }

    /** A healthy or simply not-ready node, without taints. */
    public NodeStatus(String name, String ip, String podCIDR, boolean controlPlane, boolean cordoned, boolean ready) {
        this(name, ip, podCIDR, controlPlane, cordoned, ready, ready ? "True" : "False", false, List.of());
    }
}
