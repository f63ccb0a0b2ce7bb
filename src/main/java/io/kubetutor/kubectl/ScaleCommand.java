package io.kubetutor.kubectl;

import io.kubetutor.model.KubeObject;
import java.util.List;
import java.util.Set;

/** {@code kubectl scale TYPE NAME --replicas=N}: a write to the scale subresource. */
final class ScaleCommand {
    static final CommandDef DEF = new CommandDef("scale", CommandDef.concat(CommandDef.PRINT, List.of(
            FlagSpec.integer("replicas"),
            FlagSpec.integer("current-replicas"),
            FlagSpec.string("resource-version"),
            FlagSpec.bool("all"),
            FlagSpec.string("selector", 'l'),
            FlagSpec.string("timeout"),
            FlagSpec.dryRun(),
            FlagSpec.string("filename", 'f'),
            FlagSpec.bool("recursive", 'R'),
            FlagSpec.string("kustomize", 'k'))),
            Set.of("resource-version", "timeout", "filename", "recursive", "kustomize", "template"),
            List.of("replicas"), ScaleCommand::run);

    private ScaleCommand() {
    }

    static void run(Invocation inv) throws KubectlError {
        Invocation.DryRun dryRun = inv.dryRun();
        OutputFormat format = Writes.objectFormat(inv);
        long replicas = FlagParser.parseGoInt(inv.flags.get("replicas")).longValue();
        long current = inv.flags.has("current-replicas")
                ? FlagParser.parseGoInt(inv.flags.get("current-replicas")).longValue() : -1;
        if (replicas < 0) {
            throw KubectlError.plain("The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0");
        }
        if (current < -1) {
            throw KubectlError.plain("The --current-replicas must specify an integer of -1 or greater");
        }
        boolean all = inv.flags.flag("all");
        SelectorFilter selector = SelectorFilter.parse(inv.flags.get("selector"));
        ResourceArgs.Request request = ResourceArgs.parse(inv.args(), all || inv.flags.has("selector"), all, false);
        Fetched fetched = Fetched.of(inv, request, selector, false);
        for (Fetched.Item item : fetched.items()) {
            KubeObject o = item.object();
            Integer now = Copies.replicas(o);
            if (now == null) {
                throw KubectlError.verbatim("Error from server (NotFound): the server could not find the requested resource");
            }
            if (current != -1 && now != current) {
                throw KubectlError.plain("Expected replicas to be " + current + ", was " + now);
            }
            if (dryRun == Invocation.DryRun.NONE) {
                Writes.check(inv.cluster.update(Copies.withReplicas(o, (int) replicas)));
            }
            Writes.printName(inv, format, item.type(), o.name(), "scaled", dryRun);
        }
        if (!fetched.notFound().isEmpty()) {
            throw KubectlError.verbatim(fetched.errorText());
        }
    }
}
