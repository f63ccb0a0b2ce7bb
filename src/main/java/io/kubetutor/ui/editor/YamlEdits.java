package io.kubetutor.ui.editor;

/**
 * The YAML-aware editing keys as plain text transformations: what Enter, Tab, Shift+Tab and
 * Ctrl+/ do to the text and where the selection ends up. YAML forbids tabs in indentation and
 * nests by two spaces in every Kubernetes example, so the editor only ever indents by two spaces.
 */
public final class YamlEdits {
    public static final String INDENT = "  ";

    /** The change and the selection after it (anchor, caret as offsets in the new text). */
    public record Edit(Replacement replacement, int anchor, int caret) {
    }

    private YamlEdits() {
    }

    /**
     * What Enter inserts at {@code caret}: a newline and the indentation the next line most
     * likely needs: the current line's, two more after a key that opens a block ({@code spec:},
     * {@code command: |}), and aligned with the entry's content after a list dash ({@code - name: web}).
     */
    public static String newline(CharSequence text, int caretOffset) {
        int caret = Math.max(0, Math.min(caretOffset, text.length()));
        int start = lineStart(text, caret);
        int indent = start;
        while (indent < caret && text.charAt(indent) == ' ') {
            indent++;
        }
        int width = indent - start;
        String before = withoutComment(text.subSequence(indent, caret).toString()).stripTrailing();
        if (before.equals("-") || before.startsWith("- ")) {
            width += 2;
        }
        if (before.endsWith(":") || opensBlockScalar(before)) {
            width += 2;
        }
        return "\n" + " ".repeat(width);
    }

    /** Ctrl+/: comments out the selected lines ({@code # } at their common indentation), or back in. */
    public static Edit toggleComment(CharSequence text, int anchor, int caret) {
        Lines lines = Lines.of(text, anchor, caret);
        boolean allCommented = true;
        int minIndent = Integer.MAX_VALUE;
        for (int l = lines.first; l <= lines.last; l++) {
            String line = lines.line(l);
            String body = line.stripLeading();
            if (body.isEmpty()) {
                continue;
            }
            minIndent = Math.min(minIndent, line.length() - body.length());
            allCommented &= body.startsWith("#");
        }
        if (minIndent == Integer.MAX_VALUE) {
            return null; // only blank lines: nothing to comment
        }
        StringBuilder out = new StringBuilder();
        PositionMap map = new PositionMap(lines.blockStart);
        for (int l = lines.first; l <= lines.last; l++) {
            String line = lines.line(l);
            String body = line.stripLeading();
            int indent = line.length() - body.length();
            if (l > lines.first) {
                out.append('\n');
            }
            if (body.isEmpty()) {
                out.append(line);
                map.line(line.length(), 0, 0);
            } else if (allCommented) {
                int remove = body.startsWith("# ") ? 2 : 1;
                out.append(line, 0, indent).append(body.substring(remove));
                map.line(line.length(), indent, -remove);
            } else {
                out.append(line, 0, minIndent).append("# ").append(line.substring(minIndent));
                map.line(line.length(), minIndent, 2);
            }
        }
        return lines.edit(out.toString(), map, anchor, caret);
    }

    /** Tab with several lines selected: two more spaces in front of each. */
    public static Edit indent(CharSequence text, int anchor, int caret) {
        Lines lines = Lines.of(text, anchor, caret);
        StringBuilder out = new StringBuilder();
        PositionMap map = new PositionMap(lines.blockStart);
        for (int l = lines.first; l <= lines.last; l++) {
            String line = lines.line(l);
            if (l > lines.first) {
                out.append('\n');
            }
            boolean blank = line.isBlank();
            out.append(blank ? line : INDENT + line);
            map.line(line.length(), 0, blank ? 0 : INDENT.length());
        }
        return lines.edit(out.toString(), map, anchor, caret);
    }

    /** Shift+Tab: up to two spaces fewer in front of each selected line (or the caret's line). */
    public static Edit outdent(CharSequence text, int anchor, int caret) {
        Lines lines = Lines.of(text, anchor, caret);
        StringBuilder out = new StringBuilder();
        PositionMap map = new PositionMap(lines.blockStart);
        for (int l = lines.first; l <= lines.last; l++) {
            String line = lines.line(l);
            int remove = 0;
            while (remove < INDENT.length() && remove < line.length() && line.charAt(remove) == ' ') {
                remove++;
            }
            if (l > lines.first) {
                out.append('\n');
            }
            out.append(line.substring(remove));
            map.line(line.length(), 0, -remove);
        }
        return lines.edit(out.toString(), map, anchor, caret);
    }

    /** True when the selection covers more than one line: then Tab indents instead of typing. */
    public static boolean spansLines(CharSequence text, int anchor, int caret) {
        int from = Math.min(anchor, caret);
        int to = Math.max(anchor, caret);
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }

    private static boolean opensBlockScalar(String before) {
        int i = before.length() - 1;
        while (i >= 0 && (before.charAt(i) == '-' || before.charAt(i) == '+' || Character.isDigit(before.charAt(i)))) {
            i--;
        }
        return i >= 1 && (before.charAt(i) == '|' || before.charAt(i) == '>') && before.charAt(i - 1) == ' ';
    }

    /** The line without a trailing {@code # comment} (a '#' after a blank, outside quotes). */
    private static String withoutComment(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '#' && (i == 0 || line.charAt(i - 1) == ' ')) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    static int lineStart(CharSequence text, int offset) {
        int i = Math.min(offset, text.length());
        while (i > 0 && text.charAt(i - 1) != '\n') {
            i--;
        }
        return i;
    }

    static int lineEnd(CharSequence text, int offset) {
        int i = offset;
        while (i < text.length() && text.charAt(i) != '\n') {
            i++;
        }
        return i;
    }

    /** The whole lines a selection touches (a selection ending at a line's start leaves that line out). */
    private record Lines(CharSequence text, int blockStart, int blockEnd, int first, int last, String[] texts) {
        static Lines of(CharSequence text, int anchor, int caret) {
            int from = Math.max(0, Math.min(Math.min(anchor, caret), text.length()));
            int to = Math.max(0, Math.min(Math.max(anchor, caret), text.length()));
            if (to > from && lineStart(text, to) == to) {
                to--; // the selection stops at the start of a line: that line is not selected
            }
            int start = lineStart(text, from);
            int end = lineEnd(text, to);
            String[] texts = text.subSequence(start, end).toString().split("\n", -1);
            return new Lines(text, start, end, 0, texts.length - 1, texts);
        }

        String line(int l) {
            return texts[l];
        }

        Edit edit(String replacement, PositionMap map, int anchor, int caret) {
            return new Edit(new Replacement(blockStart, blockEnd, replacement), map.map(anchor), map.map(caret));
        }
    }

    /** Maps an offset of the old block to the new one, line by line (each line shifted at one column). */
    private static final class PositionMap {
        private final int blockStart;
        private final java.util.List<int[]> lines = new java.util.ArrayList<>(); // {oldStart, oldLength, column, delta}
        private int oldCursor;

        PositionMap(int blockStart) {
            this.blockStart = blockStart;
            this.oldCursor = blockStart;
        }

        void line(int oldLength, int column, int delta) {
            lines.add(new int[] {oldCursor, oldLength, column, delta});
            oldCursor += oldLength + 1;
        }

        int map(int offset) {
            if (offset < blockStart) {
                return offset;
            }
            int shift = 0;
            for (int[] l : lines) {
                int lineStart = l[0];
                if (offset <= lineStart + l[1]) {
                    int col = offset - lineStart;
                    if (col >= l[2]) {
                        col = Math.max(l[2], col + l[3]);
                    }
                    return lineStart + shift + col;
                }
                shift += l[3];
            }
            return offset + shift;
        }
    }
}
