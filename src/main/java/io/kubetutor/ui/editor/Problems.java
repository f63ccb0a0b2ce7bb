package io.kubetutor.ui.editor;

import io.kubetutor.model.Diagnostic;
import io.kubetutor.model.SourcePos;
import java.util.ArrayList;
import java.util.List;

/** Turns the cluster's diagnostics into the editor's problems: one per field error, in kubectl's order. */
public final class Problems {
    private Problems() {
    }

    /**
     * An invalid object's diagnostic lists several field errors, each at its own place: each
     * becomes its own problem (so each gets its own underline), all sharing kubectl's full text.
     */
    public static List<Problem> of(List<Diagnostic> diagnostics) {
        List<Problem> out = new ArrayList<>();
        if (diagnostics == null) {
            return out;
        }
        for (Diagnostic d : diagnostics) {
            String message = d.message() == null ? "" : d.message();
            if (d.details().isEmpty()) {
                out.add(problem(d, d.pos(), firstLine(message), message));
                continue;
            }
            for (Diagnostic.Detail detail : d.details()) {
                SourcePos pos = detail.pos() != null ? detail.pos() : d.pos();
                String summary = detail.text() == null || detail.text().isBlank() ? firstLine(message) : detail.text();
                out.add(problem(d, pos, summary, message));
            }
        }
        return out;
    }

    private static Problem problem(Diagnostic d, SourcePos pos, String summary, String message) {
        SourcePos at = pos == null ? SourcePos.START : pos;
        return new Problem(d.severity(), Math.max(1, at.line()), Math.max(1, at.column()), summary, message);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
