package io.kubetutor.model;

/** v1 Namespace. */
public record Namespace(ObjectMeta metadata, Origin origin) implements KubeObject {
    public Namespace {
        origin = origin == null ? Origin.SYSTEM : origin;
    }

    @Override
    public String apiVersion() {
        return "v1";
    }

    @Override
    public String kind() {
        return "Namespace";
    }

    @Override
    public boolean namespaced() {
        return false;
    }
}
