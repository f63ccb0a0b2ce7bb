package io.kubetutor.ui.editor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where the caret is in the YAML tree, read from indentation alone (the text being typed is
 * rarely valid YAML, so no parser would help): the keys above it ({@code spec}, {@code ports[]}
 * for "inside an entry of the ports list"), the document's {@code kind}, whether the caret
 * types a key or the value of {@code key: }, the word typed so far, and the keys its map
 * already has. Block style only, as Kubernetes manifests are written.
 */
public record CaretPath(String kind, List<String> path, String valueOf, String prefix, int prefixStart,
        int keyColumn, Set<String> siblings) {

    /** True when the caret types the value of {@link #valueOf}, not a key. */
    public boolean inValue() {
        return valueOf != null;
    }

    public static CaretPath at(CharSequence text, int caret) {
        int c = Math.max(0, Math.min(caret, text.length()));
        int lineStart = YamlEdits.lineStart(text, c);
        Line here = Line.parse(text.subSequence(lineStart, c).toString());
        List<String> path = new ArrayList<>();
        Set<String> siblings = new LinkedHashSet<>();

        String before = here.rest;
        String valueOf = null;
        String prefix;
        int colon = keyColon(before);
        if (colon >= 0) {
            valueOf = unquote(before.substring(0, colon).trim());
            prefix = before.substring(colon + 1).stripLeading();
        } else {
            prefix = before;
        }
        if (!wordLike(prefix)) {
            prefix = "";
        }
        int prefixStart = c - prefix.length();

        // Walk up: first the caret line's own list entry, then the parents.
        int col = here.keyColumn;
        boolean seeking = here.dashColumn >= 0;
        int seqColumn = here.dashColumn;
        boolean sameMap = true;
        int docStart = lineStart;
        int end = lineStart;
        while (end > 0) {
            int start = YamlEdits.lineStart(text, end - 1);
            Line line = Line.parse(text.subSequence(start, end - 1).toString());
            end = start;
            if (line.documentMarker) {
                docStart = end;
                break;
            }
            docStart = start;
            if (line.blank) {
                continue;
            }
            if (seeking) {
                if (line.dashColumn == seqColumn || line.keyColumn > seqColumn || line.key == null) {
                    if (sameMap && line.dashColumn == seqColumn && line.key != null) {
                        sameMap = false; // a sibling entry: its keys are not this entry's
                    }
                    continue;
                }
                path.add(line.key + "[]");
                col = line.keyColumn;
                seeking = line.dashColumn >= 0;
                seqColumn = line.dashColumn;
                continue;
            }
            if (line.key != null && line.keyColumn == col) {
                if (sameMap) {
                    siblings.add(line.key);
                }
                if (line.dashColumn >= 0) {
                    seeking = true; // the first key of the list entry this map is
                    seqColumn = line.dashColumn;
                    sameMap = false;
                }
                continue;
            }
            if (line.keyColumn < col && line.key != null) {
                path.add(line.key);
                col = line.keyColumn;
                sameMap = false;
                seeking = line.dashColumn >= 0;
                seqColumn = line.dashColumn;
            } else if (line.keyColumn < col && line.dashColumn >= 0 && line.key == null) {
                seeking = true;
                seqColumn = line.dashColumn;
                sameMap = false;
            }
        }
        Collections.reverse(path);
        siblingsBelow(text, c, here.keyColumn, siblings);
        return new CaretPath(kindOf(text, docStart), path, valueOf, prefix, prefixStart, here.keyColumn, siblings);
    }

    /** Keys at the caret's column further down in the same map (a dash or a shallower line ends it). */
    private static void siblingsBelow(CharSequence text, int caret, int col, Set<String> siblings) {
        int start = YamlEdits.lineEnd(text, caret) + 1;
        while (start < text.length()) {
            int end = YamlEdits.lineEnd(text, start);
            Line line = Line.parse(text.subSequence(start, end).toString());
            start = end + 1;
            if (line.documentMarker) {
                return;
            }
            if (line.blank || line.keyColumn > col) {
                continue;
            }
            if (line.keyColumn < col || line.dashColumn >= 0 || line.key == null) {
                return;
            }
            siblings.add(line.key);
        }
    }

    /** The value of a top-level {@code kind:} in the document starting at {@code docStart}. */
    private static String kindOf(CharSequence text, int docStart) {
        int start = docStart;
        while (start < text.length()) {
            int end = YamlEdits.lineEnd(text, start);
            Line line = Line.parse(text.subSequence(start, end).toString());
            if (line.documentMarker && start > docStart) {
                return "";
            }
            if ("kind".equals(line.key) && line.keyColumn == 0 && line.dashColumn < 0) {
                String value = line.rest.substring(keyColon(line.rest) + 1).trim();
                int comment = value.indexOf(" #");
                return unquote(comment >= 0 ? value.substring(0, comment).trim() : value);
            }
            start = end + 1;
        }
        return "";
    }

    /** The index of the ':' ending a key at the start of {@code s}, or -1. */
    static int keyColon(String s) {
        if (s.startsWith("\"") || s.startsWith("'")) {
            int close = s.indexOf(s.charAt(0), 1);
            if (close > 0 && close + 1 < s.length() && s.charAt(close + 1) == ':'
                    && (close + 2 == s.length() || s.charAt(close + 2) == ' ')) {
                return close + 1;
            }
            return -1;
        }
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == ':' && (i + 1 == s.length() || s.charAt(i + 1) == ' ')) {
                return i;
            }
            if (ch == ' ' || ch == '#' || ch == '{' || ch == '[') {
                return -1;
            }
        }
        return -1;
    }

    private static boolean wordLike(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (!(Character.isLetterOrDigit(ch) || ch == '-' || ch == '_' || ch == '.' || ch == '/')) {
                return false;
            }
        }
        return true;
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && (s.charAt(0) == '"' || s.charAt(0) == '\'') && s.charAt(s.length() - 1) == s.charAt(0)) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }

    /** One line as the path walk sees it: where its dash and its key start, and the key. */
    private record Line(boolean blank, boolean documentMarker, int dashColumn, int keyColumn, String key, String rest) {
        static Line parse(String s) {
            if (s.startsWith("---") || s.startsWith("...")) {
                return new Line(true, true, -1, 0, null, "");
            }
            int i = 0;
            while (i < s.length() && s.charAt(i) == ' ') {
                i++;
            }
            if (i == s.length() || s.charAt(i) == '#') {
                return new Line(true, false, -1, i, null, "");
            }
            int dash = -1;
            if (s.charAt(i) == '-' && (i + 1 == s.length() || s.charAt(i + 1) == ' ')) {
                dash = i;
                i++;
                while (i < s.length() && s.charAt(i) == ' ') {
                    i++;
                }
                if (i == s.length() && dash >= 0) {
                    i = dash + 2; // a bare "- ": the entry's first key will start two columns in
                    return new Line(false, false, dash, i, null, "");
                }
            }
            String rest = s.substring(i);
            int colon = keyColon(rest);
            String key = colon > 0 ? unquote(rest.substring(0, colon).trim()) : null;
            return new Line(false, false, dash, i, key, rest);
        }
    }
}
