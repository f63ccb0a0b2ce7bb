package io.kubetutor.model;

/** How a diagnostic is printed: error (exit 1), warning (as kubectl warns), info (accepted, not simulated). */
public enum Severity {
    ERROR, WARNING, INFO;

    public String text() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
