package io.kubetutor.ui.editor;

/** A styled stretch of the text: {@code length} characters from {@code start}. */
public record YamlSpan(int start, int length, YamlStyle style) {
    public int end() {
        return start + length;
    }
}
