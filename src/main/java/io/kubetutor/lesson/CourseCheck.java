package io.kubetutor.lesson;

import io.kubetutor.model.Diagnostic;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code lessons check}: loads every lesson of a folder and plays each one that loads (see
 * {@link LessonCheck}), with the window's seed and with a second one, so a lesson that only works
 * by the luck of one seed's random choices is caught.
 */
public final class CourseCheck {
    /** The window's seed first; the second only has to differ. */
    static final long[] SEEDS = {LessonCheck.SEED, 2};

    private CourseCheck() {
    }

    /** Every lesson file with its load and play diagnostics; {@link LoadedLesson#hasErrors()} tells the verdict. */
    public static List<LoadedLesson> check(LessonFolder folder) throws IOException {
        List<LoadedLesson> out = new ArrayList<>();
        for (LoadedLesson l : LessonLoader.loadAll(folder)) {
            out.add(l.lesson() == null ? l : new LoadedLesson(l.file(), l.lesson(), played(l)));
        }
        return out;
    }

    private static List<Diagnostic> played(LoadedLesson l) {
        Set<Diagnostic> all = new LinkedHashSet<>(l.diagnostics());
        List<Diagnostic> first = LessonCheck.play(l.lesson(), SEEDS[0]);
        all.addAll(first);
        for (int i = 1; i < SEEDS.length; i++) {
            for (Diagnostic d : LessonCheck.play(l.lesson(), SEEDS[i])) {
                if (!first.contains(d)) {
                    all.add(new Diagnostic(d.severity(), d.file(), d.pos(), "with seed " + SEEDS[i] + ": " + d.message(),
                            d.details()));
                }
            }
        }
        return List.copyOf(all);
    }
}
