package io.kubetutor.ui.editor;

import io.kubetutor.model.Severity;

/**
 * One row of the Problems list and one underline: a field error (or a whole diagnostic) at its
 * 1-based line and column. {@code summary} is the line the row shows (the field error itself);
 * {@code message} is kubectl's full text, shown when the pointer rests on the underline.
 */
public record Problem(Severity severity, int line, int column, String summary, String message) {
    /** The gutter and list symbol: never colour alone. */
    public String symbol() {
        return switch (severity) {
            case ERROR -> "✗";
            case WARNING -> "⚠";
            case INFO -> "ℹ";
        };
    }

    /** The style class of the underline and the gutter marker. */
    public String styleClass() {
        return "diag-" + severity.text();
    }
}
