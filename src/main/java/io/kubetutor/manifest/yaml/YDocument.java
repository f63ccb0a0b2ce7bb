package io.kubetutor.manifest.yaml;

import io.kubetutor.model.Diagnostic;
import io.kubetutor.model.SourcePos;

/**
 * One YAML document of a multi-document text. {@code root} is null for an empty document or
 * when the document could not be read; then {@code error} says why (null for a plain empty one).
 */
public record YDocument(int index, SourcePos start, YNode root, Diagnostic error) {
    public boolean isEmpty() {
        return root == null && error == null;
    }
}
