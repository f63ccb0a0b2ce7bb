package io.kubetutor.sim.workload;

import io.kubetutor.model.Pod;
import io.kubetutor.model.ReplicaSet;
import io.kubetutor.model.ReplicationController;
import java.util.ArrayList;
import java.util.List;

/**
 * The ReplicaSet controller's decisions (pkg/controller/replicaset, which also runs
 * ReplicationControllers): keep the number of active pods at spec.replicas.
 */
public final class ReplicaSetController {
    /** The controller's burstReplicas: at most this many creations or deletions per sync. */
    public static final int BURST_REPLICAS = 500;

    private ReplicaSetController() {
    }

    /** The plan for a lone ReplicaSet whose related pods are its own, without a clock. */
    public static ReplicaSetPlan plan(int desiredReplicas, List<Pod> ownedPods) {
        return plan(desiredReplicas, ownedPods, ownedPods, PodClock.UNKNOWN);
    }

    /**
     * manageReplicas. ownedPods are the pods this ReplicaSet controls; terminating and finished
     * ones are ignored (not active), so a terminating pod is replaced at once. relatedPods are the
     * pods of every ReplicaSet with the same controlling owner (a Deployment's ReplicaSets), used to
     * delete doubled-up pods first.
     */
    public static ReplicaSetPlan plan(int desiredReplicas, List<Pod> ownedPods, List<Pod> relatedPods,
                                      PodClock clock) {
        List<Pod> active = new ArrayList<>();
        for (Pod p : ownedPods) {
            if (PodStates.active(p)) {
                active.add(p);
            }
        }
        int diff = active.size() - desiredReplicas;
        if (diff < 0) {
            return new ReplicaSetPlan(Math.min(-diff, BURST_REPLICAS), List.of(), active.size());
        }
        if (diff == 0) {
            return new ReplicaSetPlan(0, List.of(), active.size());
        }
        diff = Math.min(diff, BURST_REPLICAS);
        // getPodsToDelete sorts only when some pods stay.
        List<Pod> ordered = diff < active.size() ? PodRanking.forDeletion(active, relatedPods, clock) : active;
        return new ReplicaSetPlan(0, ordered.subList(0, diff), active.size());
    }

    /** The desired count: spec.replicas, which defaulting sets to 1 when absent. */
    public static int desiredReplicas(ReplicaSet rs) {
        Integer r = rs.spec().replicas();
        return r == null ? 1 : r;
    }

    public static int desiredReplicas(ReplicationController rc) {
        Integer r = rc.spec().replicas();
        return r == null ? 1 : r;
    }

    /**
     * A pod to create for the ReplicaSet: template labels and annotations, generateName
     * {@code <rs-name>-}, owner {@code apps/v1 ReplicaSet} with controller true. The API server
     * names it ({@link PodNames#generated}).
     */
    public static Pod newPod(ReplicaSet rs) {
        return PodTemplates.podFromTemplate(rs.spec().template(), rs.namespace(),
                PodNames.prefixFor(rs.name()), PodTemplates.controllerRef(rs));
    }

    /** The same for a ReplicationController: owner {@code v1 ReplicationController}. */
    public static Pod newPod(ReplicationController rc) {
        return PodTemplates.podFromTemplate(rc.spec().template(), rc.namespace(),
                PodNames.prefixFor(rc.name()), PodTemplates.controllerRef(rc));
    }

    /** The SuccessfulCreate event's message once the pod is named. */
    public static WorkloadEvent createdPodEvent(String podName) {
        return new WorkloadEvent("SuccessfulCreate", "Created pod: " + podName);
    }

    /** The SuccessfulDelete event's message. */
    public static WorkloadEvent deletedPodEvent(String podName) {
        return new WorkloadEvent("SuccessfulDelete", "Deleted pod: " + podName);
    }
}
