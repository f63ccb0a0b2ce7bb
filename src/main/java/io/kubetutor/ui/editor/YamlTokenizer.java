package io.kubetutor.ui.editor;

import io.kubetutor.manifest.yaml.ScalarResolver;
import io.kubetutor.manifest.yaml.YScalar;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits YAML text into coloured spans, line by line in one pass. It is a highlighter, not a
 * parser: it never fails (any text, binary included, gets some colouring), it looks at each
 * character a bounded number of times (linear time on 100,000 lines or 10,000 nested brackets),
 * and where YAML is ambiguous without a full parse it picks what reads right in a manifest.
 * Plain scalars are typed the way Kubernetes will read them (YAML 1.1, so {@code yes} is a
 * boolean), so the colour already tells a learner that {@code "80"} and {@code 80} differ.
 * Spans come out sorted and never overlap; text between them has no style.
 */
public final class YamlTokenizer {
    /** Longer plain scalars are not worth resolving as numbers (and big-number parsing is not linear). */
    private static final int MAX_RESOLVED_LENGTH = 64;

    private final CharSequence text;
    private final int length;
    private final List<YamlSpan> spans = new ArrayList<>();
    /** While inside a block scalar: the indentation its content must exceed; -1 otherwise. */
    private int blockParentIndent = -1;
    /** The quote character of a quoted scalar still open at the end of the previous line; 0 if none. */
    private char openQuote;
    /** How many flow collections ({@code [ {}) are open: inside them , ] } and : end plain scalars. */
    private int flowDepth;

    private YamlTokenizer(CharSequence text) {
        this.text = text;
        this.length = text.length();
    }

    /** The spans of {@code text}, sorted by start. */
    public static List<YamlSpan> tokenize(CharSequence text) {
        if (text == null || text.length() == 0) {
            return List.of();
        }
        YamlTokenizer t = new YamlTokenizer(text);
        t.run();
        return t.spans;
    }

    private void run() {
        int lineStart = 0;
        while (lineStart <= length) {
            int lineEnd = lineStart;
            while (lineEnd < length && text.charAt(lineEnd) != '\n') {
                lineEnd++;
            }
            line(lineStart, lineEnd);
            if (lineEnd >= length) {
                return;
            }
            lineStart = lineEnd + 1;
        }
    }

    private void line(int start, int end) {
        int indent = start;
        while (indent < end && text.charAt(indent) == ' ') {
            indent++;
        }
        int contentEnd = trimEnd(start, end);
        if (blockParentIndent >= 0) {
            if (indent >= contentEnd) {
                return; // blank lines belong to the block scalar
            }
            if (indent - start > blockParentIndent && !documentMarkerAt(start, end)) {
                add(indent, contentEnd - indent, YamlStyle.STRING);
                return;
            }
            blockParentIndent = -1;
        }
        int p = start;
        if (openQuote != 0) {
            int from = skipBlanks(start, end);
            int close = quotedEnd(from, end, openQuote);
            if (close < 0) {
                add(from, contentEnd - from, YamlStyle.STRING);
                return;
            }
            add(from, close - from, YamlStyle.STRING);
            openQuote = 0;
            p = close;
        } else if (documentMarkerAt(start, end)) {
            add(start, 3, YamlStyle.DOCUMENT);
            flowDepth = 0;
            p = start + 3;
        } else if (start < end && text.charAt(start) == '%') {
            add(start, contentEnd - start, YamlStyle.DIRECTIVE);
            return;
        }
        scan(p, end, start, indent - start);
    }

    /** Colours the rest of one line from {@code p}; {@code lineIndent} is the line's own indentation. */
    private void scan(int p, int end, int lineStart, int lineIndent) {
        while (p < end) {
            char c = text.charAt(p);
            if (blank(c)) {
                p++;
            } else if (c == '#' && (p == lineStart || blank(text.charAt(p - 1)))) {
                add(p, trimEnd(p, end) - p, YamlStyle.COMMENT);
                return;
            } else if ((c == '-' || c == '?') && separated(p + 1, end)) {
                add(p, 1, c == '-' ? YamlStyle.DASH : YamlStyle.PUNCTUATION);
                p++;
            } else if (c == ':' && (separated(p + 1, end) || flowDepth > 0)) {
                add(p, 1, YamlStyle.PUNCTUATION);
                p++;
            } else if (c == '&' || c == '*') {
                int e = nameEnd(p + 1, end);
                add(p, e - p, c == '&' ? YamlStyle.ANCHOR : YamlStyle.ALIAS);
                p = e;
            } else if (c == '!') {
                int e = nameEnd(p + 1, end);
                add(p, e - p, YamlStyle.TAG);
                p = e;
            } else if (c == '"' || c == '\'') {
                p = quoted(p, end, c);
            } else if (c == '[' || c == '{') {
                flowDepth++;
                add(p++, 1, YamlStyle.PUNCTUATION);
            } else if (c == ']' || c == '}') {
                flowDepth = Math.max(0, flowDepth - 1);
                add(p++, 1, YamlStyle.PUNCTUATION);
            } else if (c == ',' && flowDepth > 0) {
                add(p++, 1, YamlStyle.PUNCTUATION);
            } else if ((c == '|' || c == '>') && flowDepth == 0) {
                int e = p + 1;
                while (e < end && !blank(text.charAt(e))) {
                    e++;
                }
                add(p, e - p, YamlStyle.PUNCTUATION);
                blockParentIndent = lineIndent;
                p = e;
            } else {
                p = plain(p, end);
            }
        }
    }

    /** A quoted scalar from its opening quote; a key when a ':' follows it. Returns where it ends. */
    private int quoted(int open, int end, char quote) {
        int close = quotedEnd(open + 1, end, quote);
        if (close < 0) {
            openQuote = quote;
            add(open, trimEnd(open, end) - open, YamlStyle.STRING);
            return end;
        }
        int after = skipBlanks(close, end);
        boolean key = after < end && text.charAt(after) == ':' && (separated(after + 1, end) || flowDepth > 0);
        add(open, close - open, key ? YamlStyle.KEY : YamlStyle.STRING);
        return close;
    }

    /** Just past the closing quote searched from {@code from}, or -1 when the line ends first. */
    private int quotedEnd(int from, int end, char quote) {
        int i = from;
        while (i < end) {
            char c = text.charAt(i);
            if (quote == '"' && c == '\\') {
                i += 2;
            } else if (c == quote) {
                if (quote == '\'' && i + 1 < end && text.charAt(i + 1) == '\'') {
                    i += 2; // '' is an escaped quote inside single quotes
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return -1;
    }

    /** A plain scalar or key from {@code p}. Returns where it ends (at the ':' of a key). */
    private int plain(int p, int end) {
        int e = p;
        int last = p;
        while (e < end) {
            char c = text.charAt(e);
            if (c == ':' && (separated(e + 1, end) || (flowDepth > 0 && flowIndicator(e + 1, end)))) {
                break;
            }
            if (c == '#' && e > p && blank(text.charAt(e - 1))) {
                break;
            }
            if (flowDepth > 0 && (c == ',' || c == '[' || c == ']' || c == '{' || c == '}')) {
                break;
            }
            e++;
            if (!blank(c)) {
                last = e;
            }
        }
        if (e == p) {
            // A lone ':' or flow character that no rule above took: colour it and move on.
            add(p, 1, YamlStyle.PUNCTUATION);
            return p + 1;
        }
        boolean key = e < end && text.charAt(e) == ':';
        add(p, last - p, key ? YamlStyle.KEY : kindOf(p, last));
        return e;
    }

    private YamlStyle kindOf(int start, int end) {
        if (end - start > MAX_RESOLVED_LENGTH) {
            return YamlStyle.SCALAR;
        }
        try {
            YScalar.Tag tag = ScalarResolver.resolvePlain(text.subSequence(start, end).toString());
            return switch (tag) {
                case INT, FLOAT -> YamlStyle.NUMBER;
                case BOOL, NULL -> YamlStyle.CONSTANT;
                default -> YamlStyle.SCALAR;
            };
        } catch (RuntimeException e) {
            return YamlStyle.SCALAR; // colouring must never fail, whatever the resolver thinks of the text
        }
    }

    private boolean documentMarkerAt(int start, int end) {
        if (end - start < 3) {
            return false;
        }
        char c = text.charAt(start);
        return (c == '-' || c == '.') && text.charAt(start + 1) == c && text.charAt(start + 2) == c
                && separated(start + 3, end);
    }

    /** End of an anchor, alias or tag name: the next blank, or a flow indicator inside a flow. */
    private int nameEnd(int from, int end) {
        int e = from;
        while (e < end && !blank(text.charAt(e)) && !(flowDepth > 0 && flowIndicator(e, end))) {
            e++;
        }
        return e;
    }

    private boolean flowIndicator(int i, int end) {
        if (i >= end) {
            return true;
        }
        char c = text.charAt(i);
        return c == ',' || c == '[' || c == ']' || c == '{' || c == '}' || blank(c);
    }

    /** True when {@code i} is the end of the line or a blank: what makes '-', '?' and ':' indicators. */
    private boolean separated(int i, int end) {
        return i >= end || blank(text.charAt(i));
    }

    private int skipBlanks(int i, int end) {
        while (i < end && blank(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private int trimEnd(int start, int end) {
        int e = end;
        while (e > start && blank(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    private static boolean blank(char c) {
        return c == ' ' || c == '\t' || c == '\r';
    }

    private void add(int start, int len, YamlStyle style) {
        if (len > 0) {
            spans.add(new YamlSpan(start, len, style));
        }
    }
}
