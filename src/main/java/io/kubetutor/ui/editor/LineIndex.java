package io.kubetutor.ui.editor;

import java.util.Arrays;

/** Where each line of a text starts, to turn 1-based line:column into an offset and back. */
public final class LineIndex {
    private final int[] starts;
    private final int lineCount;
    private final int length;

    public LineIndex(CharSequence text) {
        length = text.length();
        int[] s = new int[16];
        int n = 1;
        for (int i = 0; i < length; i++) {
            if (text.charAt(i) == '\n') {
                if (n == s.length) {
                    s = Arrays.copyOf(s, n * 2);
                }
                s[n++] = i + 1;
            }
        }
        starts = s;
        lineCount = n;
    }

    public int lineCount() {
        return lineCount;
    }

    /** The offset where 0-based {@code line} starts (clamped to the text). */
    public int lineStart(int line) {
        return starts[Math.max(0, Math.min(line, lineCount - 1))];
    }

    /** The offset of 0-based {@code line}'s end, before its newline. */
    public int lineEnd(int line) {
        int l = Math.max(0, Math.min(line, lineCount - 1));
        return l + 1 < lineCount ? starts[l + 1] - 1 : length;
    }

    /** The offset of 1-based {@code line}:{@code column}, clamped to that line (or to the text). */
    public int offset(int line, int column) {
        int l = line - 1;
        if (l >= lineCount) {
            return length;
        }
        int start = lineStart(l);
        return Math.min(lineEnd(l), start + Math.max(0, column - 1));
    }

    /** The 0-based line holding {@code offset}. */
    public int lineOf(int offset) {
        int i = Arrays.binarySearch(starts, 0, lineCount, Math.max(0, offset));
        return i >= 0 ? i : -i - 2;
    }
}
