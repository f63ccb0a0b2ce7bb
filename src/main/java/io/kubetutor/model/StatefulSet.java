package io.kubetutor.model;

/** apps/v1 StatefulSet. serviceName "" when absent; podManagementPolicy defaulted to OrderedReady. */
public record StatefulSet(ObjectMeta metadata, Spec spec, Origin origin) implements KubeObject {
    public StatefulSet {
        // A manifest without spec: is Go's zero-valued struct, not a missing one.
        spec = spec == null ? new Spec(null, null, null, null, null, 0) : spec;
        origin = origin == null ? Origin.SYSTEM : origin;
    }

    @Override
    public String apiVersion() {
        return "apps/v1";
    }

    @Override
    public String kind() {
        return "StatefulSet";
    }

    public StatefulSet withSpec(Spec s) {
        return new StatefulSet(metadata, s, origin);
    }

    public record Spec(Integer replicas, LabelSelector selector, PodTemplateSpec template, String serviceName,
                       String podManagementPolicy, int minReadySeconds) {
        public Spec {
            serviceName = serviceName == null ? "" : serviceName;
            podManagementPolicy = podManagementPolicy == null ? "" : podManagementPolicy;
        }
    }
}
