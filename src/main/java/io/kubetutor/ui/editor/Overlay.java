package io.kubetutor.ui.editor;

/** A style class laid over {@code [start, end)} on top of the syntax colours: an underline, a find match. */
public record Overlay(int start, int end, String styleClass) {
}
