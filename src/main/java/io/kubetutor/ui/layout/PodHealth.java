package io.kubetutor.ui.layout;

/**
 * How a pod card shows a pod's state, colour AND symbol together (never colour alone): the
 * symbol is drawn as a shape, since the bundled fonts have none of these glyphs.
 */
public enum PodHealth {
    /** Running and its Ready condition is True: in the Endpoints' addresses. */
    READY("✓"),
    /** Running but not Ready (a failing readiness probe): in notReadyAddresses. */
    NOT_READY("✗"),
    /** Not yet running: Pending, ContainerCreating, Init:0/1, PodInitializing. */
    STARTING("⏳"),
    /** Deleted, still shutting down. */
    TERMINATING("⟳"),
    /** Crashing or failed: CrashLoopBackOff, Error, ImagePullBackOff, Failed, Unknown. */
    FAILED("✗"),
    /** Ran to completion (Completed, Succeeded): no longer serving. */
    COMPLETED("■");

    private final String symbol;

    PodHealth(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /**
     * Reads kubectl's STATUS cell (computed by the same code as {@code kubectl get pods}) and the
     * pod's Ready condition, which is what the Endpoints controller reads.
     */
    public static PodHealth of(String kubectlStatus, boolean readyCondition) {
        String s = kubectlStatus == null ? "" : kubectlStatus;
        if (s.equals("Terminating")) {
            return TERMINATING;
        }
        if (s.equals("Running")) {
            return readyCondition ? READY : NOT_READY;
        }
        if (s.equals("NotReady")) {
            return NOT_READY;
        }
        if (s.equals("Completed") || s.equals("Succeeded")) {
            return COMPLETED;
        }
        if (s.isEmpty() || s.equals("Pending") || s.equals("ContainerCreating") || s.equals("PodInitializing")
                || s.matches("Init:\\d+/\\d+")) {
            return STARTING;
        }
        return FAILED;
    }
}
