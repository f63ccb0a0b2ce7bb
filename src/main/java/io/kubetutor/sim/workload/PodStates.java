package io.kubetutor.sim.workload;

import io.kubetutor.model.Pod;

/** The pod predicates the controllers share (controller.IsPodActive and the StatefulSet helpers). */
final class PodStates {
    static final String PENDING = "Pending";
    static final String RUNNING = "Running";
    static final String SUCCEEDED = "Succeeded";
    static final String FAILED = "Failed";
    static final String UNKNOWN = "Unknown";

    private PodStates() {
    }

    /** Finished: Succeeded or Failed. */
    static boolean terminal(Pod p) {
        String phase = p.status().phase();
        return SUCCEEDED.equals(phase) || FAILED.equals(phase);
    }

    /** controller.IsPodActive: not finished and not being deleted. */
    static boolean active(Pod p) {
        return !terminal(p) && !p.metadata().deleting();
    }

    static boolean runningAndReady(Pod p) {
        return RUNNING.equals(p.status().phase()) && p.status().ready();
    }
}
