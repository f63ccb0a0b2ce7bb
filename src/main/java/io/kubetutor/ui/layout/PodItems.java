package io.kubetutor.ui.layout;

import io.kubetutor.kubectl.print.PodRow;
import io.kubetutor.model.Container;
import io.kubetutor.model.ObjectMeta.OwnerReference;
import io.kubetutor.model.Pod;
import io.kubetutor.model.ReplicaSet;
import io.kubetutor.sim.ClusterSnapshot;
import io.kubetutor.sim.net.ingress.IngressControllers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns the snapshot's pods into pod cards, their state read exactly as {@code kubectl get pods} reads it. */
final class PodItems {
    /** Labels controllers add to every pod; they say nothing a learner wrote, so cards leave them out. */
    static final Set<String> CONTROLLER_LABELS = Set.of("pod-template-hash", "controller-revision-hash",
            "statefulset.kubernetes.io/pod-name", "apps.kubernetes.io/pod-index");
    static final String SYSTEM_NAMESPACE = "kube-system";

    private PodItems() {
    }

    /** Every pod to draw, oldest first (so a new pod takes the next free place and moves no one). */
    static List<PodItem> of(ClusterSnapshot snapshot, long now, boolean showSystemPods) {
        List<Pod> pods = new ArrayList<>(snapshot.all(Pod.class));
        // Stable: equal timestamps keep the API server's creation order.
        pods.sort(Comparator.comparingLong(p -> p.metadata().creationTimestamp() == null ? Long.MAX_VALUE
                : p.metadata().creationTimestamp()));
        List<PodItem> out = new ArrayList<>(pods.size());
        for (Pod p : pods) {
            PodItem.Role role = role(p);
            if (role == PodItem.Role.SYSTEM && !showSystemPods) {
                continue;
            }
            out.add(item(p, role, snapshot, now));
        }
        return out;
    }

    static PodItem item(Pod p, PodItem.Role role, ClusterSnapshot snapshot, long now) {
        PodRow row = PodRow.of(p, now);
        Map<String, String> labels = p.metadata().labels();
        List<String> written = new ArrayList<>();
        for (Map.Entry<String, String> e : labels.entrySet()) {
            if (!CONTROLLER_LABELS.contains(e.getKey())) {
                written.add(e.getKey() + "=" + e.getValue());
            }
        }
        return new PodItem(ElementIds.pod(p.namespace(), p.name()), p.namespace(), p.name(),
                p.spec().nodeName(), p.status().podIP(),
                written, labels, PodHealth.of(row.status(), p.status().ready()), row.status(), row.ready(),
                restartCount(row.restarts()), role, owner(p, snapshot));
    }

    /** kubectl's "3 (5m ago)" without the age, which changes with every tick of the clock. */
    static String restartCount(String restarts) {
        int space = restarts.indexOf(' ');
        return space < 0 ? restarts : restarts.substring(0, space);
    }

    static PodItem.Role role(Pod p) {
        for (Container c : p.spec().containers()) {
            if (IngressControllers.isControllerImage(c.image())) {
                return PodItem.Role.INGRESS_CONTROLLER;
            }
        }
        return SYSTEM_NAMESPACE.equals(p.namespace()) ? PodItem.Role.SYSTEM : PodItem.Role.APP;
    }

    /** The workload {@code kubectl scale} would scale for this pod: a ReplicaSet's Deployment when it has one. */
    static PodItem.WorkloadRef owner(Pod p, ClusterSnapshot snapshot) {
        OwnerReference ref = p.metadata().controller();
        if (ref == null) {
            return null;
        }
        return switch (ref.kind()) {
            case "ReplicaSet" -> {
                OwnerReference top = snapshot.get(ReplicaSet.class, p.namespace(), ref.name())
                        .map(rs -> rs.metadata().controller()).orElse(null);
                yield top != null && top.kind().equals("Deployment")
                        ? new PodItem.WorkloadRef("deployment", p.namespace(), top.name())
                        : new PodItem.WorkloadRef("replicaset", p.namespace(), ref.name());
            }
            case "StatefulSet" -> new PodItem.WorkloadRef("statefulset", p.namespace(), ref.name());
            case "ReplicationController" -> new PodItem.WorkloadRef("replicationcontroller", p.namespace(), ref.name());
            default -> null;
        };
    }
}
