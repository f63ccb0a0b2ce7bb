package io.kubetutor.sim;

import io.kubetutor.model.KubeObject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cluster's objects, indexed by kind/namespace/name, in the order they were first stored.
 * Each entry remembers the manifest last applied to it (kubectl's last-applied-configuration,
 * without positions), or null when no one applied it (system and controller objects).
 */
final class ObjectStore {
    /** {@code system}: made by the cluster itself; never pruned, even after a user applied it. */
    record Entry(KubeObject object, KubeObject lastApplied, boolean system) {
        boolean appliedByUser() {
            return lastApplied != null && !system;
        }
    }

    private final Map<ObjectKey, Entry> entries = new LinkedHashMap<>();

    Entry get(ObjectKey key) {
        return entries.get(key);
    }

    /** Stores or replaces in place (a replaced object keeps its position). */
    void put(Entry entry) {
        entries.put(ObjectKey.of(entry.object()), entry);
    }

    Entry remove(ObjectKey key) {
        return entries.remove(key);
    }

    boolean namespaceExists(String namespace) {
        return entries.containsKey(ObjectKey.namespace(namespace));
    }

    Collection<Entry> entries() {
        return Collections.unmodifiableCollection(entries.values());
    }

    /** Keys of the objects in a namespace; one pass, used only when a namespace goes away. */
    List<ObjectKey> keysInNamespace(String namespace) {
        List<ObjectKey> out = new ArrayList<>();
        for (ObjectKey k : entries.keySet()) {
            if (k.namespace().equals(namespace)) {
                out.add(k);
            }
        }
        return out;
    }

    List<KubeObject> objects() {
        List<KubeObject> out = new ArrayList<>(entries.size());
        for (Entry e : entries.values()) {
            out.add(e.object());
        }
        return out;
    }

    Map<ObjectKey, KubeObject> index() {
        Map<ObjectKey, KubeObject> out = new LinkedHashMap<>(entries.size() * 2);
        for (Map.Entry<ObjectKey, Entry> e : entries.entrySet()) {
            out.put(e.getKey(), e.getValue().object());
        }
        return out;
    }
}
