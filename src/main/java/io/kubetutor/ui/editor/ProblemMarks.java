package io.kubetutor.ui.editor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Where each problem's underline goes. A diagnostic names one line and column; a learner needs
 * to see the whole thing that is wrong, so the underline covers the token there: the key, or
 * the scalar to its end. When the position is on an indicator ({@code - : }) or a blank, the
 * next token of the line is underlined; at the end of a line, the last one.
 */
public final class ProblemMarks {
    private ProblemMarks() {
    }

    public static List<Mark> of(CharSequence text, LineIndex lines, List<YamlSpan> spans, List<Problem> problems) {
        List<Mark> marks = new ArrayList<>();
        for (Problem p : problems) {
            if (p.line() > lines.lineCount()) {
                continue;
            }
            int lineStart = lines.lineStart(p.line() - 1);
            int lineEnd = lines.lineEnd(p.line() - 1);
            int offset = lines.offset(p.line(), p.column());
            int[] range = tokenAt(spans, offset, lineStart, lineEnd);
            if (range == null) {
                range = trimmed(text, lineStart, lineEnd);
            }
            if (range != null && range[1] > range[0]) {
                marks.add(new Mark(range[0], range[1], p));
            }
        }
        return marks;
    }

    private static int[] tokenAt(List<YamlSpan> spans, int offset, int lineStart, int lineEnd) {
        int i = Collections.binarySearch(spans, new YamlSpan(offset, 0, YamlStyle.SCALAR),
                Comparator.comparingInt(YamlSpan::start));
        int at = i >= 0 ? i : -i - 2; // the last span starting at or before offset
        if (at >= 0 && at < spans.size()) {
            YamlSpan s = spans.get(at);
            if (s.start() <= offset && offset < s.end() && content(s)) {
                return new int[] {s.start(), Math.min(s.end(), lineEnd)};
            }
        }
        for (int j = Math.max(0, at); j < spans.size() && spans.get(j).start() < lineEnd; j++) {
            YamlSpan s = spans.get(j);
            if (s.start() >= offset && content(s)) {
                return new int[] {s.start(), Math.min(s.end(), lineEnd)};
            }
        }
        for (int j = Math.min(at, spans.size() - 1); j >= 0 && spans.get(j).end() > lineStart; j--) {
            YamlSpan s = spans.get(j);
            if (content(s) && s.style() != YamlStyle.COMMENT) {
                return new int[] {Math.max(s.start(), lineStart), Math.min(s.end(), lineEnd)};
            }
        }
        return null;
    }

    private static boolean content(YamlSpan s) {
        return switch (s.style()) {
            case DASH, PUNCTUATION, DOCUMENT, COMMENT -> false;
            default -> true;
        };
    }

    /** The line without its indentation: for a line the tokenizer gave no content token. */
    private static int[] trimmed(CharSequence text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e > s ? new int[] {s, e} : null;
    }
}
