package io.kubetutor.manifest.decode;

import io.kubetutor.model.Diagnostic;
import io.kubetutor.model.KubeObject;
import io.kubetutor.model.Severity;
import java.util.List;

/**
 * One document's decoding: the object (null when kubectl or the API server would refuse it, or
 * when the document is empty) and what to tell the learner, in the order kubectl would.
 */
public record DecodeResult(KubeObject object, List<Diagnostic> diagnostics) {
    public DecodeResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }
}
