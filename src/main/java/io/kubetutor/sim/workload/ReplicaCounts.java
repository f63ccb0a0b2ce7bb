package io.kubetutor.sim.workload;

import io.kubetutor.model.Pod;
import java.util.List;

/**
 * A ReplicaSet's (or ReplicationController's) status figures as its controller computes them from
 * the pods it owns: {@code replicas}, {@code readyReplicas} and {@code availableReplicas} count
 * active pods only (not terminating, not Succeeded/Failed). {@code nonTerminalPods} also counts
 * terminating pods that have not finished: the Recreate strategy waits until that is 0.
 */
public record ReplicaCounts(int replicas, int readyReplicas, int availableReplicas, int nonTerminalPods) {
    public static final ReplicaCounts NONE = new ReplicaCounts(0, 0, 0, 0);

    public static ReplicaCounts of(List<Pod> ownedPods, int minReadySeconds, PodClock clock) {
        int replicas = 0;
        int ready = 0;
        int available = 0;
        int nonTerminal = 0;
        for (Pod p : ownedPods) {
            if (!PodStates.terminal(p)) {
                nonTerminal++;
            }
            if (!PodStates.active(p)) {
                continue;
            }
            replicas++;
            if (p.status().ready()) {
                ready++;
                if (clock.available(p, minReadySeconds)) {
                    available++;
                }
            }
        }
        return new ReplicaCounts(replicas, ready, available, nonTerminal);
    }
}
