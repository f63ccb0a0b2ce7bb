package io.kubetutor.sim;

import io.kubetutor.model.KubeObject;
import io.kubetutor.model.Namespace;
import io.kubetutor.model.Service;
import io.kubetutor.sim.Change.DeleteCause;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Deleting an object and what goes with it: a Service gives back its ClusterIP and ports and takes
 * its same-named Endpoints along (the registry's afterDelete); a Namespace takes everything in it
 * (the namespace controller). The immortal namespaces cannot be deleted.
 */
final class Deletions {
    static final Set<String> IMMORTAL_NAMESPACES = Set.of("default", "kube-system", "kube-public");

    private final ObjectStore store;
    private final ServiceAllocations allocations;

    Deletions(ObjectStore store, ServiceAllocations allocations) {
        this.store = store;
        this.allocations = allocations;
    }

    static boolean deletable(ObjectKey key) {
        return !(key.group().isEmpty() && key.kind().equals("Namespace") && IMMORTAL_NAMESPACES.contains(key.name()));
    }

    /** Deletes {@code key} and its dependents; returns the changes in order (empty if absent). */
    List<Change> delete(ObjectKey key, DeleteCause cause) {
        List<Change> out = new ArrayList<>();
        if (deletable(key)) {
            remove(key, cause, out);
        }
        return out;
    }

    private void remove(ObjectKey key, DeleteCause cause, List<Change> out) {
        ObjectStore.Entry e = store.remove(key);
        if (e == null) {
            return;
        }
        KubeObject o = e.object();
        out.add(new Change.Deleted(o, cause));
        if (o instanceof Service s) {
            out.addAll(allocations.release(key, s.spec()));
            remove(new ObjectKey("", "Endpoints", key.namespace(), key.name()), DeleteCause.CASCADE, out);
        } else if (o instanceof Namespace) {
            for (ObjectKey inside : store.keysInNamespace(key.name())) {
                remove(inside, DeleteCause.CASCADE, out);
            }
        }
    }
}
