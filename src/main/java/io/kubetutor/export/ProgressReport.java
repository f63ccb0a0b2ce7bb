package io.kubetutor.export;

import io.kubetutor.kubectl.JsonWriter;
import io.kubetutor.lesson.Lesson;
import io.kubetutor.lesson.LessonProgress;
import io.kubetutor.lesson.ProgressStore;
import io.kubetutor.lesson.Step;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A learner's lesson progress as a small JSON file a teacher can collect from each machine
 * (docs/scenarios.md, "Progress export"): who (a name the learner chose, or null), when, and for
 * every lesson of the course its steps done, goals met, prediction score and when it last changed.
 * Steps are counted from 1 here, as the lesson pane shows them.
 */
public final class ProgressReport {
    /** What the file is, so a teacher's script can tell it from other JSON. */
    public static final String FORMAT = "kube-service-tutor-progress/1";

    private ProgressReport() {
    }

    /**
     * @param course    the lessons in course order
     * @param language  "en" or "ko": the language of the titles
     * @param learner   the name the learner typed, or null/blank for none
     */
    public static String json(List<Lesson> course, ProgressStore store, String language, String learner,
                              Instant exportedAt, String appVersion) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("app", "Kube Service Tutor " + appVersion);
        root.put("learner", learner == null || learner.isBlank() ? null : learner.strip());
        root.put("exportedAt", exportedAt.toString());
        List<Object> lessons = new ArrayList<>();
        int finished = 0;
        int started = 0;
        int goals = 0;
        int goalsMet = 0;
        int answered = 0;
        int right = 0;
        for (Lesson l : course) {
            LessonProgress p = store.get(l.id());
            int total = l.steps().size();
            List<Integer> done = p.completedSteps().stream().filter(s -> s >= 0 && s < total).map(s -> s + 1).toList();
            int lessonGoals = 0;
            int lessonGoalsMet = 0;
            int asked = 0;
            for (int i = 0; i < total; i++) {
                Step s = l.steps().get(i);
                if (s.goal() != null) {
                    lessonGoals++;
                    lessonGoalsMet += p.completedSteps().contains(i) ? 1 : 0;
                }
                asked += s.predict() != null ? 1 : 0;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", l.id());
            row.put("order", l.order());
            row.put("title", l.title().in(language));
            row.put("steps", total);
            row.put("completedSteps", done);
            row.put("finished", total > 0 && done.size() == total);
            row.put("goals", lessonGoals);
            row.put("goalsMet", lessonGoalsMet);
            Map<String, Object> predictions = new LinkedHashMap<>();
            predictions.put("asked", asked);
            predictions.put("answered", p.predictionsAnswered());
            predictions.put("right", p.predictionsRight());
            row.put("predictions", predictions);
            row.put("updatedAt", store.updated(l.id()).map(Instant::toString).orElse(null));
            lessons.add(row);
            finished += total > 0 && done.size() == total ? 1 : 0;
            started += done.isEmpty() && p.predictionsAnswered() == 0 ? 0 : 1;
            goals += lessonGoals;
            goalsMet += lessonGoalsMet;
            answered += p.predictionsAnswered();
            right += p.predictionsRight();
        }
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("lessons", course.size());
        totals.put("lessonsStarted", started);
        totals.put("lessonsFinished", finished);
        totals.put("goals", goals);
        totals.put("goalsMet", goalsMet);
        totals.put("predictionsAnswered", answered);
        totals.put("predictionsRight", right);
        root.put("totals", totals);
        root.put("lessons", lessons);
        return JsonWriter.write(root);
    }
}
