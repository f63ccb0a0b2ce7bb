package io.kubetutor.model;

import java.util.List;

/**
 * One message about the input, located in a file. {@code message} is what kubectl would print
 * (it may span several lines: {@code The Service "web" is invalid: } then {@code * path: msg}
 * lines). {@code details} locates each field error of that message separately, so an editor
 * can underline every one of them.
 */
public record Diagnostic(Severity severity, String file, SourcePos pos, String message, List<Detail> details) {
    public Diagnostic {
        details = Maps.list(details);
    }

    public static Diagnostic error(String file, SourcePos pos, String message) {
        return new Diagnostic(Severity.ERROR, file, pos, message, List.of());
    }

    public static Diagnostic warning(String file, SourcePos pos, String message) {
        return new Diagnostic(Severity.WARNING, file, pos, message, List.of());
    }

    public static Diagnostic info(String file, SourcePos pos, String message) {
        return new Diagnostic(Severity.INFO, file, pos, message, List.of());
    }

    /** The CLI contract: {@code FILE:LINE:COL: severity: TEXT}. */
    public String format() {
        return file + ":" + pos.line() + ":" + pos.column() + ": " + severity.text() + ": " + message;
    }

    /** One field error of an invalid object, at its own place. */
    public record Detail(SourcePos pos, String fieldPath, String text) {
    }
}
