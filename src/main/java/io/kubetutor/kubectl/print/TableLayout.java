package io.kubetutor.kubectl.print;

import java.util.List;

/**
 * How kubectl decorates the server's table before printing it (cli-runtime's decorateTable):
 * {@code wide} shows the priority-1 columns; {@code allNamespaces} (-A) adds NAMESPACE in front;
 * {@code kindPrefix} ("service", "deployment.apps"; "" for none) is written before each name as
 * {@code service/web} when one get lists several kinds; {@code labelColumns} (-L) adds a column per
 * label key after the server's columns; {@code showLabels} (--show-labels) adds LABELS last.
 */
public record TableLayout(boolean wide, boolean allNamespaces, String kindPrefix, List<String> labelColumns,
                          boolean showLabels) {
    public TableLayout {
        kindPrefix = kindPrefix == null ? "" : kindPrefix;
        labelColumns = List.copyOf(labelColumns);
    }

    /** A table without kind or label decorations. */
    public static TableLayout of(boolean wide, boolean allNamespaces) {
        return new TableLayout(wide, allNamespaces, "", List.of(), false);
    }
}
