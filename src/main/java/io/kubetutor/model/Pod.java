package io.kubetutor.model;

/** v1 Pod. status holds what a manifest pins (podIP, phase, Ready) or what the simulation decided. */
public record Pod(ObjectMeta metadata, PodSpec spec, PodStatus status, Origin origin) implements KubeObject {
    public Pod {
        // A manifest without spec: is Go's zero-valued struct, not a missing one.
        spec = spec == null ? new PodSpec(null, null, null, null, null, null, null, null, false) : spec;
        status = status == null ? PodStatus.EMPTY : status;
        origin = origin == null ? Origin.SYSTEM : origin;
    }

    @Override
    public String apiVersion() {
        return "v1";
    }

    @Override
    public String kind() {
        return "Pod";
    }

    public Pod withSpec(PodSpec s) {
        return new Pod(metadata, s, status, origin);
    }

    public Pod withStatus(PodStatus s) {
        return new Pod(metadata, spec, s, origin);
    }

    public Pod withMetadata(ObjectMeta m) {
        return new Pod(m, spec, status, origin);
    }
}
