package io.kubetutor.sim;

import io.kubetutor.model.LabelSelector;
import java.util.Map;

/** Label selector matching as apimachinery's labels.Selector does it. */
public final class Selectors {
    private Selectors() {
    }

    /** A Service's map selector: every pair present. Callers treat null or empty as "no selector". */
    public static boolean matches(Map<String, String> selector, Map<String, String> labels) {
        for (Map.Entry<String, String> e : selector.entrySet()) {
            if (!e.getValue().equals(labels.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A workload's LabelSelector: matchLabels and every expression. An empty selector matches
     * everything (validation refuses one for workloads, so it only arises in hand-made objects).
     */
    public static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return false;
        }
        if (!matches(selector.matchLabels(), labels)) {
            return false;
        }
        for (LabelSelector.Requirement r : selector.matchExpressions()) {
            String v = labels.get(r.key());
            boolean ok = switch (r.operator()) {
                case "In" -> v != null && r.values().contains(v);
                case "NotIn" -> v == null || !r.values().contains(v);
                case "Exists" -> labels.containsKey(r.key());
                case "DoesNotExist" -> !labels.containsKey(r.key());
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
