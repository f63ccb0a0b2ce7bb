package io.kubetutor.model;

import java.util.List;

/** discovery.k8s.io/v1 EndpointSlice (read from manifests; normally kept by the controller). */
public record EndpointSlice(ObjectMeta metadata, String addressType, List<Endpoint> endpoints, List<Port> ports,
                            Origin origin) implements KubeObject {
    public EndpointSlice {
        addressType = addressType == null ? "" : addressType;
        endpoints = Maps.list(endpoints);
        ports = Maps.list(ports);
        origin = origin == null ? Origin.SYSTEM : origin;
    }

    @Override
    public String apiVersion() {
        return "discovery.k8s.io/v1";
    }

    @Override
    public String kind() {
        return "EndpointSlice";
    }

    /** hostname, nodeName, zone nullable (Go pointers); conditions never null. */
    public record Endpoint(List<String> addresses, Conditions conditions, String hostname, String nodeName,
                           String zone, ObjectReference targetRef) {
        public Endpoint {
            addresses = Maps.list(addresses);
            conditions = conditions == null ? new Conditions(null, null, null) : conditions;
        }
    }

    /** Each condition nullable: unknown. */
    public record Conditions(Boolean ready, Boolean serving, Boolean terminating) {
    }

    /** All fields nullable, as in discovery/v1 (Go pointers). */
    public record Port(String name, Integer port, String protocol, String appProtocol) {
    }
}
