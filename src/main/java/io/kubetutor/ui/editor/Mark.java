package io.kubetutor.ui.editor;

/** An underline over {@code [start, end)} of the text for one problem. */
public record Mark(int start, int end, Problem problem) {
    public boolean covers(int offset) {
        return offset >= start && offset < end;
    }
}
