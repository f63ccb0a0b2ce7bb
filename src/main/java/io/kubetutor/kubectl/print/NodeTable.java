package io.kubetutor.kubectl.print;

import static io.kubetutor.kubectl.print.TableText.Column.always;
import static io.kubetutor.kubectl.print.TableText.Column.wide;

import io.kubetutor.kubectl.print.TableText.Column;
import io.kubetutor.kubectl.print.TableText.Row;
import io.kubetutor.sim.NodeState;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code kubectl get nodes}, as printNode makes the cells (pkg/printers/internalversion): STATUS
 * is the Ready condition ("Ready", or "NotReady" for False and Unknown) with ",SchedulingDisabled"
 * when spec.unschedulable; ROLES the node-role.kubernetes.io/* labels (kubeadm gives a
 * control-plane node "control-plane", a worker none: {@code <none>}); VERSION the kubelet's.
 */
public final class NodeTable {
    private static final List<Column> NODE = List.of(always("Name"), always("Status"), always("Roles"),
            always("Age"), always("Version"), wide("Internal-IP"), wide("External-IP"), wide("OS-Image"),
            wide("Kernel-Version"), wide("Container-Runtime"));

    private NodeTable() {
    }

    /** The table for {@code nodes} in the order given (the API server lists them by name). */
    public static String of(List<NodeState> nodes, boolean wide, long now) {
        List<Row> rows = new ArrayList<>();
        for (NodeState n : nodes) {
            rows.add(new Row("", List.of(n.name(), status(n), n.controlPlane() ? "control-plane" : "<none>",
                    HumanDuration.since(NodeState.CREATED_AT, now), NodeState.KUBELET_VERSION, n.ip(), "<none>",
                    NodeState.OS_IMAGE, NodeState.KERNEL_VERSION, NodeState.CONTAINER_RUNTIME)));
        }
        return TableText.render(NODE, rows, wide, false);
    }

    /** The STATUS cell: Ready or NotReady, then SchedulingDisabled for a cordoned node. */
    public static String status(NodeState n) {
        String ready = n.ready().equals("True") ? "Ready" : "NotReady";
        return n.unschedulable() ? ready + ",SchedulingDisabled" : ready;
    }
}
