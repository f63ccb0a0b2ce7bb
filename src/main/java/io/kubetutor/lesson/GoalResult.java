package io.kubetutor.lesson;

import java.util.List;

/**
 * A goal's condition as checked: whether it holds and, in both languages, what was seen (which
 * request, which pod, which answer). Combinations carry their parts' results.
 */
public record GoalResult(Condition condition, boolean met, Localized detail, List<GoalResult> parts) {
    public GoalResult {
        parts = List.copyOf(parts);
    }

    static GoalResult leaf(Condition c, boolean met, Localized detail) {
        return new GoalResult(c, met, detail, List.of());
    }
}
