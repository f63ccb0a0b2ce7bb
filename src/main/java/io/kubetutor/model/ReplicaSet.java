package io.kubetutor.model;

/** apps/v1 ReplicaSet. */
public record ReplicaSet(ObjectMeta metadata, Spec spec, Origin origin) implements KubeObject {
    public ReplicaSet {
        // A manifest without spec: is Go's zero-valued struct, not a missing one.
        spec = spec == null ? new Spec(null, null, null, 0) : spec;
        origin = origin == null ? Origin.SYSTEM : origin;
    }

    @Override
    public String apiVersion() {
        return "apps/v1";
    }

    @Override
    public String kind() {
        return "ReplicaSet";
    }

    public ReplicaSet withSpec(Spec s) {
        return new ReplicaSet(metadata, s, origin);
    }

    public record Spec(Integer replicas, LabelSelector selector, PodTemplateSpec template, int minReadySeconds) {
    }
}
