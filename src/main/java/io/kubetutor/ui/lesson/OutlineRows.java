package io.kubetutor.ui.lesson;

import io.kubetutor.lesson.Lesson;
import io.kubetutor.lesson.LessonProgress;
import io.kubetutor.lesson.LoadedLesson;
import io.kubetutor.model.Diagnostic;
import io.kubetutor.model.Severity;
import io.kubetutor.ui.i18n.Messages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The course outline: every bundled lesson in course order with its title in the window's
 * language and how far the learner got. A lesson that does not load is listed too, with its first
 * located error, so a broken file is visible and explained instead of missing.
 */
public final class OutlineRows {
    /** The order a lesson file's name gives (NN-ID.yaml), for placing a broken lesson in the list. */
    private static final Pattern FILE_ORDER = Pattern.compile("(?:.*/)?([0-9]{1,2})-[^/]*");

    private OutlineRows() {
    }

    /**
     * One lesson in the outline. {@code problem} is the located error of a lesson that cannot be
     * opened (null for one that can); {@code current} marks the lesson open now.
     */
    public record Row(String id, int order, String title, int done, int total, String problem, boolean current) {
        public boolean openable() {
            return problem == null;
        }

        public boolean complete() {
            return openable() && total > 0 && done >= total;
        }

        /** "✓ 5 of 5 steps done", "◐ 2 of 5 …", "○ 0 of 5 …": the symbol says it as well as the number. */
        public String progress(Messages m) {
            String mark = complete() ? "✓" : done > 0 ? "◐" : "○";
            return mark + " " + m.format("lesson.outline.progress", done, total);
        }

        /** "1. Why Services?" — the broken ones by their file name. */
        public String heading() {
            return order > 0 ? order + ". " + title : title;
        }
    }

    /** The rows in course order; {@code progress} gives a lesson's saved progress by id. */
    public static List<Row> of(List<LoadedLesson> loaded, Function<String, LessonProgress> progress, String language,
                               String currentId) {
        List<Row> rows = new ArrayList<>();
        for (LoadedLesson l : loaded) {
            Lesson lesson = l.lesson();
            if (lesson == null) {
                rows.add(new Row(null, fileOrder(l.file()), l.file(), 0, 0, firstError(l), false));
                continue;
            }
            int total = lesson.steps().size();
            int done = (int) progress.apply(lesson.id()).completedSteps().stream().filter(s -> s >= 0 && s < total)
                    .count();
            rows.add(new Row(lesson.id(), lesson.order(), lesson.title().in(language), done, total, null,
                    lesson.id().equals(currentId)));
        }
        // Stable: two rows with one order (a broken duplicate) keep their file order.
        rows.sort(Comparator.comparingInt(r -> r.order() > 0 ? r.order() : Integer.MAX_VALUE));
        return rows;
    }

    private static int fileOrder(String file) {
        Matcher m = FILE_ORDER.matcher(file);
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static String firstError(LoadedLesson l) {
        return l.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).findFirst()
                .or(() -> l.diagnostics().stream().findFirst()).map(Diagnostic::format)
                .orElse(l.file() + ": error: the lesson could not be read");
    }
}
