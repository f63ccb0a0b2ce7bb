package io.kubetutor.kubectl;

import io.kubetutor.model.EndpointSlice;
import io.kubetutor.model.Endpoints;
import io.kubetutor.model.GoValues;
import io.kubetutor.model.Ingress;
import io.kubetutor.model.IngressClass;
import io.kubetutor.model.KubeObject;
import io.kubetutor.model.Namespace;
import io.kubetutor.model.ObjectMeta;
import io.kubetutor.model.Pod;
import io.kubetutor.model.Service;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stored objects as the API server returns them to {@code kubectl get -o yaml|json}: the unstructured
 * map kubectl's builder decodes (every defaulted field, server-set metadata, status), as String,
 * Long, Boolean, null, List and Map values. Key order does not matter here: kubectl get prints
 * unstructured objects, whose keys both printers sort.
 *
 * <p>What the simulated server does not keep is left out rather than made up: resourceVersion (no
 * write counter), metadata.generation where spec updates would have raised it (EndpointSlice,
 * Ingress, IngressClass), managedFields (kubectl hides them anyway) and the
 * last-applied-configuration annotation (the simulated server keeps the applied manifest apart,
 * decoded, not as the JSON text kubectl wrote). Workload kinds are refused: their generation,
 * observedGeneration and rollout conditions are not simulated.
 */
final class ApiObjects {
    private ApiObjects() {
    }

    static Map<String, Object> of(KubeObject o, KubectlCluster cluster) throws KubectlError {
        if (o instanceof Service s) {
            Map<String, Object> tree = ServiceTree.of(s, false);
            tree.put("metadata", metadata(s.metadata(), null));
            return tree;
        }
        if (o instanceof Pod p) {
            return PodTree.of(p, cluster);
        }
        if (o instanceof Endpoints e) {
            return NetworkObjectTrees.endpoints(e, cluster.snapshot());
        }
        if (o instanceof EndpointSlice e) {
            return NetworkObjectTrees.endpointSlice(e, cluster.snapshot());
        }
        if (o instanceof Ingress i) {
            return NetworkObjectTrees.ingress(i);
        }
        if (o instanceof IngressClass c) {
            return NetworkObjectTrees.ingressClass(c);
        }
        if (o instanceof Namespace n) {
            return NetworkObjectTrees.namespace(n);
        }
        String plural = o.kind().toLowerCase(java.util.Locale.ROOT) + "s";
        throw KubectlError.plain("the tutor does not print " + plural + " with -o yaml or -o json yet: it keeps no"
                + " generation or rollout status for them; it prints their pods (kubectl get pods -l ... -o yaml)");
    }

    /** The apiVersion/kind head every object starts with. */
    static Map<String, Object> head(KubeObject o) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("apiVersion", o.apiVersion());
        out.put("kind", o.kind());
        return out;
    }

    /**
     * ObjectMeta with omitempty as Go applies it; {@code generation} only when the server's value
     * is known. A pod's deletion shows as the API server records a graceful delete: deletionTimestamp
     * at the end of the 30 s grace period, and deletionGracePeriodSeconds.
     */
    static Map<String, Object> metadata(ObjectMeta m, Long generation) {
        return metadata(m, generation, 0);
    }

    static Map<String, Object> metadata(ObjectMeta m, Long generation, long graceSeconds) {
        Map<String, Object> out = new LinkedHashMap<>();
        putString(out, "name", m.name());
        putString(out, "generateName", m.generateName());
        putString(out, "namespace", m.namespace());
        putString(out, "uid", m.uid());
        if (generation != null) {
            out.put("generation", generation);
        }
        out.put("creationTimestamp", ApiTime.of(m.creationTimestamp()));
        if (m.deletionTimestamp() != null) {
            out.put("deletionTimestamp", ApiTime.of(m.deletionTimestamp() + graceSeconds * 1000));
            out.put("deletionGracePeriodSeconds", graceSeconds);
        }
        putMap(out, "labels", m.labels());
        putMap(out, "annotations", m.annotations());
        if (!m.ownerReferences().isEmpty()) {
            List<Object> refs = new ArrayList<>();
            for (ObjectMeta.OwnerReference r : m.ownerReferences()) {
                Map<String, Object> ref = new LinkedHashMap<>();
                ref.put("apiVersion", r.apiVersion());
                ref.put("kind", r.kind());
                ref.put("name", r.name());
                ref.put("uid", r.uid());
                if (r.controller()) {
                    // metav1.NewControllerRef, which every controller uses, sets both.
                    ref.put("controller", true);
                    ref.put("blockOwnerDeletion", true);
                }
                refs.add(ref);
            }
            out.put("ownerReferences", refs);
        }
        return out;
    }

    static void putString(Map<String, Object> out, String key, String value) {
        if (value != null && !value.isEmpty()) {
            out.put(key, value);
        }
    }

    static void putMap(Map<String, Object> out, String key, Map<String, String> value) {
        if (value != null && !value.isEmpty()) {
            out.put(key, new LinkedHashMap<String, Object>(value));
        }
    }

    static void putStrings(Map<String, Object> out, String key, List<String> value) {
        if (value != null && !value.isEmpty()) {
            out.put(key, new ArrayList<Object>(value));
        }
    }

    /**
     * The tree with every map's keys in Go's byte order, as encoding/json writes a
     * map[string]interface{} (kubectl get -o json prints unstructured objects).
     */
    static Object sortedForJson(Object v) {
        if (v instanceof Map<?, ?> m) {
            TreeMap<String, Object> sorted = new TreeMap<>(GoValues.STRING_ORDER);
            for (Map.Entry<?, ?> e : m.entrySet()) {
                sorted.put(String.valueOf(e.getKey()), sortedForJson(e.getValue()));
            }
            return new LinkedHashMap<>(sorted);
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object item : l) {
                out.add(sortedForJson(item));
            }
            return out;
        }
        return v;
    }
}
