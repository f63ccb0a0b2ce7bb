package io.kubetutor.manifest.yaml;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into documents exactly as kubectl's reader does (apimachinery
 * util/yaml/decoder.go, {@code YAMLReader.Read}), so that each document's text, and so the line
 * numbers go-yaml prints for it, are the ones kubectl would see:
 * <ul>
 *   <li>a line that starts with {@code ---} ends the document before it; the separator line itself
 *       belongs to no document;</li>
 *   <li>only spaces and a comment may follow {@code ---}; anything else is refused with
 *       {@code invalid Yaml document separator: REST}, and the lines buffered before it are lost
 *       with it (so that error belongs to the document the separator closes);</li>
 *   <li>a document is produced only when at least one line was buffered (a leading {@code ---},
 *       or two separators in a row, make none); a document of blank or comment lines is produced
 *       and is empty.</li>
 * </ul>
 * go-yaml then reads one YAML document per chunk and ignores everything after an explicit end
 * marker ({@code ...} at column 0), so {@link Chunk#parseEnd} stops after that line.
 */
final class DocumentSplitter {
    private DocumentSplitter() {
    }

    /**
     * One document's text: {@code [start, end)} in the whole text; go-yaml reads {@code [start, parseEnd)}.
     * When the separator after it was invalid, {@code separatorError} holds kubectl's message and
     * {@code separatorErrorOffset} where the offending text starts.
     */
    record Chunk(int start, int end, int parseEnd, String separatorError, int separatorErrorOffset) {
    }

    static List<Chunk> split(String text) {
        List<Chunk> chunks = new ArrayList<>();
        int chunkStart = 0;
        boolean buffered = false;
        int lineStart = 0;
        while (lineStart < text.length()) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            int next = newline < 0 ? text.length() : newline + 1;
            if (text.startsWith("---", lineStart)) {
                int restStart = skipGoSpace(text, lineStart + 3, lineEnd);
                String rest = goTrimSpace(text.substring(lineStart + 3, lineEnd));
                if (!rest.isEmpty() && rest.charAt(0) != '#') {
                    chunks.add(chunk(text, chunkStart, lineStart, "invalid Yaml document separator: " + rest, restStart));
                    buffered = false;
                    chunkStart = next;
                    lineStart = next;
                    continue;
                }
                if (buffered) {
                    chunks.add(chunk(text, chunkStart, lineStart, null, -1));
                }
                buffered = false;
                chunkStart = next;
            } else {
                buffered = true;
            }
            lineStart = next;
        }
        if (buffered) {
            chunks.add(chunk(text, chunkStart, text.length(), null, -1));
        }
        return chunks;
    }

    private static Chunk chunk(String text, int start, int end, String separatorError, int errorOffset) {
        return new Chunk(start, end, documentEnd(text, start, end), separatorError, errorOffset);
    }

    /** The end of the line holding the first {@code ...} end marker, or {@code end} when there is none. */
    private static int documentEnd(String text, int start, int end) {
        int lineStart = start;
        while (lineStart < end) {
            int newline = text.indexOf('\n', lineStart);
            int next = newline < 0 || newline >= end ? end : newline + 1;
            if (text.startsWith("...", lineStart) && (lineStart + 3 >= end || isBlankOrBreak(text.charAt(lineStart + 3)))) {
                return next;
            }
            lineStart = next;
        }
        return end;
    }

    /** libyaml's is_blankz after a document indicator: space, tab or a line break. */
    private static boolean isBlankOrBreak(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** Go's unicode.IsSpace, which strings.TrimSpace uses. */
    static boolean isGoSpace(int c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x85 || c == 0xA0 || Character.isSpaceChar(c);
    }

    private static String goTrimSpace(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && isGoSpace(s.codePointAt(from))) {
            from += Character.charCount(s.codePointAt(from));
        }
        while (to > from && isGoSpace(s.codePointBefore(to))) {
            to -= Character.charCount(s.codePointBefore(to));
        }
        return s.substring(from, to);
    }

    private static int skipGoSpace(String text, int from, int to) {
        int i = from;
        while (i < to && isGoSpace(text.codePointAt(i))) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i;
    }
}
