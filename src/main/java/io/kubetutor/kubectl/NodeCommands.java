package io.kubetutor.kubectl;

import io.kubetutor.kubectl.print.NodeTable;
import io.kubetutor.sim.NodeState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The commands about Nodes: {@code kubectl cordon} and {@code uncordon} (kubectl's drain package,
 * RunCordonOrUncordon), and {@code kubectl get nodes}. Nodes are not a model kind, so they are read
 * through {@link KubectlCluster#nodes()} rather than the snapshot.
 */
final class NodeCommands {
    static final CommandDef CORDON = def("cordon", true);
    static final CommandDef UNCORDON = def("uncordon", false);

    /** The names discovery gives the nodes resource. */
    private static final Set<String> NODE_TYPES = Set.of("nodes", "node", "no");

    private NodeCommands() {
    }

    private static CommandDef def(String name, boolean desired) {
        return new CommandDef(name, List.of(FlagSpec.dryRun(), FlagSpec.string("selector", 'l')), Set.of("selector"),
                List.of(), inv -> cordon(inv, name, desired));
    }

    /**
     * Every named node is fetched first (a missing one ends the command before anything changes);
     * then each is patched, or said to be so already: {@code node/node1 cordoned},
     * {@code node/node1 already cordoned}.
     */
    private static void cordon(Invocation inv, String name, boolean desired) throws KubectlError {
        Invocation.DryRun dryRun = inv.dryRun();
        if (inv.args().isEmpty()) {
            throw KubectlError.usage(inv.commandPath, "USAGE: " + name + " NODE [flags]");
        }
        List<NodeState> nodes = inv.cluster.nodes();
        List<NodeState> named = new ArrayList<>();
        for (String arg : inv.args()) {
            String nodeName = withoutType(arg);
            NodeState n = find(nodes, nodeName);
            if (n == null) {
                throw KubectlError.verbatim(notFound(nodeName));
            }
            named.add(n);
        }
        for (NodeState n : named) {
            String operation;
            if (n.unschedulable() == desired) {
                operation = desired ? "already cordoned" : "already uncordoned";
            } else {
                if (dryRun == Invocation.DryRun.NONE) {
                    inv.cluster.setUnschedulable(n.name(), desired);
                }
                operation = desired ? "cordoned" : "uncordoned";
            }
            inv.out.append("node/").append(n.name()).append(' ').append(operation)
                    .append(dryRun == Invocation.DryRun.CLIENT ? " (dry run)" : "").append('\n');
        }
    }

    /** "node/node1" as the builder's TYPE/NAME form, or a bare name. */
    private static String withoutType(String arg) {
        int slash = arg.indexOf('/');
        if (slash > 0 && NODE_TYPES.contains(arg.substring(0, slash).toLowerCase(Locale.ROOT))) {
            return arg.substring(slash + 1);
        }
        return arg;
    }

    private static NodeState find(List<NodeState> nodes, String name) {
        for (NodeState n : nodes) {
            if (n.name().equals(name)) {
                return n;
            }
        }
        return null;
    }

    static String notFound(String name) {
        return "Error from server (NotFound): nodes " + GoText.quote(name) + " not found";
    }

    /**
     * The node names {@code kubectl get} arguments ask for ({@code nodes}, {@code node NAME...},
     * {@code no/NAME...}); an empty list asks for all. Null when the arguments are not about nodes.
     */
    static List<String> getRequest(List<String> args) throws KubectlError {
        String first = args.get(0).toLowerCase(Locale.ROOT);
        if (NODE_TYPES.contains(first)) {
            return new ArrayList<>(args.subList(1, args.size()));
        }
        boolean allSlashed = true;
        boolean anyNode = false;
        List<String> names = new ArrayList<>();
        for (String a : args) {
            int slash = a.indexOf('/');
            String type = slash < 0 ? a : a.substring(0, slash);
            for (String t : type.toLowerCase(Locale.ROOT).split(",")) {
                anyNode |= NODE_TYPES.contains(t);
            }
            allSlashed &= slash > 0 && NODE_TYPES.contains(type.toLowerCase(Locale.ROOT));
            if (slash > 0) {
                names.add(a.substring(slash + 1));
            }
        }
        if (allSlashed) {
            return names;
        }
        if (anyNode) {
            throw KubectlError.plain("the tutor prints nodes with one kubectl get of their own for now;"
                    + " ask for nodes and the other types separately");
        }
        return null;
    }

    /** {@code kubectl get nodes}: the table (or names), then NotFound for each name no node has. */
    static void get(Invocation inv, List<String> names, OutputFormat format) throws KubectlError {
        if (inv.flags.has("selector") || inv.flags.has("label-columns") || inv.flags.flag("show-labels")) {
            throw KubectlError.plain("the tutor does not simulate node labels; list nodes without -l, -L or"
                    + " --show-labels");
        }
        List<NodeState> all = inv.cluster.nodes();
        List<NodeState> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        if (names.isEmpty()) {
            found.addAll(all);
        } else {
            for (String n : names) {
                NodeState s = find(all, n);
                if (s == null) {
                    missing.add(notFound(n));
                } else {
                    found.add(s);
                }
            }
        }
        switch (format) {
            case NAME -> found.forEach(n -> inv.out.append("node/").append(n.name()).append('\n'));
            case YAML, JSON, JSONPATH -> throw KubectlError.plain("the tutor does not print nodes with -o "
                    + format.name().toLowerCase(Locale.ROOT) + " yet; it prints them with kubectl get, -o wide and"
                    + " -o name");
            default -> inv.out.append(NodeTable.of(found, format == OutputFormat.WIDE, inv.cluster.now()));
        }
        if (!missing.isEmpty() && !inv.flags.flag("ignore-not-found")) {
            throw KubectlError.verbatim(String.join("\n", missing));
        }
        if (found.isEmpty() && names.isEmpty() && format != OutputFormat.NAME) {
            inv.err.append("No resources found\n");
        }
    }
}
