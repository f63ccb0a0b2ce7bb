package io.kubetutor.model;

/** v1 ObjectReference, as Endpoints and EndpointSlices point at pods. */
public record ObjectReference(String kind, String namespace, String name) {
    public ObjectReference {
        kind = kind == null ? "" : kind;
        namespace = namespace == null ? "" : namespace;
        name = name == null ? "" : name;
    }
}
