package io.kubetutor.model;

import java.util.List;
import java.util.Map;

/** metav1.LabelSelector. matchLabels is never null (empty when absent). */
public record LabelSelector(Map<String, String> matchLabels, List<Requirement> matchExpressions) {
    public LabelSelector {
        matchLabels = matchLabels == null ? Map.of() : Maps.ordered(matchLabels);
        matchExpressions = Maps.list(matchExpressions);
    }

    public static LabelSelector of(Map<String, String> labels) {
        return new LabelSelector(labels, List.of());
    }

    public boolean isEmpty() {
        return matchLabels.isEmpty() && matchExpressions.isEmpty();
    }

    /** One matchExpressions entry: operator In, NotIn, Exists or DoesNotExist. */
    public record Requirement(String key, String operator, List<String> values) {
        public Requirement {
            key = key == null ? "" : key;
            operator = operator == null ? "" : operator;
            values = Maps.list(values);
        }
    }
}
