package io.kubetutor.model;

import java.util.Map;

/**
 * The metadata we simulate. Strings follow Go's zero values: "" when absent, never null.
 * Maps are never null; insertion order is the order they were written.
 */
public record ObjectMeta(String name, String generateName, String namespace,
                         Map<String, String> labels, Map<String, String> annotations) {
    public ObjectMeta {
        name = name == null ? "" : name;
        generateName = generateName == null ? "" : generateName;
        namespace = namespace == null ? "" : namespace;
        labels = labels == null ? Map.of() : Maps.ordered(labels);
        annotations = annotations == null ? Map.of() : Maps.ordered(annotations);
    }

    public static ObjectMeta named(String name, String namespace) {
        return new ObjectMeta(name, "", namespace, Map.of(), Map.of());
    }

    public ObjectMeta withNamespace(String ns) {
        return new ObjectMeta(name, generateName, ns, labels, annotations);
    }

    public ObjectMeta withName(String n) {
        return new ObjectMeta(n, generateName, namespace, labels, annotations);
    }

    public ObjectMeta withLabels(Map<String, String> l) {
        return new ObjectMeta(name, generateName, namespace, l, annotations);
    }
}
