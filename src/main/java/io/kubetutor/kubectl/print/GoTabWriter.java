package io.kubetutor.kubectl.print;

import java.util.ArrayList;
import java.util.List;

/**
 * Go's {@code text/tabwriter} with a space pad character and no flags, which is how both kubectl's
 * table printer (minwidth 6, padding 3) and its describers (minwidth 0, padding 2) align text.
 *
 * <p>The semantics that make kubectl's output look the way it does, kept exactly:
 * <ul>
 * <li>a cell is text terminated by a tab; the text after a line's last tab is not a cell of any
 * column and is never padded (so the last column of a table has no trailing spaces);</li>
 * <li>a column block is a run of consecutive lines that all have a tab-terminated cell in that
 * column; a line with fewer cells ends the block, so a line without tabs ("Containers:") starts
 * the alignment afresh;</li>
 * <li>a column's width is the widest cell of its block (in runes) plus the padding, at least
 * minwidth; empty cells are padded too, which is how multi-line label values line up.</li>
 * </ul>
 */
final class GoTabWriter {
    private final int minwidth;
    private final int padding;
    private final StringBuilder output = new StringBuilder();
    private final List<Integer> widths = new ArrayList<>();
    private List<List<String>> lines = new ArrayList<>();
    private StringBuilder cell = new StringBuilder();

    GoTabWriter(int minwidth, int padding) {
        this.minwidth = minwidth;
        this.padding = padding;
        lines.add(new ArrayList<>());
    }

    void write(String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\t' || ch == '\n') {
                int cells = terminateCell();
                if (ch == '\n') {
                    lines.add(new ArrayList<>());
                    // As Go does: a one-cell line cannot affect later alignment, so flush here.
                    if (cells == 1) {
                        flush();
                    }
                }
            } else {
                cell.append(ch);
            }
        }
    }

    /** Formats and emits everything buffered; later text is aligned on its own. */
    void flush() {
        if (cell.length() > 0) {
            terminateCell();
        }
        format(0, lines.size());
        lines = new ArrayList<>();
        lines.add(new ArrayList<>());
    }

    /** All text written so far, flushed. */
    String text() {
        flush();
        return output.toString();
    }

    private int terminateCell() {
        List<String> line = lines.get(lines.size() - 1);
        line.add(cell.toString());
        cell = new StringBuilder();
        return line.size();
    }

    private void format(int line0, int line1) {
        int column = widths.size();
        for (int at = line0; at < line1; at++) {
            if (column >= lines.get(at).size() - 1) {
                continue;
            }
            // This line has a cell in this column: it begins a block.
            writeLines(line0, at);
            line0 = at;
            int width = minwidth;
            for (; at < line1; at++) {
                List<String> line = lines.get(at);
                if (column >= line.size() - 1) {
                    break;
                }
                width = Math.max(width, runes(line.get(column)) + padding);
            }
            widths.add(width);
            format(line0, at);
            widths.remove(widths.size() - 1);
            line0 = at;
        }
        writeLines(line0, line1);
    }

    private void writeLines(int line0, int line1) {
        for (int i = line0; i < line1; i++) {
            List<String> line = lines.get(i);
            for (int j = 0; j < line.size(); j++) {
                String text = line.get(j);
                output.append(text);
                if (j < widths.size()) {
                    output.append(" ".repeat(widths.get(j) - runes(text)));
                }
            }
            if (i + 1 < lines.size()) {
                output.append('\n');
            }
        }
    }

    private static int runes(String s) {
        return s.codePointCount(0, s.length());
    }
}
