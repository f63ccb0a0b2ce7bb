package io.kubetutor.lesson;

import io.kubetutor.model.SourcePos;

/**
 * Where a text embedded in a lesson file (a manifest) was written, so a diagnostic about the
 * text lands on the right line of the lesson file. A block scalar ({@code manifest: |}) starts on
 * {@code firstLine} with every line indented by {@code indent}; any other scalar maps everything to
 * its own position.
 */
public record TextOrigin(String file, SourcePos scalar, boolean block, int firstLine, int indent) {
    /** A text with no file behind it (recorded in the sandbox, made by a test). */
    public static TextOrigin nowhere(String file) {
        return new TextOrigin(file, SourcePos.START, false, 1, 0);
    }

    /** The place in the lesson file of {@code pos}, a place in the embedded text. */
    public SourcePos map(SourcePos pos) {
        if (!block) {
            return scalar;
        }
        return new SourcePos(firstLine + pos.line() - 1, indent + pos.column());
    }
}
