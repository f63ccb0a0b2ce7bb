package io.kubetutor.sim.workload;

import io.kubetutor.model.ReplicaSet;
import java.util.List;
import java.util.Map;

/**
 * One sync of a Deployment. {@code toCreate} is the new ReplicaSet to create (null when it exists);
 * {@code toUpdate} are existing ReplicaSets whose replicas, annotations or minReadySeconds change;
 * {@code replicas} is every ReplicaSet's spec.replicas after the sync, by name; {@code revision} is
 * the deployment.kubernetes.io/revision annotation the Deployment should carry ("" before it has a
 * new ReplicaSet). Apply it and sync again until {@link #changesNothing()}; then wait for pods.
 */
public record DeploymentPlan(ReplicaSet toCreate, List<ReplicaSet> toUpdate, Map<String, Integer> replicas,
                             String revision, DeploymentStatusFigures status, List<WorkloadEvent> events) {
    public DeploymentPlan {
        toUpdate = List.copyOf(toUpdate);
        events = List.copyOf(events);
    }

    public boolean changesNothing() {
        return toCreate == null && toUpdate.isEmpty();
    }
}
