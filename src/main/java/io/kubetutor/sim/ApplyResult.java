package io.kubetutor.sim;

import io.kubetutor.model.Diagnostic;
import io.kubetutor.model.Maps;
import java.util.List;

/**
 * What one {@code kubectl apply} did. {@code lines} is the terminal transcript in kubectl's order
 * (result lines and warnings as they happen, errors at the end as kubectl prints them);
 * {@code diagnostics} place warnings and errors in the source; {@code changes} list every
 * object and allocation change in order.
 */
public record ApplyResult(List<String> lines, List<Diagnostic> diagnostics, List<Change> changes) {
    public ApplyResult {
        lines = Maps.list(lines);
        diagnostics = Maps.list(diagnostics);
        changes = Maps.list(changes);
    }

    /** Whether any object failed (kubectl's exit status 1). */
    public boolean failed() {
        return diagnostics.stream().anyMatch(d -> d.severity() == io.kubetutor.model.Severity.ERROR);
    }
}
