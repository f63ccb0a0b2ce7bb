package io.kubetutor.sim.workload;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A deterministic text of a model value, standing in for the Go deep printer (spew with sorted
 * keys) that upstream feeds to its template hashes. We cannot reproduce Go's bytes, so the hash
 * values differ from a real cluster's; what matters is that equal values print the same (maps in
 * key order, whatever order they were written in) and any changed field prints differently.
 * Records are walked by reflection so a field added to the model later is covered without edits.
 */
final class CanonicalForm {
    /**
     * Components added to the model after pod names were fixed in lessons and tests, written only
     * when they hold something: an absent field must not rename every pod (Go's printer would show
     * them as nil either way, so no real hash is lost).
     */
    private static final Set<String> OMITTED_WHEN_EMPTY = Set.of("PodSpec.nodeSelector");

    private CanonicalForm() {
    }

    static String of(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value);
        return out.toString();
    }

    private static void write(StringBuilder out, Object value) {
        if (value == null) {
            out.append("nil");
        } else if (value instanceof CharSequence s) {
            quote(out, s.toString());
        } else if (value instanceof Record r) {
            writeRecord(out, r);
        } else if (value instanceof Map<?, ?> m) {
            writeMap(out, m);
        } else if (value instanceof Collection<?> c) {
            out.append('[');
            boolean first = true;
            for (Object item : c) {
                if (!first) {
                    out.append(", ");
                }
                first = false;
                write(out, item);
            }
            out.append(']');
        } else if (value instanceof Enum<?> e) {
            out.append(e.name());
        } else {
            out.append(value);
        }
    }

    private static void writeRecord(StringBuilder out, Record r) {
        out.append(r.getClass().getSimpleName()).append('{');
        RecordComponent[] components = r.getClass().getRecordComponents();
        boolean first = true;
        for (RecordComponent component : components) {
            Object value = read(component, r);
            if (value instanceof Map<?, ?> m && m.isEmpty()
                    && OMITTED_WHEN_EMPTY.contains(r.getClass().getSimpleName() + "." + component.getName())) {
                continue;
            }
            if (!first) {
                out.append(", ");
            }
            first = false;
            out.append(component.getName()).append(": ");
            write(out, value);
        }
        out.append('}');
    }

    private static Object read(RecordComponent component, Record r) {
        try {
            return component.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + r.getClass(), e);
        }
    }

    private static void writeMap(StringBuilder out, Map<?, ?> m) {
        List<Map.Entry<?, ?>> entries = new ArrayList<>(m.entrySet());
        entries.sort((a, b) -> String.valueOf(a.getKey()).compareTo(String.valueOf(b.getKey())));
        out.append("map[");
        boolean first = true;
        for (Map.Entry<?, ?> e : entries) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            write(out, e.getKey());
            out.append(": ");
            write(out, e.getValue());
        }
        out.append(']');
    }

    private static void quote(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        out.append('"');
    }
}
