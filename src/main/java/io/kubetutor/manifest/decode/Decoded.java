package io.kubetutor.manifest.decode;

import io.kubetutor.model.IntOrString;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A decoded Go struct: the fields that were written (a JSON null counts as not written), with
 * getters that answer Go's zero value for the rest ("" / 0 / false), or null where the Go field
 * is a pointer, map or slice the model keeps nullable.
 */
final class Decoded {
    static final Decoded EMPTY = new Decoded(Map.of());

    private final Map<String, Object> fields;

    Decoded(Map<String, Object> fields) {
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    boolean has(String name) {
        return fields.get(name) != null;
    }

    /** A Go string: "" when absent. */
    String str(String name) {
        Object v = fields.get(name);
        return v == null ? "" : (String) v;
    }

    /** A Go *string: null when absent. */
    String strOrNull(String name) {
        return (String) fields.get(name);
    }

    /** A Go int32 or int64 that fits: 0 when absent. */
    int int32(String name) {
        Object v = fields.get(name);
        return v == null ? 0 : ((Long) v).intValue();
    }

    /** A Go *int32: null when absent. */
    Integer int32OrNull(String name) {
        Object v = fields.get(name);
        return v == null ? null : ((Long) v).intValue();
    }

    boolean bool(String name) {
        return Boolean.TRUE.equals(fields.get(name));
    }

    /** A Go *bool: null when absent. */
    Boolean boolOrNull(String name) {
        return (Boolean) fields.get(name);
    }

    IntOrString intOrString(String name) {
        return (IntOrString) fields.get(name);
    }

    /** A nested struct, or null when absent (a Go pointer; callers default value structs). */
    Decoded obj(String name) {
        return (Decoded) fields.get(name);
    }

    /** A nested struct that Go holds by value: the empty struct when absent. */
    Decoded objOrEmpty(String name) {
        Decoded d = obj(name);
        return d == null ? EMPTY : d;
    }

    /** A slice of structs; empty when absent. */
    List<Decoded> objs(String name) {
        Object v = fields.get(name);
        if (v == null) {
            return List.of();
        }
        List<Decoded> out = new ArrayList<>();
        for (Object o : (List<?>) v) {
            out.add((Decoded) o);
        }
        return out;
    }

    /** A slice of strings; empty when absent. */
    List<String> strs(String name) {
        Object v = fields.get(name);
        if (v == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Object o : (List<?>) v) {
            out.add((String) o);
        }
        return out;
    }

    /** A map[string]string in the order written, or null when absent (a nil Go map). */
    Map<String, String> strMap(String name) {
        Object v = fields.get(name);
        if (v == null) {
            return null;
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
            out.put((String) e.getKey(), (String) e.getValue());
        }
        return out;
    }

    /** A field the schema leaves unchecked, as written; null when absent. */
    JValue raw(String name) {
        return (JValue) fields.get(name);
    }
}
