package io.kubetutor.kubectl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The three patch types kubectl patch sends, applied to an object tree as the API server applies
 * them: RFC 7386 JSON merge patch, strategic merge patch (maps merge, null deletes, lists replace
 * except where the Go type declares {@code patchStrategy:"merge"}, which for the objects the tutor
 * patches is {@code spec.ports} keyed by {@code port}), and RFC 6902 JSON patch.
 */
final class Patches {
    /** A patch the server could not apply; the message is the server's reason. */
    static final class PatchError extends Exception {
        PatchError(String message) {
            super(message, null, false, false);
        }
    }

    /** Lists whose Go type declares patchStrategy merge, by path, with their patchMergeKey. */
    private static final Map<String, String> MERGE_KEYS = Map.of(
            "spec.ports", "port",
            "metadata.ownerReferences", "uid");

    private Patches() {
    }

    /** RFC 7386. */
    static Object merge(Object target, Object patch) {
        if (!(patch instanceof Map<?, ?> pm)) {
            return patch;
        }
        Map<String, Object> out = target instanceof Map<?, ?> tm ? copy(tm) : new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : pm.entrySet()) {
            String k = String.valueOf(e.getKey());
            if (e.getValue() == null) {
                out.remove(k);
            } else {
                out.put(k, merge(out.get(k), e.getValue()));
            }
        }
        return out;
    }

    /** Strategic merge patch of a map. */
    static Map<String, Object> strategic(Map<String, Object> original, Map<?, ?> patch) throws PatchError {
        return strategicMap(original, patch, "");
    }

    private static Map<String, Object> strategicMap(Map<String, Object> original, Map<?, ?> patch, String path)
            throws PatchError {
        Object directive = patch.get("$patch");
        if ("replace".equals(directive)) {
            Map<String, Object> replaced = copy(patch);
            replaced.remove("$patch");
            return replaced;
        }
        Map<String, Object> out = original == null ? new LinkedHashMap<>() : copy(original);
        for (Map.Entry<?, ?> e : patch.entrySet()) {
            String k = String.valueOf(e.getKey());
            Object v = e.getValue();
            if (k.equals("$patch") || k.equals("$retainKeys") || k.startsWith("$setElementOrder/")) {
                continue;
            }
            if (k.startsWith("$deleteFromPrimitiveList/")) {
                String field = k.substring("$deleteFromPrimitiveList/".length());
                if (out.get(field) instanceof List<?> l && v instanceof List<?> gone) {
                    List<Object> kept = new ArrayList<>(l);
                    kept.removeAll(gone);
                    out.put(field, kept);
                }
                continue;
            }
            String childPath = path.isEmpty() ? k : path + "." + k;
            if (v == null) {
                out.remove(k);
            } else if (v instanceof Map<?, ?> pm && "delete".equals(pm.get("$patch"))) {
                out.remove(k);
            } else if (v instanceof Map<?, ?> pm && out.get(k) instanceof Map<?, ?> om) {
                out.put(k, strategicMap(copy(om), pm, childPath));
            } else if (v instanceof List<?> pl && MERGE_KEYS.containsKey(childPath) && out.get(k) instanceof List<?> ol) {
                out.put(k, mergeList(ol, pl, MERGE_KEYS.get(childPath), childPath));
            } else if (v instanceof Map<?, ?> pm) {
                out.put(k, strategicMap(null, pm, childPath));
            } else {
                out.put(k, v);
            }
        }
        return out;
    }

    private static List<Object> mergeList(List<?> original, List<?> patch, String key, String path) throws PatchError {
        List<Object> out = new ArrayList<>(original);
        for (Object item : patch) {
            if (!(item instanceof Map<?, ?> pm)) {
                throw new PatchError("the tutor's strategic merge expects objects in " + path);
            }
            if ("replace".equals(pm.get("$patch"))) {
                List<Object> replaced = new ArrayList<>();
                for (Object p : patch) {
                    if (!(p instanceof Map<?, ?> m && m.containsKey("$patch"))) {
                        replaced.add(p);
                    }
                }
                return replaced;
            }
            if (!pm.containsKey(key)) {
                throw new PatchError("map: " + GoFormat.value(pm) + " does not contain declared merge key: " + key);
            }
            Object keyValue = pm.get(key);
            int found = -1;
            for (int i = 0; i < out.size(); i++) {
                if (out.get(i) instanceof Map<?, ?> om && Objects.equals(number(om.get(key)), number(keyValue))) {
                    found = i;
                    break;
                }
            }
            if ("delete".equals(pm.get("$patch"))) {
                out.removeIf(o -> o instanceof Map<?, ?> om && Objects.equals(number(om.get(key)), number(keyValue)));
            } else if (found >= 0) {
                out.set(found, strategicMap(copy((Map<?, ?>) out.get(found)), pm, path));
            } else {
                out.add(strategicMap(null, pm, path));
            }
        }
        return out;
    }

    private static Object number(Object v) {
        return v instanceof Number n ? (Object) n.longValue() : v;
    }

    /** RFC 6902 on a tree; errors are the tutor's own words (the server's texts are not reproduced). */
    static Object json(Object doc, Object patch) throws PatchError {
        if (!(patch instanceof List<?> ops)) {
            throw new PatchError("a JSON patch is a list of operations");
        }
        Object out = deepCopy(doc);
        for (Object o : ops) {
            if (!(o instanceof Map<?, ?> op)) {
                throw new PatchError("each JSON patch operation is an object");
            }
            String kind = String.valueOf(op.get("op"));
            String path = String.valueOf(op.get("path"));
            switch (kind) {
                case "add" -> out = JsonPointer.add(out, path, deepCopy(op.get("value")));
                case "remove" -> out = JsonPointer.remove(out, path);
                case "replace" -> out = JsonPointer.add(JsonPointer.remove(out, path), path, deepCopy(op.get("value")));
                case "move" -> {
                    Object v = JsonPointer.get(out, String.valueOf(op.get("from")));
                    out = JsonPointer.add(JsonPointer.remove(out, String.valueOf(op.get("from"))), path, v);
                }
                case "copy" -> out = JsonPointer.add(out, path, deepCopy(JsonPointer.get(out, String.valueOf(op.get("from")))));
                case "test" -> {
                    if (!Objects.equals(JsonPointer.get(out, path), op.get("value"))) {
                        throw new PatchError("the test of " + path + " failed");
                    }
                }
                default -> throw new PatchError("unknown JSON patch operation " + GoText.quote(kind));
            }
        }
        return out;
    }

    static Map<String, Object> copy(Map<?, ?> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    static Object deepCopy(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k), deepCopy(x)));
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(deepCopy(x)));
            return out;
        }
        return v;
    }
}
