package io.kubetutor.ui.editor;

import io.kubetutor.ui.editor.StyleRuns.Run;
import java.util.ArrayList;
import java.util.List;

/**
 * The smallest stretch of the text whose styles must be set to turn the area's current styles
 * ({@code before}, with {@code dirty} edited since) into {@code after}. Setting styles on a
 * 100,000-line text costs the FX thread far more than computing them; after a keystroke only a
 * few runs around it differ, so only those are set.
 */
public record StyleWindow(int from, List<Run> runs) {

    /** Null when nothing needs to change. */
    public static StyleWindow between(List<Run> before, List<Run> after, DirtyRange dirty) {
        int common = Math.min(before.size(), after.size());
        int prefixRuns = 0;
        int prefixChars = 0;
        while (prefixRuns < common && before.get(prefixRuns).equals(after.get(prefixRuns))) {
            prefixChars += after.get(prefixRuns).length();
            prefixRuns++;
        }
        int suffixRuns = 0;
        int suffixChars = 0;
        while (suffixRuns < common - prefixRuns
                && before.get(before.size() - 1 - suffixRuns).equals(after.get(after.size() - 1 - suffixRuns))) {
            suffixChars += after.get(after.size() - 1 - suffixRuns).length();
            suffixRuns++;
        }
        int total = 0;
        for (Run r : after) {
            total += r.length();
        }
        int from = prefixChars;
        int to = total - suffixChars;
        if (!dirty.isEmpty()) {
            int dirtyFrom = Math.max(0, dirty.from());
            int dirtyTo = Math.min(total, dirty.to());
            boolean stylesDiffer = to > from;
            from = stylesDiffer ? Math.min(from, dirtyFrom) : dirtyFrom;
            to = stylesDiffer ? Math.max(to, dirtyTo) : dirtyTo;
        }
        if (to <= from) {
            return null;
        }
        return new StyleWindow(from, clip(after, from, to));
    }

    private static List<Run> clip(List<Run> runs, int from, int to) {
        List<Run> out = new ArrayList<>();
        int pos = 0;
        for (Run r : runs) {
            int start = pos;
            int end = pos + r.length();
            pos = end;
            if (end <= from) {
                continue;
            }
            if (start >= to) {
                break;
            }
            out.add(new Run(Math.min(end, to) - Math.max(start, from), r.classes()));
        }
        return out;
    }

    public int length() {
        int n = 0;
        for (Run r : runs) {
            n += r.length();
        }
        return n;
    }
}
