package io.kubetutor.sim;

/**
 * One state change of the simulated cluster, in the order it happened, with its cause, so a UI can
 * animate it and a lesson can check it. {@code subject} is the object that changed (a pod, an
 * Endpoints, a Service); {@code related} the other object involved (the pod whose address an
 * Endpoints gained), or null; {@code address} the IP (or IP:port, node port) concerned, or "".
 * {@code text()} reads as the event log shows it, e.g. "pod web-5d4f8c7b9-x2k9p deleted →
 * 10.244.1.5 removed from Endpoints web".
 */
public record ClusterEvent(long seq, long at, Kind kind, ObjectKey subject, ObjectKey related, String address,
                           String cause, String effect) {
    public ClusterEvent {
        address = address == null ? "" : address;
        cause = cause == null ? "" : cause;
        effect = effect == null ? "" : effect;
    }

    public String text() {
        return cause.isEmpty() ? effect : cause + " → " + effect;
    }

    public enum Kind {
        OBJECT_CREATED, OBJECT_CONFIGURED, OBJECT_DELETED,
        ALLOCATED, RELEASED, LOAD_BALANCER_ASSIGNED,
        POD_CREATED, POD_SCHEDULED, POD_UNSCHEDULABLE, POD_STARTED, POD_READY, POD_NOT_READY,
        PROBE_FAILED, CONTAINER_RESTARTED, CONTAINER_BACK_OFF, POD_TERMINATING, POD_DELETED, POD_LABELS_CHANGED,
        APP_ANSWERS_CHANGED,
        WORKLOAD_SCALED, REPLICA_SET_CREATED,
        ENDPOINT_ADDED, ENDPOINT_NOT_READY_ADDED, ENDPOINT_READY, ENDPOINT_NOT_READY, ENDPOINT_REMOVED,
        ENDPOINT_SLICE_WRITTEN,
        NODE_CORDONED, NODE_UNCORDONED, NODE_FAILED, NODE_NOT_READY, NODE_READY, NODE_TAINTED, NODE_TAINT_REMOVED,
        ZONE_DISRUPTION, POD_EVICTION_SCHEDULED, POD_EVICTION_CANCELLED, POD_EVICTED
    }
}
