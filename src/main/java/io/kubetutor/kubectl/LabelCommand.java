package io.kubetutor.kubectl;

import io.kubetutor.model.KubeObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code kubectl label TYPE NAME k=v k2- [--overwrite]}: the pair parsing of cmdutil, label.go's
 * checks and its four outcomes (labeled, unlabeled, label(s) changed, not labeled).
 */
final class LabelCommand {
    static final CommandDef DEF = new CommandDef("label", CommandDef.concat(CommandDef.PRINT, List.of(
            FlagSpec.bool("overwrite"),
            FlagSpec.bool("list"),
            FlagSpec.bool("local"),
            FlagSpec.bool("all"),
            FlagSpec.bool("all-namespaces", 'A'),
            FlagSpec.string("resource-version"),
            FlagSpec.string("selector", 'l'),
            FlagSpec.string("field-selector"),
            FlagSpec.string("field-manager"),
            FlagSpec.dryRun(),
            FlagSpec.string("filename", 'f'),
            FlagSpec.bool("recursive", 'R'),
            FlagSpec.string("kustomize", 'k'))),
            Set.of("list", "local", "resource-version", "field-selector", "filename", "recursive", "kustomize",
                    "template"),
            List.of(), LabelCommand::run);

    private static final Pattern LABEL_VALUE = Pattern.compile("(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?");

    private LabelCommand() {
    }

    static void run(Invocation inv) throws KubectlError {
        Invocation.DryRun dryRun = inv.dryRun();
        OutputFormat format = Writes.objectFormat(inv);
        List<String> resources = new ArrayList<>();
        List<String> pairs = new ArrayList<>();
        splitResourcesAndPairs(inv.args(), resources, pairs);
        Map<String, String> add = new LinkedHashMap<>();
        List<String> remove = new ArrayList<>();
        parseLabels(pairs, add, remove);
        boolean all = inv.flags.flag("all");
        if (all && inv.flags.has("selector")) {
            throw KubectlError.plain("cannot set --all and --selector at the same time");
        }
        if (resources.isEmpty()) {
            throw KubectlError.plain("one or more resources must be specified as <resource> <name> or <resource>/<name>");
        }
        if (add.isEmpty() && remove.isEmpty()) {
            throw KubectlError.plain("at least one label update is required");
        }
        boolean allNamespaces = inv.allNamespaces();
        ResourceArgs.Request request = ResourceArgs.parse(resources, all || inv.flags.has("selector"), all,
                allNamespaces);
        EndpointsWarning.ifRequested(inv, request);
        Fetched fetched = Fetched.of(inv, request, SelectorFilter.parse(inv.flags.get("selector")), allNamespaces);
        boolean overwrite = inv.flags.flag("overwrite");
        for (Fetched.Item item : fetched.items()) {
            KubeObject o = item.object();
            Map<String, String> old = o.metadata().labels();
            if (dryRun == Invocation.DryRun.NONE) {
                for (String key : remove) {
                    if (!old.containsKey(key)) {
                        inv.out.append("label ").append(GoText.quote(key)).append(" not found.\n");
                    }
                }
            }
            if (!overwrite) {
                List<String> conflicts = new ArrayList<>();
                for (Map.Entry<String, String> e : add.entrySet()) {
                    String current = old.get(e.getKey());
                    if (current != null && !current.equals(e.getValue())) {
                        conflicts.add("'" + e.getKey() + "' already has a value (" + current
                                + "), and --overwrite is false");
                    }
                }
                if (conflicts.size() == 1) {
                    throw KubectlError.plain(conflicts.get(0));
                }
                if (!conflicts.isEmpty()) {
                    throw KubectlError.verbatim(String.join("\n", conflicts));
                }
            }
            Map<String, String> labels = new LinkedHashMap<>(old);
            labels.putAll(add);
            remove.forEach(labels::remove);
            if (dryRun == Invocation.DryRun.NONE && !labels.equals(old)) {
                Writes.check(inv.cluster.update(Copies.withMetadata(o, o.metadata().withLabels(labels))));
            }
            Writes.printName(inv, format, item.type(), o.name(), changeMessage(old, labels), dryRun);
        }
        if (!fetched.notFound().isEmpty()) {
            throw KubectlError.verbatim(fetched.errorText());
        }
    }

    /** cmdutil.GetResourcesAndPairs: words before the first KEY=VALUE or KEY- are resources. */
    private static void splitResourcesAndPairs(List<String> args, List<String> resources, List<String> pairs)
            throws KubectlError {
        boolean foundPair = false;
        for (String s : args) {
            boolean pair = (s.contains("=") && s.charAt(0) != '=') || (s.endsWith("-") && !s.equals("-"));
            if (pair) {
                foundPair = true;
                pairs.add(s);
            } else if (foundPair) {
                throw KubectlError.plain("all resources must be specified before label changes: " + s);
            } else {
                resources.add(s);
            }
        }
        if (resources.isEmpty() && !pairs.isEmpty()) {
            resources.add(pairs.remove(0));
        }
    }

    /** label.go parseLabels, with apimachinery's IsValidLabelValue message. */
    private static void parseLabels(List<String> specs, Map<String, String> add, List<String> remove)
            throws KubectlError {
        for (String spec : specs) {
            if (spec.contains("=")) {
                String[] parts = spec.split("=", -1);
                if (parts.length != 2) {
                    throw KubectlError.plain("invalid label spec: " + spec);
                }
                List<String> errs = new ArrayList<>();
                if (parts[1].length() > 63) {
                    errs.add("must be no more than 63 characters");
                }
                if (!LABEL_VALUE.matcher(parts[1]).matches()) {
                    errs.add("a valid label must be an empty string or consist of alphanumeric characters, '-', '_'"
                            + " or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or"
                            + " 'my_value',  or '12345', regex used for validation is"
                            + " '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')");
                }
                if (!errs.isEmpty()) {
                    throw KubectlError.plain("invalid label value: " + GoText.quote(spec) + ": " + String.join(";", errs));
                }
                add.put(parts[0], parts[1]);
            } else if (spec.endsWith("-")) {
                remove.add(spec.substring(0, spec.length() - 1));
            } else {
                throw KubectlError.plain("unknown label spec: " + spec);
            }
        }
        for (String r : remove) {
            if (add.containsKey(r)) {
                throw KubectlError.plain("can not both modify and remove a label in the same command");
            }
        }
    }

    /** label.go updateDataChangeMsg. */
    private static String changeMessage(Map<String, String> old, Map<String, String> now) {
        boolean unlabeled = false;
        boolean labeled = false;
        for (Map.Entry<String, String> e : old.entrySet()) {
            String v = now.get(e.getKey());
            if (v == null) {
                unlabeled = true;
            } else if (!v.equals(e.getValue())) {
                labeled = true;
            }
        }
        for (String k : now.keySet()) {
            if (!old.containsKey(k)) {
                labeled = true;
            }
        }
        if (labeled && unlabeled) {
            return "label(s) changed";
        }
        return labeled ? "labeled" : unlabeled ? "unlabeled" : "not labeled";
    }
}
