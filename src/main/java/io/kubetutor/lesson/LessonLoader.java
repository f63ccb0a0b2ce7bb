package io.kubetutor.lesson;

import io.kubetutor.model.Diagnostic;
import io.kubetutor.model.SourcePos;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads lesson files. Never throws for what is in a file: a broken lesson comes back with its
 * located errors and no lesson, and the others load regardless.
 */
public final class LessonLoader {
    private LessonLoader() {
    }

    /** Every lesson of the folder, in file-name order, with the course-wide checks (ids and orders unique). */
    public static List<LoadedLesson> loadAll(LessonFolder folder) throws IOException {
        List<LoadedLesson> out = new ArrayList<>();
        for (String name : folder.lessonFiles()) {
            out.add(load(folder, name));
        }
        return unique(out);
    }

    /** One lesson file of {@code folder}, {@code name} relative to it. */
    public static LoadedLesson load(LessonFolder folder, String name) {
        String display = folder.display(name);
        String text;
        try {
            text = folder.read(name);
        } catch (IOException e) {
            return new LoadedLesson(display, null, List.of(Diagnostic.error(display, SourcePos.START, e.getMessage())));
        }
        return parse(folder, name, display, text);
    }

    /**
     * A lesson from its text, named {@code display} in messages. Without a folder the lesson may not
     * refer to other files, and its file name is not checked against its id.
     */
    public static LoadedLesson parse(String display, String text) {
        return parse(null, null, display, text);
    }

    private static LoadedLesson parse(LessonFolder folder, String name, String display, String text) {
        try {
            return new LessonReader(folder, name, display, text).read(text);
        } catch (RuntimeException | StackOverflowError e) {
            return new LoadedLesson(display, null, List.of(Diagnostic.error(display, SourcePos.START,
                    "the lesson could not be read (" + e + "); please report it")));
        }
    }

    /** Two lessons with one id, or one place in the course: the later file gets the error. */
    private static List<LoadedLesson> unique(List<LoadedLesson> lessons) {
        Map<String, String> ids = new HashMap<>();
        Map<Integer, String> orders = new HashMap<>();
        List<LoadedLesson> out = new ArrayList<>();
        for (LoadedLesson l : lessons) {
            Lesson lesson = l.lesson();
            if (lesson == null) {
                out.add(l);
                continue;
            }
            List<Diagnostic> extra = new ArrayList<>();
            String sameId = ids.putIfAbsent(lesson.id(), l.file());
            if (sameId != null) {
                extra.add(Diagnostic.error(l.file(), SourcePos.START, "id: \"" + lesson.id() + "\" is also the id of "
                        + sameId));
            }
            String sameOrder = orders.putIfAbsent(lesson.order(), l.file());
            if (sameOrder != null) {
                extra.add(Diagnostic.error(l.file(), SourcePos.START, "order: " + lesson.order()
                        + " is also the order of " + sameOrder));
            }
            if (extra.isEmpty()) {
                out.add(l);
            } else {
                extra.addAll(0, l.diagnostics());
                out.add(new LoadedLesson(l.file(), null, extra));
            }
        }
        return out;
    }
}
