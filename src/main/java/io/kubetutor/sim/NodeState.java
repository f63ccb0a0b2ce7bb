package io.kubetutor.sim;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One node as a view would draw it. {@code ready} is the Ready condition as the API server holds
 * it ("True", "False" or "Unknown"): after a power loss it stays "True" until the node lifecycle
 * controller notices the silence. {@code failed} is the machine's own state (down, whatever the API
 * says yet). {@code taints} are the node's spec.taints in order, as "key:Effect" (every taint the
 * simulation sets has an empty value). {@code labels} are metadata.labels ({@link NodeLabels}).
 */
public record NodeState(String name, String ip, String podCIDR, boolean controlPlane, boolean unschedulable,
                        String ready, boolean failed, List<String> taints, Map<String, String> labels) {
    /**
     * What every simulated node's status.nodeInfo says (decision 0017): a kubeadm v1.33 node on
     * Ubuntu 24.04 with containerd, as {@code kubectl get nodes -o wide} shows it.
     */
    public static final String KUBELET_VERSION = "v1.33.1";
    public static final String OS_IMAGE = "Ubuntu 24.04.2 LTS";
    public static final String KERNEL_VERSION = "6.8.0-60-generic";
    public static final String CONTAINER_RUNTIME = "containerd://1.7.27";
    /** Nodes registered when the cluster was set up: at virtual time 0, like the cluster's own objects. */
    public static final long CREATED_AT = 0;

    public NodeState {
        taints = List.copyOf(taints);
        labels = labels == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    }

    /** A node with no labels at all (views that do not show them). */
    public NodeState(String name, String ip, String podCIDR, boolean controlPlane, boolean unschedulable,
                     String ready, boolean failed, List<String> taints) {
        this(name, ip, podCIDR, controlPlane, unschedulable, ready, failed, taints, Map.of());
    }
}
