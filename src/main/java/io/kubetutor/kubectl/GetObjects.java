package io.kubetutor.kubectl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code kubectl get -o yaml|json|jsonpath=...} (get.go's printGeneric): one object when the arguments name
 * exactly one and it was found; otherwise every object found, in a {@code v1 List} with
 * {@code metadata.resourceVersion: ""} (an empty one when nothing was found, and no "No resources
 * found"). A single named object that is missing is only an error; with several names the List of
 * those found is printed before the NotFound errors. {@code --ignore-not-found} drops those errors.
 */
final class GetObjects {
    private GetObjects() {
    }

    /** How the object (or List) is written: kubectl's YAML, JSON or JSONPath printer. */
    interface Printer {
        String print(Object tree) throws KubectlError;
    }

    static Printer yaml() {
        return YamlWriter::write;
    }

    static Printer json() {
        return tree -> JsonWriter.write(ApiObjects.sortedForJson(tree));
    }

    /**
     * The JSONPath printer, its template parsed now as PrintFlags.ToPrinter parses it. A template
     * that fails while it runs ends with the tutor's own sentence: kubectl would add a dump of the
     * whole object in Go syntax, which the tutor does not reproduce.
     */
    static Printer jsonPath(String template, boolean allowMissingKeys) throws KubectlError {
        List<JsonPathParser.Node> nodes;
        try {
            nodes = JsonPathParser.parse(template);
        } catch (JsonPathParser.ParseError e) {
            throw KubectlError.plain("error parsing jsonpath " + template + ", " + e.getMessage());
        }
        return tree -> {
            try {
                return JsonPathPrinter.print(nodes, tree, allowMissingKeys);
            } catch (JsonPathPrinter.ExecutionError e) {
                throw KubectlError.plain("the JSONPath template " + template + " failed: " + e.getMessage()
                        + " (kubectl adds the whole object to this message; the tutor does not)");
            }
        };
    }

    static void print(Invocation inv, ResourceArgs.Request request, Fetched fetched, Printer printer,
                      boolean ignoreNotFound) throws KubectlError {
        boolean missing = !fetched.notFound().isEmpty() && !ignoreNotFound;
        if (request.singleItem() && missing) {
            throw KubectlError.verbatim(fetched.errorText());
        }
        if (fetched.items().isEmpty() && ignoreNotFound) {
            return;
        }
        Object printed;
        if (request.singleItem() && fetched.items().size() == 1) {
            printed = ApiObjects.of(fetched.items().get(0).object(), inv.cluster);
        } else {
            List<Object> items = new ArrayList<>();
            for (Fetched.Item item : fetched.items()) {
                items.add(ApiObjects.of(item.object(), inv.cluster));
            }
            Map<String, Object> list = new LinkedHashMap<>();
            list.put("apiVersion", "v1");
            list.put("items", items);
            list.put("kind", "List");
            Map<String, Object> meta = new LinkedHashMap<>();
            meta.put("resourceVersion", "");
            list.put("metadata", meta);
            printed = list;
        }
        inv.out.append(printer.print(printed));
        if (missing) {
            throw KubectlError.verbatim(fetched.errorText());
        }
    }
}
