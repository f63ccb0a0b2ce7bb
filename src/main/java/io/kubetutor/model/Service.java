package io.kubetutor.model;

/** v1 Service. */
public record Service(ObjectMeta metadata, ServiceSpec spec, ServiceStatus status, Origin origin)
        implements KubeObject {
    public Service {
        // A manifest without spec: is Go's zero-valued struct, not a missing one.
        spec = spec == null ? ServiceSpec.builder().build() : spec;
        status = status == null ? ServiceStatus.EMPTY : status;
        origin = origin == null ? Origin.SYSTEM : origin;
    }

    @Override
    public String apiVersion() {
        return "v1";
    }

    @Override
    public String kind() {
        return "Service";
    }

    public Service withSpec(ServiceSpec s) {
        return new Service(metadata, s, status, origin);
    }

    public Service withStatus(ServiceStatus s) {
        return new Service(metadata, spec, s, origin);
    }

    public Service withMetadata(ObjectMeta m) {
        return new Service(m, spec, status, origin);
    }
}
