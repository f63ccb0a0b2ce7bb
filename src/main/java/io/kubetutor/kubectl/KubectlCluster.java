package io.kubetutor.kubectl;

import io.kubetutor.kubectl.exec.ExecRequest;
import io.kubetutor.kubectl.exec.ExecResult;
import io.kubetutor.kubectl.print.EventRow;
import io.kubetutor.model.KubeObject;
import io.kubetutor.model.Pod;
import io.kubetutor.sim.ClusterSnapshot;
import io.kubetutor.sim.ObjectKey;
import java.util.List;
import java.util.OptionalLong;

/**
 * What kubectl commands need from the simulated cluster: read its objects, and write through the
 * API server as kubectl's requests would (create, update after a client-side change, delete).
 * Writes run the cluster's controllers before they return, so a following read sees their work.
 */
public interface KubectlCluster {
    /** The objects as they are now. */
    ClusterSnapshot snapshot();

    /** Virtual milliseconds since the cluster started; AGE columns are measured against it. */
    long now();

    /** POST of a new object: defaulted, allocated for and validated as on create. */
    WriteResult create(KubeObject object);

    /**
     * PUT of an existing object a command changed (label, scale, patch): validated as an update
     * against the stored object; immutable fields refused with the server's message.
     */
    WriteResult update(KubeObject updated);

    /** DELETE (graceful for pods: they terminate and their controller replaces them). */
    WriteResult delete(ObjectKey key);

    /** The events kubectl describe lists for an object, oldest first. */
    List<EventRow> events(ObjectKey about);

    /**
     * POST pods/NAME/exec: the API server's and kubelet's checks, then the command run in the
     * container (its network, DNS and files are the simulated cluster's); the result says what it
     * printed and how it exited, or the text of the error that stopped the request.
     */
    ExecResult exec(ExecRequest request);

    /**
     * When the pod's Ready condition last turned to the value it has now, in virtual milliseconds,
     * as far as the cluster recorded it; empty when it did not (the printers then estimate it from
     * the containers' start times).
     */
    default OptionalLong readyChangedAt(Pod pod) {
        return OptionalLong.empty();
    }

    /**
     * The cluster's Nodes as {@code kubectl get nodes} lists them (by name). A cluster without
     * simulated nodes has none.
     */
    default List<io.kubetutor.sim.NodeState> nodes() {
        return List.of();
    }

    /**
     * PATCH of a node's spec.unschedulable ({@code kubectl cordon}, {@code uncordon}); the node is
     * one {@link #nodes()} lists.
     */
    default void setUnschedulable(String node, boolean unschedulable) {
        throw new UnsupportedOperationException("this cluster has no simulated nodes");
    }
}
