package io.kubetutor.sim.workload;

/**
 * A Deployment's status counts as the controller computes them (calculateStatus): replicas,
 * ready and available sum the ReplicaSets' pod counts; updatedReplicas is the new ReplicaSet's;
 * unavailableReplicas is the desired pods of all ReplicaSets not yet available.
 * {@code minimumAvailable} is the Available condition: available &ge; replicas - maxUnavailable.
 */
public record DeploymentStatusFigures(int replicas, int updatedReplicas, int readyReplicas, int availableReplicas,
                                      int unavailableReplicas, boolean minimumAvailable) {
}
