package io.kubetutor.kubectl;

import io.kubetutor.manifest.LoadedManifests;
import io.kubetutor.manifest.ManifestLoader;
import io.kubetutor.model.Diagnostic;
import io.kubetutor.model.GoValues;
import io.kubetutor.model.ObjectMeta;
import io.kubetutor.model.Service;
import io.kubetutor.model.Severity;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code kubectl patch svc NAME -p PATCH [--type strategic|merge|json]}: the patch is applied to the
 * stored Service as the API server applies it, the result decoded as the server decodes it (unknown
 * fields warn), then written as an update, so validation and immutable fields answer as on any update.
 */
final class PatchCommand {
    static final CommandDef DEF = new CommandDef("patch", CommandDef.concat(CommandDef.PRINT, List.of(
            FlagSpec.string("patch", 'p'),
            FlagSpec.string("patch-file"),
            FlagSpec.string("type"),
            FlagSpec.bool("local"),
            FlagSpec.string("subresource"),
            FlagSpec.string("field-manager"),
            FlagSpec.bool("record"),
            FlagSpec.dryRun(),
            FlagSpec.string("filename", 'f'),
            FlagSpec.bool("recursive", 'R'),
            FlagSpec.string("kustomize", 'k'))),
            Set.of("patch-file", "local", "subresource", "record", "filename", "recursive", "kustomize", "template"),
            List.of(), PatchCommand::run);

    private static final List<String> TYPES = List.of("json", "merge", "strategic");

    private PatchCommand() {
    }

    static void run(Invocation inv) throws KubectlError {
        Invocation.DryRun dryRun = inv.dryRun();
        OutputFormat format = Writes.objectFormat(inv);
        String patch = inv.flags.getOr("patch", "");
        if (patch.isEmpty()) {
            throw KubectlError.plain("must specify --patch or --patch-file containing the contents of the patch");
        }
        String type = inv.flags.getOr("type", "strategic");
        if (!TYPES.contains(type.toLowerCase())) {
            throw KubectlError.plain("--type must be one of " + GoText.list(TYPES) + ", not " + GoText.quote(type));
        }
        type = type.toLowerCase();
        PatchText.Parsed parsed = PatchText.read(patch);
        ResourceArgs.Request request = ResourceArgs.parse(inv.args(), false, false, false);
        Fetched fetched = Fetched.of(inv, request, SelectorFilter.parse(""), false);
        for (Fetched.Item item : fetched.items()) {
            if (!(item.object() instanceof Service original)) {
                throw KubectlError.plain("the tutor patches services only so far; " + item.type().plural()
                        + " cannot be patched yet");
            }
            Object patchTree = parsed.tree();
            if (parsed.rawJson() != null) {
                try {
                    patchTree = GoJson.parse(parsed.rawJson());
                } catch (GoJson.SyntaxError e) {
                    throw KubectlError.verbatim("Error from server (BadRequest): " + e.getMessage());
                }
            }
            Map<String, Object> before = treeOf(original);
            Object after = apply(type, before, patchTree);
            Service patched = decode(original, after, type, patchTree, inv);
            boolean changed;
            if (dryRun == Invocation.DryRun.NONE) {
                WriteResult result = inv.cluster.update(patched);
                Writes.check(result);
                changed = result.changed();
            } else {
                changed = !before.equals(after);
            }
            Writes.printName(inv, format, item.type(), original.name(), changed ? "patched" : "patched (no change)",
                    dryRun);
        }
        if (!fetched.notFound().isEmpty()) {
            throw KubectlError.verbatim(fetched.errorText());
        }
    }

    private static Map<String, Object> treeOf(Service s) {
        Map<String, Object> tree = ServiceTree.of(s, false);
        @SuppressWarnings("unchecked")
        Map<String, Object> meta = (Map<String, Object>) tree.get("metadata");
        meta.remove("creationTimestamp");
        return tree;
    }

    private static Object apply(String type, Map<String, Object> doc, Object patch) throws KubectlError {
        try {
            switch (type) {
                case "json":
                    return Patches.json(doc, patch);
                case "merge":
                    if (!(patch instanceof Map<?, ?>)) {
                        throw KubectlError.verbatim("Error from server (BadRequest): json: cannot unmarshal "
                                + jsonKind(patch) + " into Go value of type map[string]interface {}");
                    }
                    return Patches.merge(doc, patch);
                default:
                    if (!(patch instanceof Map<?, ?> pm)) {
                        throw KubectlError.verbatim("Error from server (BadRequest): json: cannot unmarshal "
                                + jsonKind(patch) + " into Go value of type map[string]interface {}");
                    }
                    return Patches.strategic(doc, pm);
            }
        } catch (Patches.PatchError e) {
            if (type.equals("json")) {
                throw KubectlError.plain("the JSON patch could not be applied: " + e.getMessage());
            }
            throw KubectlError.verbatim("Error from server (BadRequest): " + e.getMessage());
        }
    }

    private static String jsonKind(Object v) {
        if (v instanceof List<?>) {
            return "array";
        }
        if (v instanceof String) {
            return "string";
        }
        if (v instanceof Boolean) {
            return "bool";
        }
        return v == null ? "null" : "number";
    }

    /** The server's decoding of the patched object into a v1 Service; server-set fields stay as stored. */
    private static Service decode(Service original, Object after, String type, Object patch, Invocation inv)
            throws KubectlError {
        String json = GoValues.json(after);
        LoadedManifests loaded = ManifestLoader.load("kubectl patch", json);
        for (Diagnostic d : loaded.diagnostics()) {
            if (d.severity() == Severity.ERROR) {
                String detail = d.details().isEmpty() ? d.message() : d.details().get(0).text();
                String value = type.equals("strategic") ? GoFormat.value(patch) : json;
                throw KubectlError.verbatim("The request is invalid: patch: Invalid value: " + GoText.quote(value) + ": "
                        + detail);
            }
        }
        for (Diagnostic d : loaded.diagnostics()) {
            if (d.severity() == Severity.WARNING) {
                inv.err.append("Warning: ").append(d.message()).append('\n');
            }
        }
        if (loaded.objects().size() != 1 || !(loaded.objects().get(0) instanceof Service decoded)) {
            throw KubectlError.plain("the patched object is no longer a Service");
        }
        if (!decoded.name().equals(original.name())) {
            throw KubectlError.verbatim("Error from server (BadRequest): the name of the object (" + decoded.name()
                    + ") does not match the name on the URL (" + original.name() + ")");
        }
        ObjectMeta m = original.metadata();
        ObjectMeta meta = new ObjectMeta(m.name(), decoded.metadata().generateName(), m.namespace(),
                decoded.metadata().labels(), decoded.metadata().annotations(), m.uid(), m.creationTimestamp(),
                m.ownerReferences(), m.deletionTimestamp());
        return new Service(meta, decoded.spec(), original.status(), original.origin());
    }
}
