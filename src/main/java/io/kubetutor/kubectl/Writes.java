package io.kubetutor.kubectl;

import io.kubetutor.model.KubeObject;

/** What the writing commands share: kubectl's name printer and the server's refusals. */
final class Writes {
    private Writes() {
    }

    /** The -o a writing command accepts; yaml and json of stored objects are not printed yet. */
    static OutputFormat objectFormat(Invocation inv) throws KubectlError {
        OutputFormat f = OutputFormat.forObject(inv.flags.get("output"));
        if (f == OutputFormat.YAML || f == OutputFormat.JSON) {
            throw KubectlError.plain("the tutor does not print changed objects with -o "
                    + inv.flags.get("output") + " yet; leave -o out, or use -o name");
        }
        return f;
    }

    /**
     * NamePrinter: {@code deployment.apps/web scaled}, {@code (dry run)} or {@code (server dry run)}
     * after a dry run; with -o name only {@code deployment.apps/web}.
     */
    static void printName(Invocation inv, OutputFormat format, ResourceType type, String name, String operation,
                          Invocation.DryRun dryRun) {
        inv.out.append(type.kindPrefix()).append('/').append(name);
        if (format != OutputFormat.NAME) {
            inv.out.append(' ').append(operation);
            if (dryRun == Invocation.DryRun.CLIENT) {
                inv.out.append(" (dry run)");
            } else if (dryRun == Invocation.DryRun.SERVER) {
                inv.out.append(" (server dry run)");
            }
        }
        inv.out.append('\n');
    }

    /** The stored object, or the server's refusal as kubectl prints it. */
    static KubeObject check(WriteResult result) throws KubectlError {
        if (result.refused()) {
            throw KubectlError.verbatim(result.error());
        }
        return result.stored();
    }
}
