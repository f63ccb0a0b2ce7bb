package io.kubetutor.kubectl;

import io.kubetutor.kubectl.print.TableLayout;
import io.kubetutor.model.KubeObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code kubectl get}: tables through the views, {@code -o name}, NotFound after what was found. */
final class GetCommand {
    static final CommandDef DEF = new CommandDef("get", CommandDef.concat(CommandDef.PRINT, List.of(
            FlagSpec.bool("all-namespaces", 'A'),
            FlagSpec.string("selector", 'l'),
            FlagSpec.bool("ignore-not-found"),
            FlagSpec.bool("watch", 'w'),
            FlagSpec.bool("watch-only"),
            FlagSpec.bool("show-labels"),
            FlagSpec.bool("show-kind"),
            FlagSpec.bool("no-headers"),
            FlagSpec.string("sort-by"),
            FlagSpec.stringSlice("label-columns", 'L'),
            FlagSpec.string("field-selector"),
            FlagSpec.string("filename", 'f'),
            FlagSpec.bool("recursive", 'R'),
            FlagSpec.string("kustomize", 'k'),
            FlagSpec.string("raw"),
            FlagSpec.string("subresource"))),
            Set.of("watch", "watch-only", "show-kind", "no-headers", "sort-by", "field-selector", "filename",
                    "recursive", "kustomize", "raw", "subresource", "template"),
            List.of(), GetCommand::run);

    private GetCommand() {
    }

    static void run(Invocation inv) throws KubectlError {
        if (inv.args().isEmpty()) {
            inv.err.append("You must specify the type of resource to get. Use \"kubectl api-resources\" for a complete"
                    + " list of supported resources.\n\n");
            throw KubectlError.usage(inv.commandPath, "Required resource not specified.\nUse \"kubectl explain"
                    + " <resource>\" for a detailed description of that resource (e.g. kubectl explain pods).");
        }
        OutputFormat format = OutputFormat.forGet(inv.flags.get("output"));
        GetObjects.Printer printer = switch (format) {
            case YAML -> GetObjects.yaml();
            case JSON -> GetObjects.json();
            case JSONPATH -> GetObjects.jsonPath(OutputFormat.jsonPathTemplate(inv.flags.get("output")),
                    !inv.flags.has("allow-missing-template-keys") || inv.flags.flag("allow-missing-template-keys"));
            default -> null;
        };
        List<String> nodes = NodeCommands.getRequest(inv.args());
        if (nodes != null) {
            NodeCommands.get(inv, nodes, format);
            return;
        }
        boolean all = inv.allNamespaces();
        ResourceArgs.Request request = ResourceArgs.parse(inv.args(), true, false, all);
        SelectorFilter selector = SelectorFilter.parse(inv.flags.get("selector"));
        Fetched fetched = Fetched.of(inv, request, selector, all);
        boolean ignoreNotFound = inv.flags.flag("ignore-not-found");
        switch (format) {
            case NAME -> {
                for (Fetched.Item item : fetched.items()) {
                    inv.out.append(item.type().kindPrefix()).append('/').append(item.object().name()).append('\n');
                }
            }
            case YAML, JSON, JSONPATH -> {
                GetObjects.print(inv, request, fetched, printer, ignoreNotFound);
                return;
            }
            default -> printTables(inv, fetched, format == OutputFormat.WIDE, all);
        }
        if (!ignoreNotFound && !fetched.notFound().isEmpty()) {
            throw KubectlError.verbatim(fetched.errorText());
        }
        if (format != OutputFormat.NAME && inv.out.length() == 0 && !ignoreNotFound) {
            boolean allNamespaced = !all;
            for (Fetched.Item item : fetched.items()) {
                allNamespaced &= item.type().namespaced();
            }
            inv.err.append(allNamespaced ? "No resources found in " + inv.namespace() + " namespace.\n"
                    : "No resources found\n");
        }
    }

    /**
     * -L's keys, as a pflag string slice reads them (comma-separated; the tutor does not emulate
     * encoding/csv's quoting, which no label key needs).
     */
    static List<String> labelColumns(Invocation inv) {
        String value = inv.flags.getOr("label-columns", "");
        return value.isEmpty() ? List.of() : List.of(value.split(",", -1));
    }

    /** One table per run of objects of the same resource, a blank line between tables, as get.go does. */
    private static void printTables(Invocation inv, Fetched fetched, boolean wide, boolean all) throws KubectlError {
        boolean withKind = fetched.items().stream().map(Fetched.Item::type).distinct().count() > 1;
        List<KubeObject> group = new ArrayList<>();
        ResourceType groupType = null;
        for (Fetched.Item item : fetched.items()) {
            if (groupType != null && item.type() != groupType) {
                printTable(inv, groupType, group, wide, all, withKind);
                group = new ArrayList<>();
            }
            groupType = item.type();
            group.add(item.object());
        }
        if (groupType != null) {
            printTable(inv, groupType, group, wide, all, withKind);
        }
    }

    private static void printTable(Invocation inv, ResourceType type, List<KubeObject> objects, boolean wide,
                                   boolean all, boolean withKind) throws KubectlError {
        String table;
        try {
            TableLayout layout = new TableLayout(wide, all && type.namespaced(), withKind ? type.kindPrefix() : "",
                    labelColumns(inv), inv.flags.flag("show-labels"));
            table = inv.views.getTable(type.plural(), objects, layout, inv.cluster.now());
        } catch (UnsupportedOperationException e) {
            if (!withKind) {
                throw KubectlError.plain(e.getMessage());
            }
            throw KubectlError.plain("the tutor prints one resource type per kubectl get for now;"
                    + " ask for each type on its own");
        }
        if (inv.out.length() > 0 && !table.isEmpty()) {
            inv.out.append('\n');
        }
        inv.out.append(table);
    }
}
