package io.kubetutor.manifest.yaml;

import java.util.Arrays;

/**
 * Makes SnakeYAML treat tab characters as go-yaml v2's scanner (libyaml) does, and says which
 * libyaml message a refused tab gets.
 *
 * <p>libyaml skips a tab between tokens whenever a simple key is not allowed there or the scanner
 * is inside a flow collection: after the ':' of a key ({@code port:\t80}), after a quoted scalar,
 * an anchor, a tag, an alias or a closing bracket on the same line, and anywhere in {@code [...]}
 * / {@code {...}} (so JSON indented with tabs reads fine). SnakeYAML refuses all of these, so this class replaces exactly those tabs with
 * spaces, which changes no value. The tabs libyaml refuses are left for SnakeYAML to refuse, and
 * {@link #diagnose} tells which of libyaml's three texts applies:
 * <ul>
 *   <li>a tab indenting the line after a plain scalar, left of where that scalar could continue:
 *       {@code found a tab character that violate indentation};</li>
 *   <li>a tab indenting a line that follows a block scalar ({@code |} or {@code >}):
 *       {@code found a tab character where an indentation space is expected};</li>
 *   <li>any other: {@code found character that cannot start any token}.</li>
 * </ul>
 * It is a light lexer, not a YAML parser: it tracks flow depth, quoted and block scalars, comments
 * and where plain scalars may continue, which is all that tab handling depends on.
 */
final class TabPolicy {

    enum TabError {
        VIOLATES_INDENTATION("found a tab character that violate indentation"),
        BLOCK_SCALAR_INDENTATION("found a tab character where an indentation space is expected"),
        CANNOT_START_TOKEN("found character that cannot start any token");

        final String libyamlText;

        TabError(String libyamlText) {
            this.libyamlText = libyamlText;
        }
    }

    private enum LineKind {
        BLANK, COMMENT, BLOCK_SCALAR, PLAIN_OPEN, OTHER
    }

    private final String s;
    private final char[] out;
    private final int[] lineStarts;
    private final LineKind[] kinds;
    private final int[] plainIndents;

    private int pos;
    private int line;
    private int flowDepth;
    /** The last token is a plain scalar that may go on in the next line, from column plainIndent on. */
    private boolean plainOpen;
    private int plainIndent;
    private int flowPlainIndent;
    private boolean inBlockScalar;
    private int blockScalarParent;
    private boolean lineOpensBlockScalar;
    /** Column of the innermost block key or '-' on this line: the indent of the collection (-1: none). */
    private int collectionIndent = -1;
    private int pendingValueIndent = -1;
    private int lastScalarColumn = -1;
    /** After a quoted scalar, anchor, tag, alias or flow end: libyaml skips tabs up to the next token. */
    private boolean skipTabs;

    private TabPolicy(String s) {
        this.s = s;
        this.out = s.toCharArray();
        int lines = 1;
        for (int i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) {
            lines++;
        }
        this.lineStarts = new int[lines];
        int l = 0;
        for (int i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) {
            lineStarts[++l] = i + 1;
        }
        this.kinds = new LineKind[lines];
        this.plainIndents = new int[lines];
        Arrays.fill(kinds, LineKind.OTHER);
    }

    /** Reads {@code text} (one document); {@link #text()} is the text to give SnakeYAML. */
    static TabPolicy of(String text) {
        TabPolicy p = new TabPolicy(text);
        p.run();
        return p;
    }

    String text() {
        return new String(out);
    }

    /** Which libyaml message the tab at {@code offset} (which SnakeYAML refused) gets. */
    TabError diagnose(int offset) {
        int l = Arrays.binarySearch(lineStarts, offset);
        l = l < 0 ? -l - 2 : l;
        for (int i = lineStarts[l]; i < offset; i++) {
            if (s.charAt(i) != ' ' && s.charAt(i) != '\t') {
                return TabError.CANNOT_START_TOKEN;
            }
        }
        int prev = l - 1;
        while (prev >= 0 && kinds[prev] == LineKind.BLANK) {
            prev--;
        }
        if (prev < 0) {
            return TabError.CANNOT_START_TOKEN;
        }
        return switch (kinds[prev]) {
            case BLOCK_SCALAR -> TabError.BLOCK_SCALAR_INDENTATION;
            case PLAIN_OPEN -> offset - lineStarts[l] < plainIndents[prev]
                    ? TabError.VIOLATES_INDENTATION : TabError.CANNOT_START_TOKEN;
            default -> TabError.CANNOT_START_TOKEN;
        };
    }

    private void run() {
        beginLine();
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == '\n') {
                endLine();
                pos++;
                if (pos < s.length()) {
                    line++;
                    beginLine();
                }
            } else if (flowDepth > 0) {
                flowStep(c);
            } else {
                blockStep(c);
            }
        }
        endLine();
    }

    private int column(int at) {
        return at - lineStarts[line];
    }

    private void endLine() {
        if (kinds[line] != LineKind.OTHER) {
            return; // already classified at the line's start
        }
        if (lineOpensBlockScalar) {
            kinds[line] = LineKind.BLOCK_SCALAR;
        } else if (plainOpen) {
            kinds[line] = LineKind.PLAIN_OPEN;
            plainIndents[line] = plainIndent;
        }
        lineOpensBlockScalar = false;
    }

    /** Handles indentation, blank, comment and block-scalar lines; leaves pos at the first token. */
    private void beginLine() {
        int start = pos;
        int spaces = start;
        while (spaces < s.length() && s.charAt(spaces) == ' ') {
            spaces++;
        }
        int first = spaces;
        while (first < s.length() && (s.charAt(first) == ' ' || s.charAt(first) == '\t')) {
            first++;
        }
        boolean blank = first >= s.length() || s.charAt(first) == '\n' || s.charAt(first) == '\r';
        if (inBlockScalar) {
            if (blank || spaces - start > blockScalarParent) {
                kinds[line] = blank ? LineKind.BLANK : LineKind.BLOCK_SCALAR;
                skipToLineEnd();
                return;
            }
            inBlockScalar = false;
        }
        for (int i = spaces; i < first; i++) {
            if (s.charAt(i) == '\t' && leadingTabIsSkipped(i - start)) {
                out[i] = ' ';
            }
        }
        pos = first;
        if (blank) {
            kinds[line] = LineKind.BLANK;
            skipToLineEnd();
            return;
        }
        if (s.charAt(first) == '#') {
            kinds[line] = LineKind.COMMENT;
            plainOpen = false;
            skipToLineEnd();
            return;
        }
        if (flowDepth > 0) {
            skipTabs = true; // a token starts here, unless a plain scalar goes on
            return;
        }
        skipTabs = false;
        lastScalarColumn = -1;
        collectionIndent = pendingValueIndent;
        pendingValueIndent = -1;
        if (plainOpen && first - start >= plainIndent) {
            scanBlockPlain(); // the plain scalar of the line before goes on here
        } else {
            plainOpen = false;
        }
    }

    /** libyaml's rule for a tab in a line's leading whitespace at {@code column}. */
    private boolean leadingTabIsSkipped(int column) {
        if (flowDepth > 0) {
            return !(plainOpen && column < plainIndent);
        }
        return plainOpen && column >= plainIndent;
    }

    private void blockStep(char c) {
        if (c == ' ' || c == '\r') {
            pos++;
        } else if (c == '\t') {
            if (skipTabs) {
                out[pos] = ' ';
            }
            pos++;
        } else if (c == '#' && precededByBlank()) {
            skipToLineEnd();
        } else if ((c == '-' || c == '?' || c == ':') && blankAt(pos + 1)) {
            // after the ':' of a simple key libyaml allows no other simple key, so it skips tabs; after
            // '-', '?' or the ':' of a complex key it does not
            skipTabs = c == ':' && lastScalarColumn >= 0;
            if (c == ':') {
                if (lastScalarColumn >= 0) {
                    collectionIndent = lastScalarColumn;
                }
            } else {
                collectionIndent = column(pos);
            }
            if (restIsBlankOrComment(pos + 1)) {
                pendingValueIndent = collectionIndent;
            }
            plainOpen = false;
            pos++;
        } else if (c == '"' || c == '\'') {
            lastScalarColumn = column(pos);
            plainOpen = false;
            skipQuoted(c);
            skipTabs = true;
        } else if (c == '[' || c == '{') {
            lastScalarColumn = column(pos);
            flowPlainIndent = Math.max(collectionIndent, -1) + 1;
            flowDepth = 1;
            skipTabs = true;
            plainOpen = false;
            pos++;
        } else if (c == '|' || c == '>') {
            inBlockScalar = true;
            blockScalarParent = collectionIndent;
            lineOpensBlockScalar = true;
            plainOpen = false;
            skipToLineEnd();
        } else if (c == '&' || c == '*' || c == '!') {
            while (pos < s.length() && !blankAt(pos)) {
                pos++;
            }
            skipTabs = true;
        } else if (c == '%' && column(pos) == 0) {
            skipToLineEnd();
        } else {
            lastScalarColumn = column(pos);
            skipTabs = false;
            scanBlockPlain();
        }
    }

    /** A plain scalar in block context: up to ': ', ' #' or the end of the line. */
    private void scanBlockPlain() {
        while (pos < s.length() && s.charAt(pos) != '\n') {
            char c = s.charAt(pos);
            if (c == ':' && blankAt(pos + 1)) {
                plainOpen = false; // it was a key; blockStep handles the ':'
                return;
            }
            if (c == '#' && precededByBlank()) {
                plainOpen = false; // a comment ends a plain scalar
                return;
            }
            pos++;
        }
        plainOpen = true;
        plainIndent = Math.max(collectionIndent, -1) + 1;
    }

    private void flowStep(char c) {
        if (c == ' ' || c == '\r') {
            pos++;
        } else if (c == '\t') {
            if (skipTabs || flowIndicatorOrEndAfterBlanks(pos)) {
                out[pos] = ' ';
            }
            pos++;
        } else if (c == '#' && precededByBlank()) {
            plainOpen = false;
            skipToLineEnd();
        } else if (c == '[' || c == '{' || c == ',') {
            flowDepth += c == ',' ? 0 : 1;
            skipTabs = true;
            plainOpen = false;
            pos++;
        } else if (c == ']' || c == '}') {
            flowDepth--;
            skipTabs = true;
            plainOpen = false;
            pos++;
        } else if (skipTabs && c == ':') {
            pos++; // a value indicator: tabs after it are skipped too
        } else if (skipTabs && (c == '"' || c == '\'')) {
            skipQuoted(c);
            plainOpen = false;
        } else if (skipTabs && (c == '&' || c == '*' || c == '!')) {
            while (pos < s.length() && !blankAt(pos) && ",[]{}".indexOf(s.charAt(pos)) < 0) {
                pos++;
            }
        } else {
            // a character of a plain scalar, which ends at a flow indicator, ': ' or ' #'
            skipTabs = c == ':' && blankAt(pos + 1);
            plainOpen = !skipTabs;
            plainIndent = flowPlainIndent;
            pos++;
        }
    }

    /** Whether only blanks separate {@code at} from a flow indicator, ':', a comment or the line end. */
    private boolean flowIndicatorOrEndAfterBlanks(int at) {
        int i = at;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i >= s.length() || ",[]{}:#\r\n".indexOf(s.charAt(i)) >= 0;
    }

    private void skipQuoted(char quote) {
        pos++;
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == '\n') {
                endLine();
                pos++;
                line++;
            } else if (quote == '"' && c == '\\') {
                pos += pos + 1 < s.length() && s.charAt(pos + 1) == '\n' ? 1 : 2;
            } else if (c == quote) {
                if (quote == '\'' && pos + 1 < s.length() && s.charAt(pos + 1) == '\'') {
                    pos += 2;
                } else {
                    pos++;
                    return;
                }
            } else {
                pos++;
            }
        }
    }

    private void skipToLineEnd() {
        while (pos < s.length() && s.charAt(pos) != '\n') {
            pos++;
        }
    }

    private boolean precededByBlank() {
        return pos == lineStarts[line] || s.charAt(pos - 1) == ' ' || s.charAt(pos - 1) == '\t';
    }

    private boolean blankAt(int i) {
        return i >= s.length() || " \t\r\n".indexOf(s.charAt(i)) >= 0;
    }

    private boolean restIsBlankOrComment(int from) {
        int i = from;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\r')) {
            i++;
        }
        return i >= s.length() || s.charAt(i) == '\n' || s.charAt(i) == '#';
    }
}
