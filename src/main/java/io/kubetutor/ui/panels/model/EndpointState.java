package io.kubetutor.ui.panels.model;

/** How an endpoint stands in its Service's Endpoints, as the endpoints table shows it. */
public enum EndpointState {
    /** In {@code addresses}: kube-proxy sends traffic to it. */
    READY,
    /** In {@code notReadyAddresses}: listed, but kube-proxy leaves it out. */
    NOT_READY,
    /**
     * Its pod is being deleted: gone from v1 Endpoints (unless publishNotReadyAddresses keeps it),
     * still in the EndpointSlice with {@code terminating: true} until the pod is gone.
     */
    TERMINATING
}
