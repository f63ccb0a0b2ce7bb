package io.kubetutor.kubectl.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What kubectl does with the Table the API server returns (cli-runtime printers/tableprinter.go):
 * columns of priority 0 always, priority 1 only with {@code -o wide}; headers upper-cased; a
 * NAMESPACE column in front with {@code -A}; cells cut at a line break and marked "..."; terminal
 * escapes neutralised; aligned by a tabwriter of minwidth 6 and padding 3. With no rows nothing is
 * printed at all (kubectl then says "No resources found" on stderr, which is the caller's part).
 */
final class TableText {
    private static final int MIN_WIDTH = 6;
    private static final int PADDING = 3;

    /** A column as the server defines it: its name and whether it is shown only with -o wide. */
    record Column(String name, boolean wideOnly) {
        static Column always(String name) {
            return new Column(name, false);
        }

        static Column wide(String name) {
            return new Column(name, true);
        }
    }

    /** One object's row: its namespace (for -A), one cell per column, and its labels (for -L, --show-labels). */
    record Row(String namespace, List<String> cells, Map<String, String> labels) {
        Row(String namespace, List<String> cells) {
            this(namespace, cells, Map.of());
        }
    }

    private TableText() {
    }

    static String render(List<Column> columns, List<Row> rows, boolean wide, boolean allNamespaces) {
        return render(columns, rows, TableLayout.of(wide, allNamespaces));
    }

    static String render(List<Column> columns, List<Row> rows, TableLayout layout) {
        if (rows.isEmpty()) {
            return "";
        }
        boolean wide = layout.wide();
        GoTabWriter out = new GoTabWriter(MIN_WIDTH, PADDING);
        List<String> header = new ArrayList<>();
        if (layout.allNamespaces()) {
            header.add("NAMESPACE");
        }
        for (Column c : columns) {
            if (wide || !c.wideOnly()) {
                header.add(c.name().toUpperCase(Locale.ROOT));
            }
        }
        for (String key : layout.labelColumns()) {
            // formatLabelHeaders: the key's last path segment, upper-cased
            header.add(key.substring(key.lastIndexOf('/') + 1).toUpperCase(Locale.ROOT));
        }
        if (layout.showLabels()) {
            header.add("LABELS");
        }
        out.write(String.join("\t", header) + "\n");
        for (Row row : rows) {
            List<String> cells = new ArrayList<>();
            if (layout.allNamespaces()) {
                cells.add(printable(row.namespace()));
            }
            for (int i = 0; i < columns.size() && i < row.cells().size(); i++) {
                if (wide || !columns.get(i).wideOnly()) {
                    String cell = row.cells().get(i);
                    // The name column is the first; decorateTable writes kind/name in it.
                    cells.add(printable(i == 0 && !layout.kindPrefix().isEmpty() ? layout.kindPrefix() + "/" + cell
                            : cell));
                }
            }
            for (String key : layout.labelColumns()) {
                // appendLabelCells: a missing label is an empty cell, not <none>
                cells.add(printable(row.labels().getOrDefault(key, "")));
            }
            if (layout.showLabels()) {
                cells.add(printable(LabelText.format(row.labels())));
            }
            out.write(String.join("\t", cells) + "\n");
        }
        return out.text();
    }

    /** A string cell as printTable writes it: up to the first line break (then "..."), escaped. */
    private static String printable(String cell) {
        int cut = -1;
        for (int i = 0; i < cell.length(); i++) {
            char ch = cell.charAt(i);
            if (ch == '\f' || ch == '\n' || ch == '\r') {
                cut = i;
                break;
            }
        }
        String shown = escape(cut >= 0 ? cell.substring(0, cut) : cell);
        return cut >= 0 ? shown + "..." : shown;
    }

    /** cli-runtime's WriteEscaped: ESC and carriage return cannot reach the terminal raw. */
    static String escape(String s) {
        return s.replace("\u001b", "^[").replace("\r", "\\r");
    }
}
