package io.kubetutor.kubectl;

import io.kubetutor.kubectl.exec.ExecRequest;
import io.kubetutor.kubectl.exec.ExecResult;
import io.kubetutor.kubectl.exec.PodExec;
import io.kubetutor.kubectl.print.EventRow;
import io.kubetutor.model.KubeObject;
import io.kubetutor.model.Pod;
import io.kubetutor.sim.Cluster;
import io.kubetutor.sim.ClusterEvent;
import io.kubetutor.sim.ClusterSnapshot;
import io.kubetutor.sim.KubeEvent;
import io.kubetutor.sim.ObjectKey;
import io.kubetutor.sim.ResourceNames;
import io.kubetutor.sim.WriteOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** kubectl's view of the simulated cluster: reads its snapshot, writes through its API server. */
public final class SimulatedKubectlCluster implements KubectlCluster {
    private final Cluster cluster;
    /** How many execs this view has sent; each gets its own id in containerd's messages. */
    private long execs;

    public SimulatedKubectlCluster(Cluster cluster) {
        this.cluster = cluster;
    }

    @Override
    public ClusterSnapshot snapshot() {
        return cluster.snapshot();
    }

    @Override
    public long now() {
        return cluster.now();
    }

    @Override
    public WriteResult create(KubeObject object) {
        return result(cluster.create(object));
    }

    @Override
    public WriteResult update(KubeObject updated) {
        return result(cluster.update(updated));
    }

    @Override
    public WriteResult delete(ObjectKey key) {
        Optional<KubeObject> gone = cluster.delete(key, "kubectl delete");
        if (gone.isEmpty()) {
            return WriteResult.refused("Error from server (NotFound): " + ResourceNames.groupResource(key) + " \""
                    + key.name() + "\" not found");
        }
        return WriteResult.ok(gone.get(), true);
    }

    @Override
    public List<EventRow> events(ObjectKey about) {
        List<EventRow> rows = new ArrayList<>();
        for (KubeEvent e : cluster.kubeEvents(about)) {
            rows.add(new EventRow(e.type(), e.reason(), e.firstSeen(), e.lastSeen(), e.count(), e.from(), e.message()));
        }
        return rows;
    }

    @Override
    public ExecResult exec(ExecRequest request) {
        return PodExec.run(cluster, request, ++execs);
    }

    /**
     * Read from the cluster's event log: the last event (since the pod was created) that made the
     * pod ready (started, restarted or passed its readiness probe) or unready (probe failures, a
     * restart, back-off, the node controller), whichever matches the condition now.
     */
    @Override
    public OptionalLong readyChangedAt(Pod pod) {
        ObjectKey key = ObjectKey.of(pod);
        long since = pod.metadata().creationTimestamp() == null ? 0 : pod.metadata().creationTimestamp();
        boolean ready = pod.status().ready();
        OptionalLong found = OptionalLong.empty();
        for (ClusterEvent e : cluster.events().all()) {
            if (!key.equals(e.subject()) || e.at() < since) {
                continue;
            }
            boolean readies = switch (e.kind()) {
                case POD_READY, POD_STARTED, CONTAINER_RESTARTED -> true;
                default -> false;
            };
            boolean unreadies = switch (e.kind()) {
                case POD_NOT_READY, CONTAINER_RESTARTED, CONTAINER_BACK_OFF -> true;
                default -> false;
            };
            if (ready ? readies : unreadies) {
                found = OptionalLong.of(e.at());
            }
        }
        return found;
    }

    @Override
    public List<io.kubetutor.sim.NodeState> nodes() {
        List<io.kubetutor.sim.NodeState> out = new ArrayList<>(cluster.nodeStates());
        out.sort(java.util.Comparator.comparing(io.kubetutor.sim.NodeState::name, io.kubetutor.model.GoValues.STRING_ORDER));
        return out;
    }

    @Override
    public void setUnschedulable(String node, boolean unschedulable) {
        cluster.cordon(node, unschedulable);
    }

    private static WriteResult result(WriteOutcome w) {
        return w.error() != null ? WriteResult.refused(w.error()) : WriteResult.ok(w.stored(), w.changed());
    }
}
