package io.kubetutor.sim.workload;

import io.kubetutor.model.Pod;
import java.util.List;

/**
 * One sync of a StatefulSet: pods to create (named, with their stable identity), pods to delete,
 * the revision current pods should carry ({@code controller-revision-hash}), the status counts and
 * the events recorded. Apply it and sync again whenever a pod of the set changes.
 */
public record StatefulSetPlan(List<Pod> toCreate, List<Pod> toDelete, String updateRevision, Status status,
                              List<WorkloadEvent> events) {
    public StatefulSetPlan {
        toCreate = List.copyOf(toCreate);
        toDelete = List.copyOf(toDelete);
        events = List.copyOf(events);
    }

    public boolean changesNothing() {
        return toCreate.isEmpty() && toDelete.isEmpty();
    }

    /**
     * The status counts (computeReplicaStatus) of the pods that exist: replicas counts every pod
     * of the set including terminating ones, readyReplicas those Running and Ready, available those
     * also ready for minReadySeconds, updatedReplicas those not terminating at the update revision.
     */
    public record Status(int replicas, int readyReplicas, int availableReplicas, int updatedReplicas) {
    }
}
