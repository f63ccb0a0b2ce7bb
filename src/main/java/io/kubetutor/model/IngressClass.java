package io.kubetutor.model;

/** networking.k8s.io/v1 IngressClass (cluster-scoped). */
public record IngressClass(ObjectMeta metadata, String controller, Origin origin) implements KubeObject {
    public IngressClass {
        controller = controller == null ? "" : controller;
        origin = origin == null ? Origin.SYSTEM : origin;
    }

    @Override
    public String apiVersion() {
        return "networking.k8s.io/v1";
    }

    @Override
    public String kind() {
        return "IngressClass";
    }

    @Override
    public boolean namespaced() {
        return false;
    }

    /** The annotation that makes a class the default for Ingresses without ingressClassName. */
    public boolean isDefault() {
        return "true".equals(metadata.annotations().get("ingressclass.kubernetes.io/is-default-class"));
    }
}
