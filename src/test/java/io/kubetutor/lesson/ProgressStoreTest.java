package io.kubetutor.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress kept between runs: saved at once, read back, a damaged file set aside. */
class ProgressStoreTest {
    @TempDir
    Path dir;

    @Test
    void progressSurvivesAReload() throws Exception {
        ProgressStore store = ProgressStore.open(dir);
        store.completeStep("why-services", 0);
        store.completeStep("why-services", 1);
        store.setCurrentStep("why-services", 2);
        store.recordPrediction("why-services", 2, true);
        store.recordPrediction("anatomy", 2, false);

        ProgressStore again = ProgressStore.open(dir);
        assertEquals(new LessonProgress(Set.of(0, 1), 2, Map.of(2, true)), again.get("why-services"));
        assertEquals(1, again.get("anatomy").predictionsAnswered());
        assertEquals(0, again.get("anatomy").predictionsRight());
        assertEquals(LessonProgress.NONE, again.get("never-opened"));
        assertTrue(again.setAside().isEmpty());
    }

    @Test
    void onlyTheFirstAnswerOfAStepIsScored() throws Exception {
        ProgressStore store = ProgressStore.open(dir);
        assertTrue(store.recordPrediction("l", 3, false));
        assertFalse(store.recordPrediction("l", 3, true));
        assertEquals(Map.of(3, false), ProgressStore.open(dir).get("l").predictions());
    }

    @Test
    void theFileIsWrittenWholeWithNoTemporaryFileLeft() throws Exception {
        ProgressStore store = ProgressStore.open(dir.resolve("new-folder"),
                Clock.fixed(Instant.parse("2025-03-04T09:15:30.250Z"), ZoneOffset.UTC));
        store.setCurrentStep("l", 4);
        try (Stream<Path> files = Files.list(dir.resolve("new-folder"))) {
            assertEquals(List.of(ProgressStore.FILE), files.map(p -> p.getFileName().toString()).toList());
        }
        assertEquals("""
                # Kube Service Tutor: lesson progress (steps counted from 0)
                format=1
                lesson.l.current=4
                lesson.l.completed=
                lesson.l.predictions=
                lesson.l.updated=2025-03-04T09:15:30Z
                """, Files.readString(dir.resolve("new-folder").resolve(ProgressStore.FILE)));
    }

    @Test
    void aCorruptFileIsSetAsideAndTheStoreStartsEmpty() throws Exception {
        Files.writeString(dir.resolve(ProgressStore.FILE), "format=1\nlesson.l.current=banana\n");
        ProgressStore store = ProgressStore.open(dir);
        assertEquals(LessonProgress.NONE, store.get("l"));
        assertEquals(dir.resolve(ProgressStore.FILE + ".corrupt-1"), store.setAside().orElseThrow());
        assertEquals("format=1\nlesson.l.current=banana\n", Files.readString(store.setAside().orElseThrow()));
        assertFalse(Files.exists(dir.resolve(ProgressStore.FILE)));
        store.setCurrentStep("l", 1);
        assertEquals(1, ProgressStore.open(dir).get("l").currentStep());
    }

    @Test
    void binaryGarbageAndForeignFilesAreSetAsideToo() throws Exception {
        Files.write(dir.resolve(ProgressStore.FILE), new byte[] {(byte) 0xc3, 0x28, 0x00});
        assertEquals(dir.resolve(ProgressStore.FILE + ".corrupt-1"), ProgressStore.open(dir).setAside().orElseThrow());
        Files.writeString(dir.resolve(ProgressStore.FILE), "just some words\n");
        assertEquals(dir.resolve(ProgressStore.FILE + ".corrupt-2"), ProgressStore.open(dir).setAside().orElseThrow());
        Files.writeString(dir.resolve(ProgressStore.FILE), "format=2\n");
        assertTrue(ProgressStore.open(dir).setAside().isPresent(), "a newer format is not guessed at");
    }

    @Test
    void resettingALessonForgetsOnlyThatLesson() throws Exception {
        ProgressStore store = ProgressStore.open(dir);
        store.completeStep("a", 0);
        store.completeStep("b", 0);
        store.reset("a");
        ProgressStore again = ProgressStore.open(dir);
        assertEquals(LessonProgress.NONE, again.get("a"));
        assertEquals(Set.of(0), again.get("b").completedSteps());
    }

    @Test
    void eachLessonRemembersWhenItsProgressLastChanged() throws Exception {
        ProgressStore store = ProgressStore.open(dir, Clock.fixed(Instant.parse("2025-03-04T09:00:00Z"), ZoneOffset.UTC));
        store.completeStep("why-services", 0);
        ProgressStore later = ProgressStore.open(dir, Clock.fixed(Instant.parse("2025-03-05T10:30:00Z"), ZoneOffset.UTC));
        assertEquals(Instant.parse("2025-03-04T09:00:00Z"), later.updated("why-services").orElseThrow());
        later.recordPrediction("anatomy", 1, true);
        ProgressStore again = ProgressStore.open(dir);
        assertEquals(Instant.parse("2025-03-04T09:00:00Z"), again.updated("why-services").orElseThrow());
        assertEquals(Instant.parse("2025-03-05T10:30:00Z"), again.updated("anatomy").orElseThrow());
        assertTrue(again.updated("never-opened").isEmpty());
    }

    @Test
    void aFileWithoutTimesOrWithABadOneKeepsItsProgress() throws Exception {
        Files.writeString(dir.resolve(ProgressStore.FILE), "format=1\nlesson.a.current=2\nlesson.b.current=1\n"
                + "lesson.b.updated=yesterday\n");
        ProgressStore store = ProgressStore.open(dir);
        assertTrue(store.setAside().isEmpty());
        assertEquals(2, store.get("a").currentStep());
        assertEquals(1, store.get("b").currentStep());
        assertTrue(store.updated("a").isEmpty());
        assertTrue(store.updated("b").isEmpty());
    }
}
