package io.kubetutor.model;

import java.util.List;
import java.util.Map;

/**
 * The metadata we simulate. Strings follow Go's zero values: "" when absent, never null.
 * Maps are never null; insertion order is the order they were written.
 *
 * <p>{@code uid}, {@code creationTimestamp}, {@code ownerReferences} and {@code deletionTimestamp}
 * are set by the simulated server and controllers, never read from a manifest. The timestamps are
 * milliseconds of virtual time since the simulated cluster started; null when unset (Go's zero time).
 */
public record ObjectMeta(String name, String generateName, String namespace,
                         Map<String, String> labels, Map<String, String> annotations,
                         String uid, Long creationTimestamp, List<OwnerReference> ownerReferences,
                         Long deletionTimestamp) {
    public ObjectMeta {
        name = name == null ? "" : name;
        generateName = generateName == null ? "" : generateName;
        namespace = namespace == null ? "" : namespace;
        labels = labels == null ? Map.of() : Maps.ordered(labels);
        annotations = annotations == null ? Map.of() : Maps.ordered(annotations);
        uid = uid == null ? "" : uid;
        ownerReferences = Maps.list(ownerReferences);
    }

    /** Metadata as a manifest writes it: nothing the server sets. */
    public ObjectMeta(String name, String generateName, String namespace,
                      Map<String, String> labels, Map<String, String> annotations) {
        this(name, generateName, namespace, labels, annotations, "", null, List.of(), null);
    }

    public static ObjectMeta named(String name, String namespace) {
        return new ObjectMeta(name, "", namespace, Map.of(), Map.of());
    }

    public ObjectMeta withNamespace(String ns) {
        return new ObjectMeta(name, generateName, ns, labels, annotations, uid, creationTimestamp,
                ownerReferences, deletionTimestamp);
    }

    public ObjectMeta withName(String n) {
        return new ObjectMeta(n, generateName, namespace, labels, annotations, uid, creationTimestamp,
                ownerReferences, deletionTimestamp);
    }

    public ObjectMeta withLabels(Map<String, String> l) {
        return new ObjectMeta(name, generateName, namespace, l, annotations, uid, creationTimestamp,
                ownerReferences, deletionTimestamp);
    }

    public ObjectMeta withAnnotations(Map<String, String> a) {
        return new ObjectMeta(name, generateName, namespace, labels, a, uid, creationTimestamp,
                ownerReferences, deletionTimestamp);
    }

    /** The fields the server sets on create. */
    public ObjectMeta withServerFields(String newUid, Long created) {
        return new ObjectMeta(name, generateName, namespace, labels, annotations, newUid, created,
                ownerReferences, deletionTimestamp);
    }

    public ObjectMeta withOwnerReferences(List<OwnerReference> refs) {
        return new ObjectMeta(name, generateName, namespace, labels, annotations, uid, creationTimestamp,
                refs, deletionTimestamp);
    }

    public ObjectMeta withDeletionTimestamp(Long at) {
        return new ObjectMeta(name, generateName, namespace, labels, annotations, uid, creationTimestamp,
                ownerReferences, at);
    }

    /** The owner that controls this object (controller: true), or null. */
    public OwnerReference controller() {
        for (OwnerReference r : ownerReferences) {
            if (r.controller()) {
                return r;
            }
        }
        return null;
    }

    /** Whether deletion has begun (the object is terminating). */
    public boolean deleting() {
        return deletionTimestamp != null;
    }

    /** metav1.OwnerReference; {@code controller} and blockOwnerDeletion are true for controller-made objects. */
    public record OwnerReference(String apiVersion, String kind, String name, String uid, boolean controller) {
        public OwnerReference {
            apiVersion = apiVersion == null ? "" : apiVersion;
            kind = kind == null ? "" : kind;
            name = name == null ? "" : name;
            uid = uid == null ? "" : uid;
        }
    }
}
