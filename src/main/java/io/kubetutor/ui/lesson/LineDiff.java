package io.kubetutor.ui.lesson;

import java.util.ArrayList;
import java.util.List;

/**
 * What "Show solution" changes in the editor, line by line: the lines kept, removed and added,
 * as a learner reads a diff (a longest common subsequence of lines, so a moved block reads as
 * removed here and added there, never as a jumble). Long runs of unchanged lines can be folded
 * into a gap so the change itself stays on screen.
 */
public final class LineDiff {
    /** Above this many line pairs the middle is shown as all removed then all added, not searched. */
    private static final long MAX_CELLS = 4_000_000L;

    private LineDiff() {
    }

    public enum Kind {
        SAME(" "), REMOVED("−"), ADDED("+"), GAP("⋯");

        private final String symbol;

        Kind(String symbol) {
            this.symbol = symbol;
        }

        /** The mark in front of the line, so the diff reads without colour. */
        public String symbol() {
            return symbol;
        }
    }

    /** One line of the diff; a {@link Kind#GAP} stands for {@code skipped} unchanged lines and has no text. */
    public record Line(Kind kind, String text, int skipped) {
        static Line of(Kind kind, String text) {
            return new Line(kind, text, 0);
        }
    }

    /** The lines of a text; a final newline does not make an extra empty line. */
    static List<String> lines(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String t = text.replace("\r\n", "\n");
        if (t.endsWith("\n")) {
            t = t.substring(0, t.length() - 1);
        }
        return List.of(t.split("\n", -1));
    }

    /** Every line of {@code before} and {@code after}, marked kept, removed or added, in reading order. */
    public static List<Line> between(String before, String after) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        int start = 0;
        while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
            start++;
        }
        int endA = a.size();
        int endB = b.size();
        while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
            endA--;
            endB--;
        }
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < start; i++) {
            out.add(Line.of(Kind.SAME, a.get(i)));
        }
        middle(a.subList(start, endA), b.subList(start, endB), out);
        for (int i = endA; i < a.size(); i++) {
            out.add(Line.of(Kind.SAME, a.get(i)));
        }
        return out;
    }

    private static void middle(List<String> a, List<String> b, List<Line> out) {
        int n = a.size();
        int m = b.size();
        if ((long) n * m > MAX_CELLS) {
            a.forEach(l -> out.add(Line.of(Kind.REMOVED, l)));
            b.forEach(l -> out.add(Line.of(Kind.ADDED, l)));
            return;
        }
        // common[i][j]: the longest common subsequence of a[i..] and b[j..]
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a.get(i).equals(b.get(j))) {
                out.add(Line.of(Kind.SAME, a.get(i)));
                i++;
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                // removals first, then additions: "− old / + new" reads as a replacement
                out.add(Line.of(Kind.REMOVED, a.get(i++)));
            } else {
                out.add(Line.of(Kind.ADDED, b.get(j++)));
            }
        }
        while (i < n) {
            out.add(Line.of(Kind.REMOVED, a.get(i++)));
        }
        while (j < m) {
            out.add(Line.of(Kind.ADDED, b.get(j++)));
        }
    }

    /**
     * The changed lines with {@code context} unchanged lines around each change; longer unchanged
     * runs become one gap line saying how many lines it hides.
     */
    public static List<Line> around(List<Line> diff, int context) {
        List<Line> out = new ArrayList<>();
        if (diff.stream().allMatch(l -> l.kind() == Kind.SAME)) {
            return out; // nothing changed: nothing to show around
        }
        int i = 0;
        while (i < diff.size()) {
            if (diff.get(i).kind() != Kind.SAME) {
                out.add(diff.get(i++));
                continue;
            }
            int end = i;
            while (end < diff.size() && diff.get(end).kind() == Kind.SAME) {
                end++;
            }
            boolean first = i == 0;
            boolean last = end == diff.size();
            int keepBefore = first ? 0 : context; // after the previous change
            int keepAfter = last ? 0 : context;   // before the next change
            int run = end - i;
            if (run <= keepBefore + keepAfter + 1) {
                out.addAll(diff.subList(i, end));
            } else {
                out.addAll(diff.subList(i, i + keepBefore));
                out.add(new Line(Kind.GAP, "", run - keepBefore - keepAfter));
                out.addAll(diff.subList(end - keepAfter, end));
            }
            i = end;
        }
        return out;
    }

    /** How many lines of the diff are of {@code kind}. */
    public static int count(List<Line> diff, Kind kind) {
        return (int) diff.stream().filter(l -> l.kind() == kind).count();
    }
}
