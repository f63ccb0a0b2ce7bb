package io.kubetutor.manifest.yaml;

import io.kubetutor.model.SourcePos;
import java.util.Arrays;

/**
 * Turns offsets in a text into the positions an editor shows: lines are split at {@code \n} only
 * (a {@code \r\n} pair ends one line), columns count Unicode code points, both 1-based.
 */
final class TextPositions {
    private final String text;
    private final int[] lineStarts;

    TextPositions(String text) {
        this.text = text;
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
            }
            starts[n++] = i + 1;
        }
        this.lineStarts = Arrays.copyOf(starts, n);
    }

    /** The position of the character at {@code offset} (the end of the text is a valid offset). */
    SourcePos at(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int line = Arrays.binarySearch(lineStarts, clamped);
        if (line < 0) {
            line = -line - 2;
        }
        int start = lineStarts[line];
        return new SourcePos(line + 1, text.codePointCount(start, clamped) + 1);
    }
}
