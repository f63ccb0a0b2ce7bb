package io.kubetutor.ui.console;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a console line into words as a POSIX shell (bash) does before it runs a command: blanks
 * separate words; single quotes keep everything literally; double quotes keep everything but let a
 * backslash escape {@code $ ` " \} and a newline; outside quotes a backslash keeps the next
 * character (a backslash at the very end stays, as {@code bash -c} keeps it); {@code ''} and
 * {@code ""} make an empty word; a word starting with {@code #} begins a comment.
 *
 * <p>The console runs one kubectl command and nothing else, so what would make bash do more than
 * split words is refused instead of passed on as text kubectl would misread: the operators
 * {@code | & ; < > ( )} and the expansions {@code $NAME}, {@code ${…}}, {@code $(…)} and backquotes.
 * Globs and {@code ~} are left as written (the simulated machine has no files to match them).
 */
public final class ShellWords {
    private static final String OPERATORS = "|&;<>()";

    private ShellWords() {
    }

    /** A word and where it starts in the line (the offset of its first character, quotes included). */
    public record Word(String text, int start) {
    }

    /**
     * What a scan found: the finished words, and whether the line ends inside a word ({@code
     * openWord}) or inside a quote ({@code openQuote}, 0 when none) — what completion needs to know.
     */
    public record Scan(List<Word> words, boolean openWord, char openQuote) {
        public Scan {
            words = List.copyOf(words);
        }
    }

    /** The words of {@code line}, or a ShellSyntaxException saying what bash would say (or why it is refused). */
    public static List<String> split(String line) throws ShellSyntaxException {
        Scan s = scan(line, true);
        if (s.openQuote() != 0) {
            throw ShellSyntaxException.unterminated(s.openQuote());
        }
        return s.words().stream().map(Word::text).toList();
    }

    /**
     * The words of {@code line} without refusing anything: an open quote leaves the last word
     * unfinished (its text holds what was typed so far, without the quote) and an operator is kept
     * as a word. For completion, which works on half-typed lines.
     */
    public static Scan scanLenient(String line) {
        try {
            return scan(line, false);
        } catch (ShellSyntaxException e) {
            throw new IllegalStateException("a lenient scan refused nothing", e);
        }
    }

    private static Scan scan(String line, boolean strict) throws ShellSyntaxException {
        List<Word> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        int start = 0;
        int i = 0;
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n') {
                if (inWord) {
                    words.add(new Word(word.toString(), start));
                    word.setLength(0);
                    inWord = false;
                }
                i++;
                continue;
            }
            if (!inWord) {
                if (c == '#') {
                    break; // a comment runs to the end of the line
                }
                inWord = true;
                start = i;
            }
            if (c == '\'') {
                int close = line.indexOf('\'', i + 1);
                if (close < 0) {
                    word.append(line, i + 1, n);
                    words.add(new Word(word.toString(), start));
                    return new Scan(words, true, '\'');
                }
                word.append(line, i + 1, close);
                i = close + 1;
            } else if (c == '"') {
                i = doubleQuoted(line, i + 1, word, strict);
                if (i < 0) {
                    words.add(new Word(word.toString(), start));
                    return new Scan(words, true, '"');
                }
            } else if (c == '\\') {
                if (i + 1 < n && line.charAt(i + 1) == '\n') {
                    i += 2; // a line continuation joins the lines
                } else if (i + 1 < n) {
                    word.append(line.charAt(i + 1));
                    i += 2;
                } else {
                    word.append(c);
                    i++;
                }
            } else if (strict && OPERATORS.indexOf(c) >= 0) {
                throw ShellSyntaxException.operator(operatorAt(line, i));
            } else if (strict && (c == '`' || expansionAt(line, i))) {
                throw ShellSyntaxException.expansion(c == '`' ? "`" : line.substring(i, Math.min(n, i + 2)));
            } else {
                word.append(c);
                i++;
            }
        }
        if (inWord) {
            words.add(new Word(word.toString(), start));
        }
        return new Scan(words, inWord, (char) 0);
    }

    /** Appends a double-quoted part; returns the index after its closing quote, or -1 when none. */
    private static int doubleQuoted(String line, int from, StringBuilder word, boolean strict)
            throws ShellSyntaxException {
        int i = from;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            if (c == '\\' && i + 1 < line.length()) {
                char next = line.charAt(i + 1);
                if (next == '\n') {
                    i += 2;
                    continue;
                }
                if (next == '$' || next == '`' || next == '"' || next == '\\') {
                    word.append(next);
                    i += 2;
                    continue;
                }
            }
            if (strict && (c == '`' || expansionAt(line, i))) {
                throw ShellSyntaxException.expansion(c == '`' ? "`" : line.substring(i, Math.min(line.length(), i + 2)));
            }
            word.append(c);
            i++;
        }
        return -1;
    }

    /** A {@code $} that bash would expand: before a name, {@code {}, {@code (}, or a special parameter. */
    private static boolean expansionAt(String line, int i) {
        if (line.charAt(i) != '$' || i + 1 >= line.length()) {
            return false;
        }
        char next = line.charAt(i + 1);
        return Character.isLetterOrDigit(next) || "_{(?#@*!$-".indexOf(next) >= 0;
    }

    private static String operatorAt(String line, int i) {
        char c = line.charAt(i);
        boolean doubled = i + 1 < line.length() && line.charAt(i + 1) == c && "|&;<>".indexOf(c) >= 0;
        return doubled ? "" + c + c : String.valueOf(c);
    }
}
