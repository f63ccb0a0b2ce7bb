package io.kubetutor.manifest.yaml;

import io.kubetutor.model.Diagnostic;
import java.util.List;

/**
 * What {@link YamlReader} made of a text: its documents in order, and the problems of the text as
 * a whole (too large, binary), which leave {@code documents} empty.
 *
 * <p>Every document is read even when an earlier one is broken, so an editor can show every
 * problem at once. kubectl itself stops reading a file at the first broken document (its stream
 * decoder cannot go on), so code that applies documents as kubectl would should stop at the first
 * document whose {@link YDocument#error()} is set.
 */
public record YamlText(List<YDocument> documents, List<Diagnostic> diagnostics) {
    public YamlText {
        documents = List.copyOf(documents);
        diagnostics = List.copyOf(diagnostics);
    }

    /** True when the text as a whole was refused or any document could not be read. */
    public boolean hasErrors() {
        return !diagnostics.isEmpty() || documents.stream().anyMatch(d -> d.error() != null);
    }
}
