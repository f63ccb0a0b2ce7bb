package io.kubetutor.lesson;

import io.kubetutor.model.GoValues;
import io.kubetutor.model.IntOrString;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A field of an object by a JSON-pointer-like path ({@code /spec/ports/0/nodePort}), walked over the
 * model's records, whose component names are the API's JSON field names; maps by key, lists by
 * index. The value reads as text: strings as written, numbers and booleans plainly, anything else
 * as JSON.
 */
final class FieldPaths {
    private FieldPaths() {
    }

    /** The value at {@code path}, empty when any step of the path is missing. */
    static Optional<Object> get(Object root, String path) {
        Object cur = root;
        if (path.equals("/")) {
            return Optional.of(root);
        }
        for (String raw : path.substring(1).split("/", -1)) {
            String token = raw.replace("~1", "/").replace("~0", "~");
            cur = child(cur, token);
            if (cur == null) {
                return Optional.empty();
            }
        }
        return Optional.of(cur);
    }

    private static Object child(Object cur, String token) {
        if (cur instanceof Map<?, ?> m) {
            return m.get(token);
        }
        if (cur instanceof List<?> l) {
            try {
                int i = Integer.parseInt(token);
                return i >= 0 && i < l.size() ? l.get(i) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        if (cur instanceof IntOrString) {
            return null;
        }
        if (cur instanceof Record r) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                if (c.getName().equals(token) && !c.getName().equals("origin")) {
                    try {
                        return c.getAccessor().invoke(r);
                    } catch (ReflectiveOperationException | RuntimeException e) {
                        return null;
                    }
                }
            }
        }
        return null;
    }

    /** Whether a value counts as present: not null, not "", not an empty list or map. */
    static boolean present(Object v) {
        return v != null && !(v instanceof String s && s.isEmpty()) && !(v instanceof List<?> l && l.isEmpty())
                && !(v instanceof Map<?, ?> m && m.isEmpty());
    }

    static String text(Object v) {
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof Number || v instanceof Boolean || v instanceof IntOrString) {
            return v.toString();
        }
        return GoValues.render(plain(v));
    }

    /** Records as maps of their components, so they render as JSON objects. */
    private static Object plain(Object v) {
        if (v instanceof IntOrString i) {
            return i.isInt() ? (Object) i.intValue() : i.stringValue();
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(plain(x)));
            return out;
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k), plain(x)));
            return out;
        }
        if (v instanceof Record r) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                Object x = child(r, c.getName());
                if (present(x)) {
                    out.put(c.getName(), plain(x));
                }
            }
            return out;
        }
        return v;
    }
}
