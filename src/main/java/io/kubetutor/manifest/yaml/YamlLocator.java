package io.kubetutor.manifest.yaml;

import io.kubetutor.model.FieldLocator;
import io.kubetutor.model.SourcePos;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds where a field of one document was written, by its path in the API server's notation:
 * {@code spec.ports[0].nodePort}, {@code metadata.labels[app]},
 * {@code metadata.annotations[service.beta.kubernetes.io/aws-load-balancer-type]} (a bracketed
 * key may hold dots and slashes; on a sequence a bracketed number is an index). A key written
 * twice resolves to its last occurrence, the one that takes effect.
 *
 * <p>When the field itself is absent (a defaulted value, or a typo), {@link #locate} answers the
 * nearest enclosing field that was written, at its key (so {@code spec.type} on a Service without
 * a type points at {@code spec:}); with nothing written at all, the document's start. The API
 * server reports ClusterIP errors on {@code spec.clusterIPs} (it fills that list from
 * {@code clusterIP}), so a path under {@code spec.clusterIPs} falls back to a written
 * {@code spec.clusterIP} when {@code clusterIPs} itself was not written.
 */
public final class YamlLocator implements FieldLocator {
    private final YNode root;
    private final SourcePos documentStart;

    public YamlLocator(YNode root, SourcePos documentStart) {
        this.root = root;
        this.documentStart = documentStart == null ? SourcePos.START : documentStart;
    }

    public static YamlLocator of(YDocument document) {
        return new YamlLocator(document.root(), document.start());
    }

    /** Where the value at {@code fieldPath} starts, or where its nearest written ancestor's key is. */
    @Override
    public SourcePos locate(String fieldPath) {
        List<Step> steps = walk(effectivePath(fieldPath));
        if (steps.isEmpty()) {
            return documentStart;
        }
        Step last = steps.get(steps.size() - 1);
        return last.complete ? last.value.pos() : last.place();
    }

    /**
     * Where the key of the field at {@code fieldPath} is (the item itself for a sequence index):
     * the place to report an unknown or duplicate field. Absent fields answer as {@link #locate}.
     */
    public SourcePos locateKey(String fieldPath) {
        List<Step> steps = walk(effectivePath(fieldPath));
        return steps.isEmpty() ? documentStart : steps.get(steps.size() - 1).place();
    }

    /** The node written at exactly {@code fieldPath}, if there is one. */
    public Optional<YNode> find(String fieldPath) {
        List<Step> steps = walk(fieldPath);
        if (steps.isEmpty()) {
            return Optional.empty();
        }
        Step last = steps.get(steps.size() - 1);
        return last.complete ? Optional.of(last.value) : Optional.empty();
    }

    private String effectivePath(String path) {
        if ((path.equals("spec.clusterIPs") || path.startsWith("spec.clusterIPs["))
                && find("spec.clusterIPs").isEmpty() && find("spec.clusterIP").isPresent()) {
            return "spec.clusterIP";
        }
        return path;
    }

    /** One node on the way: its key (null for the root and sequence items) and value. */
    private record Step(YNode key, YNode value, boolean complete) {
        SourcePos place() {
            return key != null ? key.pos() : value.pos();
        }
    }

    /** The written nodes along the path; the last step is {@code complete} when the whole path was found. */
    private List<Step> walk(String path) {
        List<Step> steps = new ArrayList<>();
        if (root == null) {
            return steps;
        }
        List<Segment> segments = Segment.parse(path);
        YNode node = root;
        steps.add(new Step(null, root, segments.isEmpty()));
        for (int i = 0; i < segments.size(); i++) {
            Step next = child(node, segments.get(i), i == segments.size() - 1);
            if (next == null) {
                break;
            }
            steps.add(next);
            node = next.value;
        }
        return steps;
    }

    private static Step child(YNode node, Segment segment, boolean last) {
        if (node instanceof YMap map) {
            YMap.Entry found = null;
            for (YMap.Entry e : map.entries()) {
                if (e.key() instanceof YScalar s && s.text().equals(segment.name)) {
                    found = e;
                }
            }
            return found == null ? null : new Step(found.key(), found.value(), last);
        }
        if (node instanceof YSeq seq && segment.bracketed) {
            try {
                int index = Integer.parseInt(segment.name);
                return index >= 0 && index < seq.items().size() ? new Step(null, seq.items().get(index), last) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** A path segment: a field name, or the content of {@code [...]} (a key or an index). */
    record Segment(String name, boolean bracketed) {
        static List<Segment> parse(String path) {
            List<Segment> out = new ArrayList<>();
            int i = 0;
            StringBuilder name = new StringBuilder();
            while (i < path.length()) {
                char c = path.charAt(i);
                if (c == '.') {
                    flush(out, name);
                    i++;
                } else if (c == '[') {
                    flush(out, name);
                    int close = path.indexOf(']', i + 1);
                    int end = close < 0 ? path.length() : close;
                    out.add(new Segment(path.substring(i + 1, end), true));
                    i = end + 1;
                } else {
                    name.append(c);
                    i++;
                }
            }
            flush(out, name);
            return out;
        }

        private static void flush(List<Segment> out, StringBuilder name) {
            if (!name.isEmpty()) {
                out.add(new Segment(name.toString(), false));
                name.setLength(0);
            }
        }
    }
}
