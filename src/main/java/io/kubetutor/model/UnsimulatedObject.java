package io.kubetutor.model;

/** A real Kubernetes kind the tutor accepts but does not simulate (ConfigMap, NetworkPolicy, ...). */
public record UnsimulatedObject(String apiVersion, String kind, ObjectMeta metadata, boolean namespaced,
                                Origin origin) implements KubeObject {
}
