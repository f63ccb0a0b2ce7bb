package io.kubetutor.ui.layout;

import java.util.List;
import java.util.Map;

/**
 * One pod as the topology draws it.
 *
 * @param id        {@code NAMESPACE/NAME}
 * @param node      the node it is bound to, "" while unscheduled (drawn in the Pending tray)
 * @param labels    the labels a person wrote ({@code app=web}), without the ones controllers add
 * @param allLabels every label, for the tooltip
 * @param status    kubectl's STATUS cell; {@code ready} its READY cell (1/1)
 * @param owner     the workload that scales it, or null for a bare pod
 */
public record PodItem(String id, String namespace, String name, String node, String ip,
                      List<String> labels, Map<String, String> allLabels, PodHealth health, String status,
                      String ready, String restarts, Role role, WorkloadRef owner) {
    public PodItem {
        labels = List.copyOf(labels);
        allLabels = Map.copyOf(allLabels);
    }

    /** What the pod is for the learner: their app, the cluster's own plumbing, or the ingress controller. */
    public enum Role { APP, SYSTEM, INGRESS_CONTROLLER }

    /** A scalable owner, with kind as {@code kubectl scale} names it (deployment, statefulset, ...). */
    public record WorkloadRef(String kind, String namespace, String name) {
    }

    public boolean scheduled() {
        return !node.isEmpty();
    }

    /** Drawn in the node's small strip (system pods and ingress controllers), not in its pod grid. */
    public boolean infrastructure() {
        return role != Role.APP;
    }
}
