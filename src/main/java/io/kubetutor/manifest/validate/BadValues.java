package io.kubetutor.manifest.validate;

import io.kubetutor.model.GoValues;
import io.kubetutor.model.LabelSelector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Bad values as field.Error prints anything that is not a plain Go string or number: through
 * encoding/json. That covers named string types (core.Protocol, core.ServiceType, ...), pointers,
 * slices, maps (keys sorted, as Go's encoder does) and structs (internal API types have no json
 * tags, so their Go field names appear). An absent list or map is Go's nil and prints as null.
 */
final class BadValues {
    private BadValues() {
    }

    private static final GoValues.Raw NULL = new GoValues.Raw("null");

    /** A named string type (or a pointer to one): JSON-quoted rather than strconv-quoted. */
    static Object typed(String s) {
        return s == null ? NULL : new GoValues.Raw(GoValues.json(s));
    }

    /** A []string that is nil when empty. */
    static Object list(List<String> l) {
        return l == null || l.isEmpty() ? NULL : new GoValues.Raw(GoValues.json(l));
    }

    /** A map[string]string that is nil when empty; keys sorted. */
    static Object map(Map<String, String> m) {
        return m == null || m.isEmpty() ? NULL : new GoValues.Raw(GoValues.json(new TreeMap<>(m)));
    }

    /** *metav1.LabelSelector with its json tags (matchLabels, matchExpressions, values all omitempty). */
    static Object labelSelector(LabelSelector s) {
        if (s == null) {
            return NULL;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        if (!s.matchLabels().isEmpty()) {
            json.put("matchLabels", new TreeMap<>(s.matchLabels()));
        }
        if (!s.matchExpressions().isEmpty()) {
            List<Object> exprs = new ArrayList<>();
            for (LabelSelector.Requirement r : s.matchExpressions()) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("key", r.key());
                e.put("operator", r.operator());
                if (!r.values().isEmpty()) {
                    e.put("values", r.values());
                }
                exprs.add(e);
            }
            json.put("matchExpressions", exprs);
        }
        return new GoValues.Raw(GoValues.json(json));
    }

    /** The synthetic core.ServicePort key ValidateService builds to find duplicate (protocol, port) pairs. */
    static Object servicePortKey(String protocol, int port) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("Name", "");
        json.put("Protocol", protocol);
        json.put("AppProtocol", null);
        json.put("Port", port);
        json.put("TargetPort", 0);
        json.put("NodePort", 0);
        return new GoValues.Raw(GoValues.json(json));
    }
}
