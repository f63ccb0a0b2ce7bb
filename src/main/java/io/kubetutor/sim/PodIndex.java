package io.kubetutor.sim;

import io.kubetutor.model.ObjectMeta;
import io.kubetutor.model.Pod;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The current pods by namespace and by controlling owner, as the controllers' informers index
 * them, so a change touches only the pods it concerns rather than every pod of the cluster.
 */
final class PodIndex {
    private final Map<String, Map<String, Pod>> byNamespace = new HashMap<>();
    private final Map<String, Map<String, Pod>> byOwner = new HashMap<>();
    /** How many of each owner's pods are active (neither terminating nor finished), kept as pods change. */
    private final Map<String, Integer> activeByOwner = new HashMap<>();

    void put(Pod pod) {
        Pod old = byNamespace.computeIfAbsent(pod.namespace(), n -> new LinkedHashMap<>()).put(pod.name(), pod);
        if (old != null) {
            removeOwner(old);
        }
        String owner = ownerUid(pod);
        if (owner != null) {
            byOwner.computeIfAbsent(owner, o -> new LinkedHashMap<>()).put(key(pod), pod);
            if (active(pod)) {
                activeByOwner.merge(owner, 1, Integer::sum);
            }
        }
    }

    /** The owner's active pods: what a ReplicaSet counts against its replicas. */
    int activeOwnedBy(String ownerUid) {
        return activeByOwner.getOrDefault(ownerUid, 0);
    }

    static boolean active(Pod p) {
        String phase = p.status().phase();
        return !p.metadata().deleting() && !phase.equals("Succeeded") && !phase.equals("Failed");
    }

    void remove(Pod pod) {
        Map<String, Pod> ns = byNamespace.get(pod.namespace());
        if (ns != null) {
            Pod old = ns.remove(pod.name());
            if (old != null) {
                removeOwner(old);
            }
        }
    }

    Pod get(String namespace, String name) {
        Map<String, Pod> ns = byNamespace.get(namespace);
        return ns == null ? null : ns.get(name);
    }

    Collection<Pod> inNamespace(String namespace) {
        return Collections.unmodifiableCollection(byNamespace.getOrDefault(namespace, Map.of()).values());
    }

    Collection<Pod> ownedBy(String ownerUid) {
        return Collections.unmodifiableCollection(byOwner.getOrDefault(ownerUid, Map.of()).values());
    }

    private void removeOwner(Pod old) {
        String owner = ownerUid(old);
        if (owner != null) {
            Map<String, Pod> m = byOwner.get(owner);
            if (active(old)) {
                activeByOwner.merge(owner, -1, Integer::sum);
                if (activeByOwner.get(owner) == 0) {
                    activeByOwner.remove(owner);
                }
            }
            if (m != null) {
                m.remove(key(old));
                if (m.isEmpty()) {
                    byOwner.remove(owner);
                }
            }
        }
    }

    private static String key(Pod p) {
        return p.namespace() + "/" + p.name();
    }

    private static String ownerUid(Pod p) {
        ObjectMeta.OwnerReference r = p.metadata().controller();
        return r == null ? null : r.uid();
    }
}
