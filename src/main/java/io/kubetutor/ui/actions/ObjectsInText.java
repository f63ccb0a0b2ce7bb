package io.kubetutor.ui.actions;

import io.kubetutor.manifest.yaml.YDocument;
import io.kubetutor.manifest.yaml.YMap;
import io.kubetutor.manifest.yaml.YNode;
import io.kubetutor.manifest.yaml.YScalar;
import io.kubetutor.manifest.yaml.YSeq;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The objects a YAML text writes, as mappings of its node tree: each document's root, and each
 * item of a {@code v1 List} (what {@code kubectl get -o yaml} prints), which kubectl applies one
 * by one. An object without {@code metadata.namespace} lands in {@code default}, where the
 * window's session applies the editor's text.
 */
final class ObjectsInText {
    private ObjectsInText() {
    }

    /** One object: its mapping, kind, namespace and name as written. */
    record Written(YMap map, String kind, String namespace, String name) {
    }

    static List<Written> all(YamlSource source) {
        List<Written> out = new ArrayList<>();
        for (YDocument d : source.yaml.documents()) {
            if (d.error() != null || !(d.root() instanceof YMap root)) {
                continue;
            }
            if ("List".equals(text(root.get("kind"))) && root.get("items") instanceof YSeq items) {
                for (YNode item : items.items()) {
                    if (item instanceof YMap m) {
                        written(m).ifPresent(out::add);
                    }
                }
            } else {
                written(root).ifPresent(out::add);
            }
        }
        return out;
    }

    /** The last object of that kind, namespace and name (the one kubectl's apply leaves in place). */
    static Optional<Written> find(YamlSource source, String kind, String namespace, String name) {
        String ns = namespace == null || namespace.isEmpty() ? "default" : namespace;
        Written found = null;
        for (Written w : all(source)) {
            if (w.kind().equals(kind) && w.namespace().equals(ns) && w.name().equals(name)) {
                found = w;
            }
        }
        return Optional.ofNullable(found);
    }

    private static Optional<Written> written(YMap m) {
        String kind = text(m.get("kind"));
        if (!(m.get("metadata") instanceof YMap meta) || kind == null) {
            return Optional.empty();
        }
        String name = text(meta.get("name"));
        String ns = text(meta.get("namespace"));
        if (name == null) {
            return Optional.empty();
        }
        return Optional.of(new Written(m, kind, ns == null || ns.isEmpty() ? "default" : ns, name));
    }

    static String text(YNode n) {
        return n instanceof YScalar s && s.tag() != YScalar.Tag.NULL ? s.text() : null;
    }
}
