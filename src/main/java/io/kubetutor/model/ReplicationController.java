package io.kubetutor.model;

import java.util.Map;

/** v1 ReplicationController: a plain map selector (defaulted from the template's labels). */
public record ReplicationController(ObjectMeta metadata, Spec spec, Origin origin) implements KubeObject {
    public ReplicationController {
        // A manifest without spec: is Go's zero-valued struct, not a missing one.
        spec = spec == null ? new Spec(null, null, null, 0) : spec;
        origin = origin == null ? Origin.SYSTEM : origin;
    }

    @Override
    public String apiVersion() {
        return "v1";
    }

    @Override
    public String kind() {
        return "ReplicationController";
    }

    public ReplicationController withSpec(Spec s) {
        return new ReplicationController(metadata, s, origin);
    }

    public record Spec(Integer replicas, Map<String, String> selector, PodTemplateSpec template,
                       int minReadySeconds) {
        public Spec {
            selector = Maps.ordered(selector);
        }
    }
}
