package io.kubetutor.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.lesson.LessonLoader;
import io.kubetutor.lesson.LessonProgress;
import io.kubetutor.lesson.LoadedLesson;
import io.kubetutor.ui.i18n.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OutlineRowsTest {
    private static LoadedLesson lesson(String file, String id, int order, String en, String ko, int steps) {
        StringBuilder b = new StringBuilder("id: " + id + "\norder: " + order + "\ntitle: {en: \"" + en + "\", ko: \"" + ko
                + "\"}\nsteps:\n");
        for (int i = 0; i < steps; i++) {
            b.append("  - text: {en: Step, ko: 단계}\n");
        }
        LoadedLesson l = LessonLoader.parse(file, b.toString());
        assertEquals(List.of(), l.diagnostics());
        return l;
    }

    private final LoadedLesson second = lesson("lessons/02-anatomy.yaml", "anatomy", 2, "Anatomy", "해부", 4);
    private final LoadedLesson first = lesson("lessons/01-why.yaml", "why", 1, "Why Services?", "왜 서비스?", 3);
    private final LoadedLesson broken = LessonLoader.parse("lessons/03-broken.yaml", "id: broken\norder: [\n");
    private final Map<String, LessonProgress> progress = Map.of(
            "why", new LessonProgress(Set.of(0, 1, 2), 2, Map.of()),
            "anatomy", new LessonProgress(Set.of(1), 1, Map.of(0, true)));

    private List<OutlineRows.Row> rows(String language, String current) {
        return OutlineRows.of(List.of(second, broken, first), id -> progress.getOrDefault(id, LessonProgress.NONE),
                language, current);
    }

    @Test
    void lessonsAreListedByTheirOrderWithTitlesInTheWindowsLanguage() {
        assertEquals(List.of("1. Why Services?", "2. Anatomy", "3. lessons/03-broken.yaml"),
                rows("en", null).stream().map(OutlineRows.Row::heading).toList());
        assertEquals("1. 왜 서비스?", rows("ko", null).get(0).heading());
    }

    @Test
    void progressCountsTheDoneStepsOutOfAllInWordsAndASymbol() {
        Messages en = Messages.of(Locale.ENGLISH);
        List<OutlineRows.Row> r = rows("en", null);
        assertEquals("✓ 3 of 3 steps done", r.get(0).progress(en));
        assertTrue(r.get(0).complete());
        assertEquals("◐ 1 of 4 steps done", r.get(1).progress(en));
        assertEquals("◐ 4단계 중 1단계 완료", r.get(1).progress(Messages.of(Locale.KOREAN)));
    }

    @Test
    void aBrokenLessonIsListedWithItsLocatedErrorAndCannotBeOpened() {
        OutlineRows.Row row = rows("en", null).get(2);
        assertFalse(row.openable());
        assertTrue(row.problem().startsWith("lessons/03-broken.yaml:"), row.problem());
        assertTrue(row.problem().contains(": error: "), row.problem());
    }

    @Test
    void theOpenLessonIsMarkedCurrent() {
        assertEquals(List.of(false, true, false), rows("en", "anatomy").stream().map(OutlineRows.Row::current).toList());
    }

    @Test
    void stepsSavedBeyondTheLessonsEndDoNotCount() {
        LessonProgress stale = new LessonProgress(Set.of(0, 7), 0, Map.of());
        OutlineRows.Row row = OutlineRows.of(List.of(first), id -> stale, "en", null).get(0);
        assertEquals(1, row.done());
        assertEquals(3, row.total());
    }
}
