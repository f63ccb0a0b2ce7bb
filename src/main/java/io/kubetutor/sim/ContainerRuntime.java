package io.kubetutor.sim;

import io.kubetutor.model.Container;
import io.kubetutor.model.PodStatus;

/**
 * One container as the simulated kubelet runs it: its state, restarts and the consecutive probe
 * results the thresholds count. {@code instance} grows with each start, so probe timers of an
 * earlier run of the container recognise themselves as stale.
 */
final class ContainerRuntime {
    enum State { CREATING, RUNNING, BACK_OFF, TERMINATED }

    final Container spec;
    State state = State.CREATING;
    long since;
    int restarts;
    Long lastTerminatedAt;
    boolean started;
    boolean ready;
    long instance;
    int readinessSuccesses;
    int readinessFailures;
    int livenessFailures;
    int startupFailures;

    ContainerRuntime(Container spec) {
        this.spec = spec;
    }

    /** Starts (or restarts) the container at {@code now}: not started until its startup probe passes. */
    void run(long now) {
        state = State.RUNNING;
        since = now;
        instance++;
        started = spec.startupProbe() == null;
        ready = false;
        readinessSuccesses = 0;
        readinessFailures = 0;
        livenessFailures = 0;
        startupFailures = 0;
    }

    PodStatus.ContainerStatus status() {
        String stateName;
        String reason = "";
        switch (state) {
            case CREATING -> {
                stateName = "waiting";
                reason = "ContainerCreating";
            }
            case BACK_OFF -> {
                stateName = "waiting";
                reason = "CrashLoopBackOff";
            }
            case TERMINATED -> {
                stateName = "terminated";
                reason = "Completed";
            }
            default -> stateName = "running";
        }
        Boolean startedFlag = state == State.RUNNING ? started : Boolean.FALSE;
        return new PodStatus.ContainerStatus(spec.name(), state == State.RUNNING && ready, startedFlag, restarts,
                stateName, reason, since, lastTerminatedAt);
    }
}
