package io.kubetutor.sim;

import java.util.List;

/**
 * One node as a view would draw it. {@code ready} is the Ready condition as the API server holds
 * it ("True", "False" or "Unknown"): after a power loss it stays "True" until the node lifecycle
 * controller notices the silence. {@code failed} is the machine's own state (down, whatever the API
 * says yet). {@code taints} are the node's spec.taints in order, as "key:Effect" (every taint the
 * simulation sets has an empty value).
 */
public record NodeState(String name, String ip, String podCIDR, boolean controlPlane, boolean unschedulable,
                        String ready, boolean failed, List<String> taints) {
    public NodeState {
        taints = List.copyOf(taints);
    }
}
