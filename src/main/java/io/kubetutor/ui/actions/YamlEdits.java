package io.kubetutor.ui.actions;

import io.kubetutor.manifest.yaml.YMap;
import io.kubetutor.manifest.yaml.YNode;
import io.kubetutor.manifest.yaml.YScalar;
import io.kubetutor.ui.actions.ObjectsInText.Written;
import java.util.List;
import java.util.Optional;

/**
 * Changes, inserts and removes one scalar field of one object in a YAML text, touching only the
 * characters of that field: indentation, comments, quoting of other values and every other
 * document stay as they were. A field is inserted as the first entry of an existing mapping (so
 * {@code replicas} lands at the top of {@code spec}, where people write it) or, for a mapping
 * missing at the object's top level, after the object's last entry. An edit that would change
 * text reached through an anchor (a merge key, an alias) is refused, since it would change the
 * other objects that share it; every result is read again and refused unless it says what was meant.
 */
final class YamlEdits {
    private YamlEdits() {
    }

    /** {@code path}'s scalar set to {@code value} (a YAML scalar's text), or empty when it cannot be done here. */
    static Optional<String> set(String text, String kind, String namespace, String name, List<String> path,
                                String value) {
        YamlSource src = YamlSource.of(text);
        Optional<Written> object = ObjectsInText.find(src, kind, namespace, name);
        if (object.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> edited = setIn(src, object.get().map(), path, value);
        return edited.filter(t -> reads(t, kind, namespace, name, path, value, src));
    }

    /** The text without {@code path}'s entry; the same text when it is not written; empty when it cannot be done. */
    static Optional<String> remove(String text, String kind, String namespace, String name, List<String> path) {
        YamlSource src = YamlSource.of(text);
        Optional<Written> object = ObjectsInText.find(src, kind, namespace, name);
        if (object.isEmpty()) {
            return Optional.empty();
        }
        YMap map = object.get().map();
        for (int i = 0; i < path.size() - 1; i++) {
            YMap.Entry e = YamlSource.entry(map, path.get(i));
            if (e == null || (e.value() instanceof YScalar s && s.tag() == YScalar.Tag.NULL)) {
                return Optional.of(text);
            }
            if (!(e.value() instanceof YMap m) || !owns(src, e, m)) {
                return Optional.empty();
            }
            map = m;
        }
        YMap.Entry e = YamlSource.entry(map, path.get(path.size() - 1));
        if (e == null) {
            return Optional.of(text);
        }
        if (!owns(src, map, e)) {
            return Optional.empty();
        }
        Optional<String> edited = removeEntry(src, map, e);
        return edited.filter(t -> readsWithout(t, kind, namespace, name, path, src));
    }

    private static Optional<String> setIn(YamlSource src, YMap object, List<String> path, String value) {
        YMap map = object;
        for (int i = 0; i < path.size(); i++) {
            YMap.Entry e = YamlSource.entry(map, path.get(i));
            List<String> rest = path.subList(i, path.size());
            if (e == null) {
                return insert(src, map, rest, value, map == object);
            }
            if (!owns(src, map, e)) {
                return Optional.empty();
            }
            YNode v = e.value();
            boolean empty = v instanceof YScalar s && s.tag() == YScalar.Tag.NULL;
            if (i == path.size() - 1) {
                return v instanceof YScalar ? Optional.of(replaceScalar(src, map, e, value)) : Optional.empty();
            }
            if (empty) {
                return fillEmpty(src, map, e, path.subList(i + 1, path.size()), value);
            }
            if (!(v instanceof YMap m) || !owns(src, e, m)) {
                return Optional.empty();
            }
            map = m;
        }
        return Optional.empty();
    }

    /** Whether the entry was written inside the mapping (not merged in from an anchor elsewhere). */
    private static boolean owns(YamlSource src, YMap map, YMap.Entry e) {
        return src.offset(e.key().pos()) >= src.offset(map.pos());
    }

    /** Whether a nested mapping was written after its key (not an alias of one written earlier). */
    private static boolean owns(YamlSource src, YMap.Entry e, YMap value) {
        return src.offset(value.pos()) > src.offset(e.key().pos());
    }

    private static String replaceScalar(YamlSource src, YMap map, YMap.Entry e, String value) {
        String text = src.text;
        int start = src.contentStart(src.offset(e.value().pos()));
        boolean emptyValue = e.value() instanceof YScalar s && s.tag() == YScalar.Tag.NULL && s.text().isEmpty();
        if (emptyValue) {
            return text.substring(0, start) + " " + ScalarText.render(value, (char) 0) + text.substring(start);
        }
        int keyIndent = src.offset(e.key().pos()) - src.lineStart(src.offset(e.key().pos()));
        int end = src.scalarEnd(start, src.isFlow(map), keyIndent);
        char quote = text.charAt(start) == '"' || text.charAt(start) == '\'' ? text.charAt(start) : 0;
        return text.substring(0, start) + ScalarText.render(value, quote) + text.substring(end);
    }

    private static Optional<String> insert(YamlSource src, YMap map, List<String> rest, String value, boolean atEnd) {
        String text = src.text;
        if (src.isFlow(map)) {
            String entry = flowEntry(rest, value);
            if (map.entries().isEmpty()) {
                int brace = src.contentStart(src.offset(map.pos()));
                return Optional.of(text.substring(0, brace + 1) + entry + text.substring(brace + 1));
            }
            int first = src.offset(map.entries().get(0).key().pos());
            return Optional.of(text.substring(0, first) + entry + ", " + text.substring(first));
        }
        if (map.entries().isEmpty()) {
            return Optional.empty();
        }
        YMap.Entry firstEntry = map.entries().get(0);
        int first = src.offset(firstEntry.key().pos());
        int indent = first - src.lineStart(first);
        if (!atEnd) {
            return Optional.of(text.substring(0, first) + blockEntry(rest, value, indent) + "\n" + " ".repeat(indent)
                    + text.substring(first));
        }
        YMap.Entry last = map.entries().get(map.entries().size() - 1);
        int lastKey = src.offset(last.key().pos());
        if (!src.startsLine(lastKey) && last != firstEntry) {
            return Optional.empty();
        }
        int end = src.blockEntryEnd(lastKey, lastKey - src.lineStart(lastKey), last.value());
        String before = text.substring(0, end);
        String lead = before.isEmpty() || before.endsWith("\n") ? "" : "\n";
        String after = text.substring(end);
        return Optional.of(before + lead + " ".repeat(indent) + blockEntry(rest, value, indent)
                + (after.isEmpty() && !lead.isEmpty() ? "" : "\n") + after);
    }

    /** Fills {@code key:} (written empty, {@code ~} or {@code null}) with the nested fields. */
    private static Optional<String> fillEmpty(YamlSource src, YMap map, YMap.Entry e, List<String> rest,
                                              String value) {
        String text = src.text;
        int start = src.contentStart(src.offset(e.value().pos()));
        boolean written = !((YScalar) e.value()).text().isEmpty();
        int end = written ? src.scalarEnd(start, src.isFlow(map), 0) : start;
        if (src.isFlow(map)) {
            return Optional.of(text.substring(0, start) + (written ? "" : " ") + "{" + flowEntry(rest, value) + "}"
                    + text.substring(end));
        }
        int keyOffset = src.offset(e.key().pos());
        int childIndent = keyOffset - src.lineStart(keyOffset) + 2;
        int cut = start;
        while (written && cut > 0 && text.charAt(cut - 1) == ' ') {
            cut--; // "key: ~" becomes "key:" before the new lines
        }
        int lineEnd = src.lineEnd(end);
        return Optional.of(text.substring(0, cut) + text.substring(end, lineEnd) + "\n" + " ".repeat(childIndent)
                + blockEntry(rest, value, childIndent) + text.substring(lineEnd));
    }

    private static Optional<String> removeEntry(YamlSource src, YMap map, YMap.Entry e) {
        String text = src.text;
        List<YMap.Entry> entries = map.entries();
        int i = entries.indexOf(e);
        int key = src.offset(e.key().pos());
        if (src.isFlow(map)) {
            int valueEnd = src.flowValueEnd(src.offset(e.value().pos()));
            if (i + 1 < entries.size()) {
                return Optional.of(text.substring(0, key) + text.substring(src.offset(entries.get(i + 1).key().pos())));
            }
            if (i > 0) {
                int previousEnd = src.flowValueEnd(src.offset(entries.get(i - 1).value().pos()));
                return Optional.of(text.substring(0, previousEnd) + text.substring(valueEnd));
            }
            return Optional.of(text.substring(0, key) + text.substring(valueEnd));
        }
        if (src.startsLine(key)) {
            int end = src.blockEntryEnd(key, key - src.lineStart(key), e.value());
            return Optional.of(text.substring(0, src.lineStart(key)) + text.substring(end));
        }
        if (i + 1 < entries.size()) {
            // "- key: v" then "  next: w": the next key moves up behind the dash
            return Optional.of(text.substring(0, key) + text.substring(src.offset(entries.get(i + 1).key().pos())));
        }
        return Optional.empty();
    }

    /** {@code a:\n  b: value} for path [a, b], its first line unindented and the others below {@code indent}. */
    private static String blockEntry(List<String> path, String value, int indent) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < path.size(); i++) {
            if (i > 0) {
                b.append('\n').append(" ".repeat(indent + 2 * i));
            }
            b.append(path.get(i)).append(':');
        }
        return b.append(' ').append(ScalarText.render(value, (char) 0)).toString();
    }

    /** {@code a: {b: value}} for path [a, b]. */
    private static String flowEntry(List<String> path, String value) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < path.size(); i++) {
            b.append(i == 0 ? "" : "{").append(path.get(i)).append(": ");
        }
        b.append(ScalarText.render(value, (char) 0));
        return b.append("}".repeat(path.size() - 1)).toString();
    }

    /** The edited text reads as before (no new broken document) and the field now holds the value. */
    private static boolean reads(String edited, String kind, String ns, String name, List<String> path, String value,
                                 YamlSource before) {
        YamlSource after = YamlSource.of(edited);
        if (!sameShape(before, after)) {
            return false;
        }
        YNode n = at(after, kind, ns, name, path);
        return n instanceof YScalar s && s.text().equals(value);
    }

    private static boolean readsWithout(String edited, String kind, String ns, String name, List<String> path,
                                        YamlSource before) {
        YamlSource after = YamlSource.of(edited);
        return sameShape(before, after) && ObjectsInText.find(after, kind, ns, name).isPresent()
                && at(after, kind, ns, name, path) == null;
    }

    private static boolean sameShape(YamlSource before, YamlSource after) {
        long errorsBefore = before.yaml.documents().stream().filter(d -> d.error() != null).count();
        long errorsAfter = after.yaml.documents().stream().filter(d -> d.error() != null).count();
        return after.yaml.documents().size() == before.yaml.documents().size() && errorsAfter <= errorsBefore
                && ObjectsInText.all(after).size() == ObjectsInText.all(before).size();
    }

    private static YNode at(YamlSource src, String kind, String ns, String name, List<String> path) {
        YNode n = ObjectsInText.find(src, kind, ns, name).map(w -> (YNode) w.map()).orElse(null);
        for (String seg : path) {
            n = n instanceof YMap m ? m.get(seg) : null;
        }
        return n;
    }
}
