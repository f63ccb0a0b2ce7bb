package io.kubetutor.kubectl;

import io.kubetutor.model.KubeObject;
import java.util.List;
import java.util.Set;

/**
 * {@code kubectl describe}: each object through the views, a blank line between them; a single
 * missing name describes every object whose name starts with it, as describe.go does.
 */
final class DescribeCommand {
    static final CommandDef DEF = new CommandDef("describe", List.of(
            FlagSpec.bool("all-namespaces", 'A'),
            FlagSpec.string("selector", 'l'),
            FlagSpec.bool("show-events"),
            FlagSpec.string("filename", 'f'),
            FlagSpec.bool("recursive", 'R'),
            FlagSpec.string("kustomize", 'k'),
            FlagSpec.integer("chunk-size")),
            Set.of("show-events", "filename", "recursive", "kustomize", "chunk-size"), List.of(),
            DescribeCommand::run);

    private DescribeCommand() {
    }

    static void run(Invocation inv) throws KubectlError {
        if (inv.args().isEmpty()) {
            throw KubectlError.plain("You must specify the type of resource to describe. Use \"kubectl api-resources\""
                    + " for a complete list of supported resources.\n");
        }
        boolean all = inv.allNamespaces();
        ResourceArgs.Request request = ResourceArgs.parse(inv.args(), true, false, all);
        EndpointsWarning.ifRequested(inv, request);
        Fetched fetched = Fetched.of(inv, request, SelectorFilter.parse(inv.flags.get("selector")), all);
        if (!fetched.notFound().isEmpty() && inv.args().size() == 2 && !inv.args().get(1).contains("/")) {
            describeByPrefix(inv, request.refs().get(0).type(), inv.args().get(1), fetched.errorText());
            return;
        }
        boolean first = true;
        for (Fetched.Item item : fetched.items()) {
            String text = describe(inv, item.object());
            inv.out.append(first ? "" : "\n\n").append(text);
            first = false;
        }
        if (!fetched.notFound().isEmpty()) {
            throw KubectlError.verbatim(fetched.errorText());
        }
        if (fetched.items().isEmpty()) {
            inv.err.append(all ? "No resources found\n" : "No resources found in " + inv.namespace() + " namespace.\n");
        }
    }

    private static void describeByPrefix(Invocation inv, ResourceType type, String prefix, String notFound)
            throws KubectlError {
        boolean found = false;
        for (KubeObject o : inv.list(type, false)) {
            if (o.name().startsWith(prefix)) {
                inv.out.append(describe(inv, o)).append('\n');
                found = true;
            }
        }
        if (!found) {
            throw KubectlError.verbatim(notFound);
        }
    }

    private static String describe(Invocation inv, KubeObject o) throws KubectlError {
        try {
            return inv.views.describe(o, inv.cluster);
        } catch (UnsupportedOperationException e) {
            throw KubectlError.plain(e.getMessage());
        }
    }
}
