package io.kubetutor.kubectl;

import io.kubetutor.model.GoValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Go's %v of values decoded from JSON into interface{}: map[k:v], [a b], <nil>. */
final class GoFormat {
    private GoFormat() {
    }

    static String value(Object v) {
        if (v == null) {
            return "<nil>";
        }
        if (v instanceof Map<?, ?> m) {
            TreeMap<String, Object> sorted = new TreeMap<>(GoValues.STRING_ORDER);
            m.forEach((k, x) -> sorted.put(String.valueOf(k), x));
            List<String> parts = new ArrayList<>();
            sorted.forEach((k, x) -> parts.add(k + ":" + value(x)));
            return "map[" + String.join(" ", parts) + "]";
        }
        if (v instanceof List<?> l) {
            List<String> parts = new ArrayList<>();
            l.forEach(x -> parts.add(value(x)));
            return "[" + String.join(" ", parts) + "]";
        }
        if (v instanceof GoValues.Raw r) {
            return r.text();
        }
        return String.valueOf(v);
    }
}
