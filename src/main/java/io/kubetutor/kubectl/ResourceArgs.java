package io.kubetutor.kubectl;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * cli-runtime's Builder.ResourceTypeOrNameArgs and the checks its visitorResult makes: {@code TYPE},
 * {@code TYPE NAME...}, {@code TYPE1,TYPE2 NAME...} (each type with each name), and
 * {@code TYPE/NAME...}, with the builder's own error texts.
 */
final class ResourceArgs {
    /** One thing to fetch: a named object, or (name null) every object of the type. */
    record Ref(ResourceType type, String name) {
    }

    /** What the arguments ask for, and whether they name exactly one object (singleItemImplied). */
    record Request(List<Ref> refs, boolean byName, boolean singleItem) {
    }

    static final String MISSING_RESOURCE = "You must provide one or more resources by argument or filename.\n"
            + "Example resource specifications include:\n"
            + "   '-f rsrc.yaml'\n"
            + "   '--filename=rsrc.json'\n"
            + "   '<resource> <name>'\n"
            + "   '<resource>'";

    private ResourceArgs() {
    }

    /**
     * @param allowEmptySelector whether {@code TYPE} alone lists everything (get, describe) or is an
     *                           error (delete, label, scale, expose, patch), unless {@code selectAll}
     * @param allNamespaces      -A: names cannot be looked up across every namespace
     */
    static Request parse(List<String> input, boolean allowEmptySelector, boolean selectAll, boolean allNamespaces)
            throws KubectlError {
        List<String> args = normalizeMultipleTypes(input);
        int slashes = 0;
        for (String a : args) {
            if (a.contains("/")) {
                slashes++;
            }
        }
        if (slashes > 0 && slashes != args.size()) {
            throw KubectlError.plain("there is no need to specify a resource type as a separate argument when passing"
                    + " arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of"
                    + " 'kubectl get resource resource/<resource_name>'");
        }
        if (slashes > 0) {
            List<String[]> tuples = new ArrayList<>();
            for (String a : args) {
                String[] seg = a.split("/", -1);
                if (seg.length != 2) {
                    throw KubectlError.plain("arguments in resource/name form may not have more than one slash");
                }
                if (seg[0].isEmpty() || seg[1].isEmpty() || splitTypes(seg[0]).size() != 1) {
                    throw KubectlError.plain("arguments in resource/name form must have a single resource and name");
                }
                tuples.add(seg);
            }
            if (selectAll) {
                throw KubectlError.plain("selectors and the all flag cannot be used when passing resource/name arguments");
            }
            List<Ref> refs = new ArrayList<>();
            for (String[] t : tuples) {
                refs.add(new Ref(ResourceTypes.resolve(t[0]), t[1]));
            }
            for (Ref r : refs) {
                checkNamespace(r.type(), allNamespaces);
            }
            return new Request(refs, true, refs.size() == 1);
        }
        if (args.isEmpty()) {
            throw KubectlError.plain(MISSING_RESOURCE);
        }
        List<String> typeArgs = splitTypes(args.get(0));
        List<String> names = args.subList(1, args.size());
        if (!names.isEmpty()) {
            if (selectAll) {
                throw KubectlError.plain("name cannot be provided when a selector is specified");
            }
            if (typeArgs.isEmpty()) {
                throw KubectlError.plain("you must provide a resource and a resource name together");
            }
            if (typeArgs.size() > 1) {
                throw KubectlError.plain("you must specify only one resource");
            }
            ResourceType type = ResourceTypes.resolve(typeArgs.get(0));
            checkNamespace(type, allNamespaces);
            List<Ref> refs = new ArrayList<>();
            for (String n : names) {
                refs.add(new Ref(type, n));
            }
            return new Request(refs, true, names.size() == 1);
        }
        List<ResourceType> types = new ArrayList<>();
        for (String t : typeArgs) {
            types.add(ResourceTypes.resolve(t));
        }
        if (types.isEmpty()) {
            throw KubectlError.plain(MISSING_RESOURCE);
        }
        if (!allowEmptySelector && !selectAll) {
            throw KubectlError.plain("resource(s) were provided, but no name was specified");
        }
        List<Ref> refs = new ArrayList<>();
        for (ResourceType t : types) {
            refs.add(new Ref(t, null));
        }
        return new Request(refs, false, false);
    }

    private static void checkNamespace(ResourceType type, boolean allNamespaces) throws KubectlError {
        if (type.namespaced() && allNamespaces) {
            throw KubectlError.plain("a resource cannot be retrieved by name across all namespaces");
        }
    }

    /** normalizeMultipleResourcesArgs: {@code svc,ep a b} becomes {@code svc/a svc/b ep/a ep/b}. */
    private static List<String> normalizeMultipleTypes(List<String> args) {
        if (args.size() >= 2) {
            List<String> types = splitTypes(args.get(0));
            if (types.size() > 1) {
                List<String> out = new ArrayList<>();
                for (String t : types) {
                    for (String n : args.subList(1, args.size())) {
                        out.add(t + "/" + n);
                    }
                }
                return out;
            }
        }
        return args;
    }

    /** SplitResourceArgument: comma-separated, duplicates and empty parts dropped. */
    static List<String> splitTypes(String arg) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String s : arg.split(",")) {
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return new ArrayList<>(out);
    }
}
