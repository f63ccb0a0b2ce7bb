package io.kubetutor.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.lesson.Lesson;
import io.kubetutor.lesson.LessonFolder;
import io.kubetutor.lesson.LessonLoader;
import io.kubetutor.lesson.LoadedLesson;
import io.kubetutor.lesson.ProgressStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress file a teacher collects: every lesson of the course, steps from 1, names escaped. */
class ProgressReportTest {
    @TempDir
    Path dir;

    private static List<Lesson> course() throws Exception {
        return LessonLoader.loadAll(LessonFolder.bundled()).stream().map(LoadedLesson::lesson).filter(Objects::nonNull)
                .toList();
    }

    @Test
    void stepsGoalsPredictionsAndTimesOfEveryLessonAreListed() throws Exception {
        List<Lesson> course = course();
        Lesson first = course.get(0);
        ProgressStore store = ProgressStore.open(dir, Clock.fixed(Instant.parse("2025-03-04T09:00:00Z"), ZoneOffset.UTC));
        int goalStep = -1;
        for (int i = 0; i < first.steps().size(); i++) {
            if (first.steps().get(i).goal() != null) {
                goalStep = i;
                break;
            }
        }
        store.completeStep(first.id(), 0);
        if (goalStep > 0) {
            store.completeStep(first.id(), goalStep);
        }
        store.recordPrediction(first.id(), 0, true);
        String json = ProgressReport.json(course, store, "en", "Kim \"Min\" <3", Instant.parse("2025-03-05T10:00:00Z"),
                "1.2.3");
        assertTrue(json.startsWith("{\n    \"format\": \"kube-service-tutor-progress/1\",\n"
                + "    \"app\": \"Kube Service Tutor 1.2.3\",\n"
                + "    \"learner\": \"Kim \\\"Min\\\" \\u003c3\",\n"
                + "    \"exportedAt\": \"2025-03-05T10:00:00Z\",\n"), json);
        String done = goalStep > 0 ? "[\n                1,\n                " + (goalStep + 1) + "\n            ]"
                : "[\n                1\n            ]";
        assertTrue(json.contains("\"id\": \"" + first.id() + "\",\n            \"order\": " + first.order() + ",\n"
                + "            \"title\": \"" + first.title().en() + "\",\n"
                + "            \"steps\": " + first.steps().size() + ",\n"
                + "            \"completedSteps\": " + done + ",\n"), json);
        assertTrue(json.contains("\"goalsMet\": " + (goalStep > 0 ? 1 : 0) + ",\n"), json);
        assertTrue(json.contains("\"answered\": 1,\n                \"right\": 1\n"), json);
        assertTrue(json.contains("\"updatedAt\": \"2025-03-04T09:00:00Z\"\n"), json);
        assertTrue(json.contains("\"lessons\": " + course.size() + ",\n        \"lessonsStarted\": 1,\n"), json);
        assertEquals(course.size(), json.split("\"updatedAt\"").length - 1, "every lesson of the course is listed");
    }

    @Test
    void noNameIsNullAndKoreanTitlesAreKeptAsTheyAre() throws Exception {
        List<Lesson> course = course();
        String json = ProgressReport.json(course, ProgressStore.open(dir), "ko", "  ", Instant.EPOCH, "dev");
        assertTrue(json.contains("\"learner\": null,"), json);
        assertTrue(json.contains("\"title\": \"" + course.get(0).title().ko() + "\""), json);
        assertTrue(json.contains("\"updatedAt\": null"), json);
    }
}
