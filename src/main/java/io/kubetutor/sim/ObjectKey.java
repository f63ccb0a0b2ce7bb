package io.kubetutor.sim;

import io.kubetutor.model.KubeObject;

/**
 * Identity of a stored object: API group, kind, namespace ("" for cluster-scoped kinds), name.
 * The group keeps e.g. a networking.k8s.io Ingress apart from an unsimulated kind of the same name.
 */
public record ObjectKey(String group, String kind, String namespace, String name) {
    public ObjectKey {
        group = group == null ? "" : group;
        namespace = namespace == null ? "" : namespace;
        name = name == null ? "" : name;
    }

    public static ObjectKey of(KubeObject o) {
        return new ObjectKey(ResourceNames.group(o.apiVersion()), o.kind(), o.namespaced() ? o.namespace() : "",
                o.name());
    }

    public static ObjectKey service(String namespace, String name) {
        return new ObjectKey("", "Service", namespace, name);
    }

    public static ObjectKey namespace(String name) {
        return new ObjectKey("", "Namespace", "", name);
    }
}
