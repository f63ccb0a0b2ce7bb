package io.kubetutor.kubectl.print;

import static io.kubetutor.kubectl.print.TableText.Column.always;
import static io.kubetutor.kubectl.print.TableText.Column.wide;

import io.kubetutor.kubectl.print.TableText.Column;
import io.kubetutor.kubectl.print.TableText.Row;
import io.kubetutor.sim.NodeLabels;
import io.kubetutor.sim.NodeState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * {@code kubectl get nodes}, as printNode makes the cells (pkg/printers/internalversion): STATUS
 * is the Ready condition ("Ready", or "NotReady" for False and Unknown) with ",SchedulingDisabled"
 * when spec.unschedulable; ROLES the roles findNodeRoles reads from the labels (kubeadm gives a
 * control-plane node "control-plane", a worker none: {@code <none>}); VERSION the kubelet's. The
 * label columns are kubectl's own decoration of the server's table (tableprinter's decorateTable):
 * one column per {@code -L} key, headed by the key's last path segment upper-cased, holding the
 * value or nothing; then, with {@code --show-labels}, LABELS as labels.FormatLabels writes them.
 */
public final class NodeTable {
    private static final List<Column> NODE = List.of(always("Name"), always("Status"), always("Roles"),
            always("Age"), always("Version"), wide("Internal-IP"), wide("External-IP"), wide("OS-Image"),
            wide("Kernel-Version"), wide("Container-Runtime"));

    private NodeTable() {
    }

    /** The table for {@code nodes} in the order given (the API server lists them by name). */
    public static String of(List<NodeState> nodes, boolean wide, long now) {
        return of(nodes, wide, now, List.of(), false);
    }

    /**
     * The table with the label columns of {@code -L} ({@code labelColumns}, in the order given)
     * and {@code --show-labels}.
     */
    public static String of(List<NodeState> nodes, boolean wide, long now, List<String> labelColumns,
                            boolean showLabels) {
        List<Column> columns = new ArrayList<>(NODE);
        for (String key : labelColumns) {
            String[] parts = key.split("/", -1);
            columns.add(always(parts[parts.length - 1].toUpperCase(Locale.ROOT)));
        }
        if (showLabels) {
            columns.add(always("Labels"));
        }
        List<Row> rows = new ArrayList<>();
        for (NodeState n : nodes) {
            List<String> cells = new ArrayList<>(List.of(n.name(), status(n), roles(n),
                    HumanDuration.since(NodeState.CREATED_AT, now), NodeState.KUBELET_VERSION, n.ip(), "<none>",
                    NodeState.OS_IMAGE, NodeState.KERNEL_VERSION, NodeState.CONTAINER_RUNTIME));
            for (String key : labelColumns) {
                cells.add(n.labels().getOrDefault(key, ""));
            }
            if (showLabels) {
                cells.add(LabelText.format(n.labels()));
            }
            rows.add(new Row("", cells));
        }
        return TableText.render(columns, rows, wide, false);
    }

    /** The STATUS cell: Ready or NotReady, then SchedulingDisabled for a cordoned node. */
    public static String status(NodeState n) {
        String ready = n.ready().equals("True") ? "Ready" : "NotReady";
        return n.unschedulable() ? ready + ",SchedulingDisabled" : ready;
    }

    /**
     * The ROLES cell (findNodeRoles): the suffix of each node-role.kubernetes.io/ROLE label and the
     * value of a non-empty kubernetes.io/role label, sorted and comma-joined; {@code <none>} when none.
     * A node seen without its labels falls back to whether it is a control-plane node.
     */
    public static String roles(NodeState n) {
        Map<String, String> labels = n.labels();
        if (labels.isEmpty()) {
            return n.controlPlane() ? "control-plane" : "<none>";
        }
        TreeSet<String> roles = new TreeSet<>();
        for (Map.Entry<String, String> e : labels.entrySet()) {
            String key = e.getKey();
            if (key.startsWith(NodeLabels.ROLE_PREFIX)) {
                String role = key.substring(NodeLabels.ROLE_PREFIX.length());
                if (!role.isEmpty()) {
                    roles.add(role);
                }
            } else if (key.equals(NodeLabels.LEGACY_ROLE) && !e.getValue().isEmpty()) {
                roles.add(e.getValue());
            }
        }
        return roles.isEmpty() ? "<none>" : String.join(",", roles);
    }
}
