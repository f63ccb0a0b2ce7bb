package io.kubetutor.ui.actions;

import io.kubetutor.manifest.yaml.ReadLimits;
import io.kubetutor.manifest.yaml.YMap;
import io.kubetutor.manifest.yaml.YNode;
import io.kubetutor.manifest.yaml.YSeq;
import io.kubetutor.manifest.yaml.YamlReader;
import io.kubetutor.manifest.yaml.YamlText;
import io.kubetutor.model.SourcePos;
import java.util.ArrayList;
import java.util.List;

/**
 * A YAML text read by the project's reader, with what an edit needs to find its way in the
 * characters: where a node starts (the reader gives 1-based lines and code-point columns), where a
 * written scalar ends, how far a block entry reaches, whether a mapping is written in flow style.
 * The reader gives only where nodes start; where they end is found from the text by YAML's own
 * rules for the few token kinds an edit meets (plain, quoted and block scalars, flow collections,
 * block entries by indentation).
 */
final class YamlSource {
    final String text;
    final YamlText yaml;
    private final List<Integer> lineStarts = new ArrayList<>();

    private YamlSource(String text) {
        this.text = text;
        this.yaml = YamlReader.read("editor.yaml", text, ReadLimits.DEFAULT);
        lineStarts.add(0);
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            lineStarts.add(i + 1);
        }
    }

    static YamlSource of(String text) {
        return new YamlSource(text == null ? "" : text);
    }

    /** The char offset of a reader position (its column counts code points). */
    int offset(SourcePos pos) {
        int line = Math.max(1, Math.min(pos.line(), lineStarts.size()));
        int start = lineStarts.get(line - 1);
        int end = lineEnd(start);
        int i = start;
        for (int col = 1; col < pos.column() && i < end; col++) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i;
    }

    int lineStart(int offset) {
        int nl = text.lastIndexOf('\n', Math.max(0, offset - 1));
        return offset == 0 ? 0 : nl + 1;
    }

    /** The index of the line's '\n', or the text's end. */
    int lineEnd(int offset) {
        int nl = text.indexOf('\n', offset);
        return nl < 0 ? text.length() : nl;
    }

    /** The offset just past the line's '\n' (or the text's end). */
    int nextLine(int offset) {
        int end = lineEnd(offset);
        return end < text.length() ? end + 1 : end;
    }

    /** Spaces at the start of the line starting at {@code lineStart}. */
    int indent(int lineStart) {
        int i = lineStart;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i - lineStart;
    }

    /** Whether only spaces stand between the line's start and {@code offset}. */
    boolean startsLine(int offset) {
        for (int i = lineStart(offset); i < offset; i++) {
            if (text.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    /** Where a node's own text starts: past an anchor ({@code &a}) or tag ({@code !!str}) and the blanks after it. */
    int contentStart(int offset) {
        int i = offset;
        while (i < text.length() && (text.charAt(i) == '&' || text.charAt(i) == '!')) {
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
        }
        return i;
    }

    boolean isFlow(YNode collection) {
        int at = contentStart(offset(collection.pos()));
        return at < text.length() && (text.charAt(at) == '{' || text.charAt(at) == '[');
    }

    /** The end of a scalar token written at {@code start}: past its closing quote, or the end of a plain one. */
    int scalarEnd(int start, boolean flow, int keyIndent) {
        if (start >= text.length()) {
            return start;
        }
        char c = text.charAt(start);
        if (c == '"' || c == '\'') {
            return quotedEnd(start);
        }
        if (c == '|' || c == '>') {
            return contentEnd(start, keyIndent);
        }
        if (flow) {
            int i = start;
            while (i < text.length() && ",]}\n".indexOf(text.charAt(i)) < 0 && !commentAt(i)) {
                i++;
            }
            return trimBack(start, i);
        }
        // a plain scalar in block style may go on over lines indented deeper than its key
        int end = plainLineEnd(start);
        int line = nextLine(start);
        while (line < text.length()) {
            int lineEnd = lineEnd(line);
            int first = line + indent(line);
            boolean blank = first >= lineEnd;
            if (blank || indent(line) <= keyIndent || text.charAt(first) == '#') {
                break;
            }
            end = plainLineEnd(first);
            line = nextLine(line);
        }
        return end;
    }

    private int plainLineEnd(int from) {
        int i = from;
        int end = lineEnd(from);
        while (i < end && !commentAt(i)) {
            i++;
        }
        return trimBack(from, i);
    }

    /** A '#' that starts a comment: at a line's start or after a blank. */
    private boolean commentAt(int i) {
        return text.charAt(i) == '#' && (i == 0 || text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t'
                || text.charAt(i - 1) == '\n');
    }

    private int trimBack(int from, int to) {
        int i = to;
        while (i > from && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t' || text.charAt(i - 1) == '\r')) {
            i--;
        }
        return i;
    }

    private int quotedEnd(int start) {
        char q = text.charAt(start);
        int i = start + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (q == '"' && c == '\\') {
                i += 2;
                continue;
            }
            if (c == q) {
                if (q == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return text.length();
    }

    /** The end of a flow collection or flow scalar starting at {@code start} (brackets matched, quotes skipped). */
    int flowValueEnd(int start) {
        int at = contentStart(start);
        if (at >= text.length()) {
            return at;
        }
        char c = text.charAt(at);
        if (c != '{' && c != '[') {
            return scalarEnd(at, true, 0);
        }
        int depth = 0;
        int i = at;
        while (i < text.length()) {
            char ch = text.charAt(i);
            if (ch == '"' || ch == '\'') {
                i = quotedEnd(i);
                continue;
            }
            if (ch == '{' || ch == '[') {
                depth++;
            } else if (ch == '}' || ch == ']') {
                depth--;
                if (depth == 0) {
                    return i + 1;
                }
            }
            i++;
        }
        return text.length();
    }

    /**
     * The end (past its last '\n') of the lines a block entry's value occupies: the key's line and
     * each following line indented deeper than {@code keyIndent} (a block sequence may also sit at
     * the key's own indentation when {@code value} is one); blank and comment lines in between
     * belong to it, those after its last line do not.
     */
    int blockEntryEnd(int keyOffset, int keyIndent, YNode value) {
        boolean sequenceAtKeyIndent = value instanceof YSeq && !isFlow(value);
        int end = nextLine(keyOffset);
        int line = end;
        while (line < text.length()) {
            int lineEnd = lineEnd(line);
            int first = line + indent(line);
            if (first >= lineEnd || text.charAt(first) == '#') {
                line = nextLine(line); // blank or comment: decided by what follows
                continue;
            }
            int ind = indent(line);
            boolean dash = text.charAt(first) == '-' && (first + 1 >= lineEnd || text.charAt(first + 1) == ' ');
            boolean separator = ind == 0 && (text.startsWith("---", line) || text.startsWith("...", line));
            if (separator || !(ind > keyIndent || (sequenceAtKeyIndent && ind == keyIndent && dash))) {
                break;
            }
            line = nextLine(line);
            end = line;
        }
        return end;
    }

    /** The end of the block scalar's content lines (for a literal or folded scalar at {@code start}). */
    private int contentEnd(int start, int keyIndent) {
        int end = lineEnd(start);
        int line = nextLine(start);
        while (line < text.length()) {
            int lineEnd = lineEnd(line);
            int first = line + indent(line);
            if (first < lineEnd && indent(line) <= keyIndent) {
                break;
            }
            if (first < lineEnd) {
                end = lineEnd;
            }
            line = nextLine(line);
        }
        return end;
    }

    /** The entry of {@code map} whose key is {@code key} (the last one: last wins, as kubectl reads it). */
    static YMap.Entry entry(YMap map, String key) {
        YMap.Entry found = null;
        for (YMap.Entry e : map.entries()) {
            if (e.key() instanceof io.kubetutor.manifest.yaml.YScalar s && s.text().equals(key)) {
                found = e;
            }
        }
        return found;
    }
}
