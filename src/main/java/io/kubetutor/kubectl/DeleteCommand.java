package io.kubetutor.kubectl;

import io.kubetutor.sim.ObjectKey;
import java.util.List;
import java.util.Set;

/** {@code kubectl delete TYPE NAME...}: graceful deletes, one line per object, NotFound after. */
final class DeleteCommand {
    /**
     * kubectl v1.33 prints {@code pod "web" deleted}; v1.34 added {@code from NS namespace}
     * (kubernetes PR 126619), which the tutor does not show since it speaks v1.33.
     */
    static final CommandDef DEF = new CommandDef("delete", List.of(
            FlagSpec.string("output", 'o'),
            FlagSpec.bool("all"),
            FlagSpec.bool("all-namespaces", 'A'),
            FlagSpec.string("selector", 'l'),
            FlagSpec.bool("ignore-not-found"),
            FlagSpec.integer("grace-period"),
            FlagSpec.bool("force"),
            FlagSpec.bool("now"),
            FlagSpec.bool("wait"),
            FlagSpec.string("cascade"),
            FlagSpec.string("timeout"),
            FlagSpec.bool("interactive", 'i'),
            FlagSpec.string("field-selector"),
            FlagSpec.string("raw"),
            FlagSpec.dryRun(),
            FlagSpec.string("filename", 'f'),
            FlagSpec.bool("recursive", 'R'),
            FlagSpec.string("kustomize", 'k')),
            Set.of("grace-period", "force", "now", "cascade", "timeout", "interactive", "field-selector", "raw",
                    "filename", "recursive", "kustomize"),
            List.of(), DeleteCommand::run);

    private DeleteCommand() {
    }

    static void run(Invocation inv) throws KubectlError {
        String output = inv.flags.getOr("output", "");
        if (!output.isEmpty() && !output.equals("name")) {
            throw KubectlError.plain("kubectl delete prints only -o name");
        }
        Invocation.DryRun dryRun = inv.dryRun();
        boolean all = inv.flags.flag("all");
        boolean allNamespaces = inv.allNamespaces();
        ResourceArgs.Request request = ResourceArgs.parse(inv.args(), all || inv.flags.has("selector"), all,
                allNamespaces);
        EndpointsWarning.ifRequested(inv, request);
        Fetched fetched = Fetched.of(inv, request, SelectorFilter.parse(inv.flags.get("selector")), allNamespaces);
        for (Fetched.Item item : fetched.items()) {
            if (dryRun == Invocation.DryRun.NONE) {
                Writes.check(inv.cluster.delete(ObjectKey.of(item.object())));
            }
            if (output.equals("name")) {
                inv.out.append(item.type().kindPrefix()).append('/').append(item.object().name()).append('\n');
            } else {
                inv.out.append(item.type().kindPrefix()).append(" \"").append(item.object().name()).append('"')
                        .append(dryRun == Invocation.DryRun.CLIENT ? " deleted (dry run)\n" : " deleted\n");
            }
        }
        if (!fetched.notFound().isEmpty() && !inv.flags.flag("ignore-not-found")) {
            throw KubectlError.verbatim(fetched.errorText());
        }
        if (fetched.items().isEmpty() && fetched.notFound().isEmpty() && !request.byName()) {
            inv.out.append("No resources found\n");
        }
    }
}
