package io.kubetutor.kubectl.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** apimachinery's labels.FormatLabels: "k=v" pairs sorted by key, comma-joined, {@code <none>} if empty. */
final class LabelText {
    private LabelText() {
    }

    static String format(Map<String, String> labels) {
        if (labels == null || labels.isEmpty()) {
            return "<none>";
        }
        List<String> pairs = new ArrayList<>();
        for (String key : sortedKeys(labels)) {
            pairs.add(key + "=" + labels.get(key));
        }
        return String.join(",", pairs);
    }

    /** Keys in Go's sort.Strings order (byte order; the same as String order for label keys). */
    static List<String> sortedKeys(Map<String, String> m) {
        List<String> keys = new ArrayList<>(m.keySet());
        keys.sort(null);
        return keys;
    }
}
