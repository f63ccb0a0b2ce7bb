package io.kubetutor.sim;

import io.kubetutor.model.KubeObject;
import io.kubetutor.sim.Change.DeleteCause;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code kubectl apply --prune --all}: in each namespace the applied objects live in (sorted), for
 * each kind of kubectl's default allow-list in its order, delete the objects applied earlier (they
 * carry the last-applied annotation) that this run did not visit; then the cluster-scoped kinds.
 * Listing v1 Endpoints brings the deprecation warning. EndpointSlices, IngressClasses and kinds
 * outside the list are never pruned, as with real kubectl.
 */
final class Pruner {
    private static final List<String> NAMESPACED = List.of("/ConfigMap", "/Endpoints", "/PersistentVolumeClaim",
            "/Pod", "/ReplicationController", "/Secret", "/Service", "batch/Job", "batch/CronJob",
            "networking.k8s.io/Ingress", "apps/DaemonSet", "apps/Deployment", "apps/ReplicaSet", "apps/StatefulSet");
    private static final List<String> CLUSTER_SCOPED = List.of("/Namespace", "/PersistentVolume");

    private final ObjectStore store;
    private final Deletions deletions;
    private final ApplySession session;

    Pruner(ObjectStore store, Deletions deletions, ApplySession session) {
        this.store = store;
        this.deletions = deletions;
        this.session = session;
    }

    void prune(Set<ObjectKey> visited, Set<String> visitedNamespaces) {
        // One pass over the store: group candidates by namespace and kind, then walk kubectl's order.
        Map<String, List<KubeObject>> candidates = new HashMap<>();
        for (ObjectStore.Entry e : store.entries()) {
            ObjectKey k = ObjectKey.of(e.object());
            if (e.appliedByUser() && !visited.contains(k) && Deletions.deletable(k)) {
                candidates.computeIfAbsent(k.namespace() + "|" + k.group() + "/" + k.kind(), x -> new ArrayList<>())
                        .add(e.object());
            }
        }
        for (String ns : visitedNamespaces) {
            for (String kind : NAMESPACED) {
                if (kind.equals("/Endpoints")) {
                    session.endpointsTouched();
                }
                pruneAll(candidates.get(ns + "|" + kind));
            }
        }
        for (String kind : CLUSTER_SCOPED) {
            pruneAll(candidates.get("|" + kind));
        }
    }

    private void pruneAll(List<KubeObject> objects) {
        if (objects == null) {
            return;
        }
        // The API lists objects ordered by name.
        objects.sort(Comparator.comparing(KubeObject::name));
        for (KubeObject o : objects) {
            ObjectKey key = ObjectKey.of(o);
            if (store.get(key) == null) {
                continue; // already gone with its Service
            }
            session.pruned(o, deletions.delete(key, DeleteCause.PRUNED));
        }
    }
}
