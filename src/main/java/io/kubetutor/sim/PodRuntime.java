package io.kubetutor.sim;

import io.kubetutor.model.Container;
import io.kubetutor.model.Pod;
import io.kubetutor.model.PodStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * One pod on its node as the simulated kubelet keeps it: address, containers, the switch saying
 * whether the app answers its probes, and readiness a manifest pinned (which holds until someone
 * flips the switch).
 */
final class PodRuntime {
    final String uid;
    final ObjectKey key;
    final String node;
    final String hostIP;
    final List<ContainerRuntime> containers = new ArrayList<>();
    String podIP = "";
    Long startTime;
    boolean sandboxReady;
    boolean appAnswers = true;
    Boolean pinnedReady;
    String pinnedPhase = "";
    boolean terminating;

    PodRuntime(Pod pod, String node, String hostIP) {
        this.uid = pod.metadata().uid();
        this.key = ObjectKey.of(pod);
        this.node = node;
        this.hostIP = hostIP;
        for (Container c : pod.spec().containers()) {
            containers.add(new ContainerRuntime(c));
        }
    }

    /**
     * A pod that has been running since {@code startedAt}: sandbox up at {@code podIP}, every
     * container started and ready, as the pods of the cluster's own workloads are when the
     * simulation begins (their probes passed long ago).
     */
    static PodRuntime runningSince(Pod pod, String node, String hostIP, String podIP, long startedAt) {
        PodRuntime rt = new PodRuntime(pod, node, hostIP);
        rt.startTime = startedAt;
        rt.podIP = podIP;
        rt.sandboxReady = true;
        for (ContainerRuntime c : rt.containers) {
            c.run(startedAt);
            c.started = true;
            c.ready = true;
        }
        return rt;
    }

    boolean ready() {
        if (pinnedReady != null) {
            return pinnedReady;
        }
        if (containers.isEmpty() || !sandboxReady) {
            return false;
        }
        for (ContainerRuntime c : containers) {
            if (c.state != ContainerRuntime.State.RUNNING || !c.ready) {
                return false;
            }
        }
        return true;
    }

    String phase() {
        if (!pinnedPhase.isEmpty()) {
            return pinnedPhase;
        }
        for (ContainerRuntime c : containers) {
            if (c.state != ContainerRuntime.State.CREATING) {
                return "Running";
            }
        }
        return "Pending";
    }

    /** The status the kubelet reports, conditions in the order the kubelet writes them. */
    PodStatus status() {
        boolean ready = ready();
        List<PodStatus.Condition> conditions = List.of(
                new PodStatus.Condition("PodReadyToStartContainers", bool(sandboxReady)),
                new PodStatus.Condition("Initialized", "True"),
                new PodStatus.Condition("Ready", bool(ready)),
                new PodStatus.Condition("ContainersReady", bool(ready)),
                new PodStatus.Condition("PodScheduled", "True"));
        List<PodStatus.ContainerStatus> statuses = new ArrayList<>();
        for (ContainerRuntime c : containers) {
            PodStatus.ContainerStatus s = c.status();
            if (pinnedReady != null && c.state == ContainerRuntime.State.RUNNING) {
                s = new PodStatus.ContainerStatus(s.name(), pinnedReady, true, s.restartCount(), s.state(),
                        s.stateReason(), s.stateSince(), s.lastTerminatedAt());
            }
            statuses.add(s);
        }
        List<String> ips = podIP.isEmpty() ? List.of() : List.of(podIP);
        return new PodStatus(phase(), podIP, ips, hostIP, conditions, startTime, statuses, "");
    }

    private static String bool(boolean b) {
        return b ? "True" : "False";
    }
}
