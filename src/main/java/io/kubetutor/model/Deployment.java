package io.kubetutor.model;

/** apps/v1 Deployment. replicas is null when absent (defaulted to 1); selector null when absent. */
public record Deployment(ObjectMeta metadata, Spec spec, Origin origin) implements KubeObject {
    public Deployment {
        // A manifest without spec: is Go's zero-valued struct, not a missing one.
        spec = spec == null ? new Spec(null, null, null, null, 0) : spec;
        origin = origin == null ? Origin.SYSTEM : origin;
    }

    @Override
    public String apiVersion() {
        return "apps/v1";
    }

    @Override
    public String kind() {
        return "Deployment";
    }

    public Deployment withSpec(Spec s) {
        return new Deployment(metadata, s, origin);
    }

    public record Spec(Integer replicas, LabelSelector selector, PodTemplateSpec template, String strategyType,
                       int minReadySeconds) {
        public Spec {
            strategyType = strategyType == null ? "" : strategyType;
        }
    }
}
