package io.kubetutor.lesson;

import io.kubetutor.model.Diagnostic;
import io.kubetutor.model.Severity;
import java.util.List;

/**
 * One lesson file as read: the lesson, or null when the file has any error (a broken lesson is
 * never played), and every diagnostic, located in the file.
 */
public record LoadedLesson(String file, Lesson lesson, List<Diagnostic> diagnostics) {
    public LoadedLesson {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }
}
