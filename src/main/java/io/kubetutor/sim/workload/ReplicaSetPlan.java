package io.kubetutor.sim.workload;

import io.kubetutor.model.Pod;
import java.util.List;

/**
 * One sync of a ReplicaSet or ReplicationController: how many pods to create (each from
 * {@code ReplicaSetController.newPod}) and which pods to delete, in the order upstream deletes
 * them. {@code activePods} is the count the decision was based on.
 */
public record ReplicaSetPlan(int podsToCreate, List<Pod> podsToDelete, int activePods) {
    public ReplicaSetPlan {
        podsToDelete = List.copyOf(podsToDelete);
    }

    public boolean changesNothing() {
        return podsToCreate == 0 && podsToDelete.isEmpty();
    }
}
