package io.kubetutor.lesson;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One lesson's progress: the steps completed (indexes from 0), the step the learner is on, and the
 * first answer given to each step's prediction (true when it was right).
 */
public record LessonProgress(Set<Integer> completedSteps, int currentStep, Map<Integer, Boolean> predictions) {
    public static final LessonProgress NONE = new LessonProgress(Set.of(), 0, Map.of());

    public LessonProgress {
        completedSteps = java.util.Collections.unmodifiableSet(new TreeSet<>(completedSteps));
        predictions = java.util.Collections.unmodifiableMap(new TreeMap<>(predictions));
    }

    public int predictionsAnswered() {
        return predictions.size();
    }

    public int predictionsRight() {
        return (int) predictions.values().stream().filter(b -> b).count();
    }
}
