package io.kubetutor.ui.files;

import java.util.ArrayList;
import java.util.List;

/**
 * How the keyboard-shortcut sheet is laid out: its sections, in order and never split, shared
 * among a few columns so the tallest column is as short as it can be (the sheet must fit a
 * 1280×720 screen without scrolling). Plain data, decided without JavaFX.
 */
public final class ShortcutColumns {
    /** One shortcut: the keys as the menu shows them, and what they do. */
    public record Row(String keys, String action) {
    }

    /** A heading (a menu's name) and its shortcuts. */
    public record Section(String title, List<Row> rows) {
        public Section {
            rows = List.copyOf(rows);
        }

        /** Lines it takes: the heading, its rows, and a gap under it. */
        int height() {
            return rows.size() + 2;
        }
    }

    private ShortcutColumns() {
    }

    /** {@code sections} in order, cut into at most {@code columns} runs with the least tall run as tall as possible. */
    public static List<List<Section>> split(List<Section> sections, int columns) {
        int n = sections.size();
        int k = Math.max(1, Math.min(columns, n));
        if (n == 0) {
            return List.of();
        }
        int[] prefix = new int[n + 1];
        for (int i = 0; i < n; i++) {
            prefix[i + 1] = prefix[i] + sections.get(i).height();
        }
        // best[c][i]: the smallest tallest column putting the first i sections into c columns
        int[][] best = new int[k + 1][n + 1];
        int[][] cut = new int[k + 1][n + 1];
        for (int i = 1; i <= n; i++) {
            best[1][i] = prefix[i];
        }
        for (int c = 2; c <= k; c++) {
            for (int i = c; i <= n; i++) {
                best[c][i] = Integer.MAX_VALUE;
                for (int j = c - 1; j < i; j++) {
                    int tallest = Math.max(best[c - 1][j], prefix[i] - prefix[j]);
                    if (tallest < best[c][i]) {
                        best[c][i] = tallest;
                        cut[c][i] = j;
                    }
                }
            }
        }
        List<List<Section>> out = new ArrayList<>();
        int end = n;
        for (int c = k; c >= 1; c--) {
            int start = c == 1 ? 0 : cut[c][end];
            out.add(0, List.copyOf(sections.subList(start, end)));
            end = start;
        }
        return out;
    }
}
