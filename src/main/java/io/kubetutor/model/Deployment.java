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

    /**
     * strategy.rollingUpdate is null when absent; defaulting fills it (25%/25%) for RollingUpdate.
     */
    public record Spec(Integer replicas, LabelSelector selector, PodTemplateSpec template, String strategyType,
                       int minReadySeconds, RollingUpdate rollingUpdate) {
        public Spec {
            strategyType = strategyType == null ? "" : strategyType;
        }

        /** A spec without strategy.rollingUpdate. */
        public Spec(Integer replicas, LabelSelector selector, PodTemplateSpec template, String strategyType,
                    int minReadySeconds) {
            this(replicas, selector, template, strategyType, minReadySeconds, null);
        }

        public Spec withReplicas(Integer n) {
            return new Spec(n, selector, template, strategyType, minReadySeconds, rollingUpdate);
        }
    }

    /** apps/v1 RollingUpdateDeployment; each field null when absent (Go pointers). */
    public record RollingUpdate(IntOrString maxUnavailable, IntOrString maxSurge) {
    }
}
