package io.kubetutor.sim.workload;

import io.kubetutor.model.Pod;
import io.kubetutor.model.ReplicaSet;
import java.util.List;

/** A ReplicaSet a Deployment owns, with the status figures its pods give it. */
public record ReplicaSetState(ReplicaSet replicaSet, ReplicaCounts counts) {
    public ReplicaSetState {
        counts = counts == null ? ReplicaCounts.NONE : counts;
    }

    /** The state from the pods the ReplicaSet controls, with its minReadySeconds judged by the clock. */
    public static ReplicaSetState of(ReplicaSet rs, List<Pod> ownedPods, PodClock clock) {
        return new ReplicaSetState(rs, ReplicaCounts.of(ownedPods, rs.spec().minReadySeconds(), clock));
    }

    public static ReplicaSetState of(ReplicaSet rs, List<Pod> ownedPods) {
        return of(rs, ownedPods, PodClock.UNKNOWN);
    }
}
