package io.kubetutor.model;

/** A Kubernetes object as the simulated API server holds it. */
public sealed interface KubeObject permits Service, Pod, Endpoints, EndpointSlice, Namespace,
        Deployment, ReplicaSet, ReplicationController, StatefulSet, Ingress, IngressClass,
        UnsimulatedObject {
    String apiVersion();

    String kind();

    ObjectMeta metadata();

    Origin origin();

    default String name() {
        return metadata().name();
    }

    default String namespace() {
        return metadata().namespace();
    }

    /** Whether the kind lives in a namespace (Namespace and IngressClass do not). */
    default boolean namespaced() {
        return true;
    }
}
