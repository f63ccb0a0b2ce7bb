package io.kubetutor.sim.net.app;

/** Whether the app in a container has a socket for a port, and on which addresses. */
public enum Listen {
    /** Bound on all addresses (0.0.0.0 / ::): the pod IP and localhost both connect. */
    LISTENING,
    /** No socket on that port: the kernel answers the SYN with RST, curl says "connection refused". */
    NOT_LISTENING,
    /**
     * Bound to 127.0.0.1 / ::1 only: a connection to the pod IP is refused like {@link #NOT_LISTENING},
     * while {@code curl localhost:PORT} inside the pod works.
     */
    LOOPBACK_ONLY;

    /** Whether a connection is accepted; {@code viaLoopback} when it comes from inside the pod to localhost. */
    public boolean accepts(boolean viaLoopback) {
        return this == LISTENING || (this == LOOPBACK_ONLY && viaLoopback);
    }
}
