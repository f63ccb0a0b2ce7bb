package io.kubetutor.kubectl;

import io.kubetutor.manifest.yaml.ScalarResolver;
import io.kubetutor.manifest.yaml.YScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * kubectl's YAMLPrinter: sigs.k8s.io/yaml turns the object's JSON into go-yaml v2 values and
 * marshals them, so mapping keys come out sorted (go-yaml's key order, which compares runs of
 * digits as numbers and puts other characters before letters), block style with two-space
 * indents, sequences at their key's indent, {@code {}} and {@code []} for empty collections, and
 * strings quoted only where go-yaml must: double quotes when the plain text would read as another
 * type, single quotes when the plain form is not allowed. Like go-yaml's emitter (best width 80), a
 * value written past column 80 is folded at its next single space onto a line indented two past
 * its key or dash.
 */
final class YamlWriter {
    private static final Pattern BASE60_FLOAT = Pattern.compile("[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?");
    private static final Pattern TIMESTAMP = Pattern.compile("[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}"
            + "(([Tt]|[ \\t]+)[0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(\\.[0-9]*)?([ \\t]*(Z|[-+][0-9]{1,2}(:[0-9]{2})?))?)?");

    private YamlWriter() {
    }

    static String write(Object tree) {
        StringBuilder b = new StringBuilder();
        if (tree instanceof Map<?, ?> m && !m.isEmpty()) {
            writeMap(b, m, "");
        } else if (tree instanceof List<?> l && !l.isEmpty()) {
            writeList(b, l, "");
        } else {
            b.append(inline(tree)).append('\n');
        }
        return b.toString();
    }

    private static void writeMap(StringBuilder b, Map<?, ?> m, String indent) {
        List<String> keys = new ArrayList<>();
        for (Object k : m.keySet()) {
            keys.add(String.valueOf(k));
        }
        keys.sort(YamlWriter::goYamlKeyOrder);
        boolean first = true;
        for (String k : keys) {
            if (!first) {
                b.append(indent);
            }
            first = false;
            b.append(scalar(k)).append(':');
            writeValue(b, m.get(k), indent, true);
        }
    }

    private static void writeList(StringBuilder b, List<?> l, String indent) {
        boolean first = true;
        for (Object item : l) {
            if (!first) {
                b.append(indent);
            }
            first = false;
            b.append('-');
            writeValue(b, item, indent, false);
        }
    }

    /** Writes " value\n" or a nested block after "key:" or "-". */
    private static void writeValue(StringBuilder b, Object v, String indent, boolean afterKey) {
        if (v instanceof Map<?, ?> m && !m.isEmpty()) {
            if (afterKey) {
                b.append('\n').append(indent).append("  ");
            } else {
                b.append(' ');
            }
            writeMap(b, m, indent + "  ");
        } else if (v instanceof List<?> l && !l.isEmpty()) {
            if (afterKey) {
                // go-yaml v2 writes a sequence under a key at the key's own indent
                b.append('\n').append(indent);
                writeList(b, l, indent);
            } else {
                b.append(' ');
                writeList(b, l, indent + "  ");
            }
        } else if (v instanceof String s && s.contains("\n")) {
            writeLiteral(b, s, indent + "  ");
        } else if (v instanceof String s) {
            b.append(' ');
            fold(b, scalar(s), indent.length() + 2);
            b.append('\n');
        } else {
            b.append(' ').append(inline(v)).append('\n');
        }
    }

    /** The emitter's line width: a space met beyond this column becomes a line break. */
    private static final int BEST_WIDTH = 80;

    /**
     * Writes a scalar already in its style as go-yaml's write_plain_scalar, write_single_quoted and
     * write_double_quoted write a value that may break: at a single space (not the first or last
     * character, not followed by another space) once the column is past 80, a line break and the
     * continuation indent replace the space; a double-quoted value keeps a following space by
     * escaping it with a backslash at the start of the new line.
     */
    private static void fold(StringBuilder b, String text, int continuationIndent) {
        int column = b.length() - b.lastIndexOf("\n") - 1;
        char quote = text.charAt(0) == '\'' || text.charAt(0) == '"' ? text.charAt(0) : 0;
        int first = quote == 0 ? 0 : 1;
        int last = quote == 0 ? text.length() - 1 : text.length() - 2;
        boolean spaces = false;
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            int width = Character.charCount(c);
            boolean inside = i >= first && i <= last;
            if (c == ' ' && inside) {
                boolean nextIsSpace = i + 1 < text.length() && text.charAt(i + 1) == ' ';
                boolean breakable = quote == '"' ? i != first && i != last
                        : quote == '\'' ? i > first && i < last && !nextIsSpace : !nextIsSpace;
                if (!spaces && column > BEST_WIDTH && breakable) {
                    b.append('\n').append(" ".repeat(continuationIndent));
                    column = continuationIndent;
                    if (quote == '"' && nextIsSpace) {
                        b.append('\\');
                        column++;
                    }
                    i += width;
                    spaces = true;
                    continue;
                }
                spaces = true;
            } else if (inside) {
                spaces = false;
            }
            b.appendCodePoint(c);
            column++;
            i += width;
        }
    }

    private static void writeLiteral(StringBuilder b, String s, String indent) {
        boolean trailingNewline = s.endsWith("\n");
        b.append(trailingNewline ? " |\n" : " |-\n");
        String body = trailingNewline ? s.substring(0, s.length() - 1) : s;
        for (String line : body.split("\n", -1)) {
            b.append(line.isEmpty() ? "" : indent + line).append('\n');
        }
    }

    private static String inline(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Map<?, ?>) {
            return "{}";
        }
        if (v instanceof List<?>) {
            return "[]";
        }
        if (v instanceof String s) {
            return scalar(s);
        }
        return String.valueOf(v);
    }

    /** A string scalar in the style go-yaml v2 picks for it. */
    static String scalar(String s) {
        if (hasSpecialCharacters(s)) {
            return doubleQuoted(s);
        }
        if (!readsAsString(s)) {
            return doubleQuoted(s);
        }
        return plainAllowed(s) ? s : "'" + s.replace("'", "''") + "'";
    }

    /** Whether go-yaml would read the plain text back as a string (not null, bool, number or timestamp). */
    private static boolean readsAsString(String s) {
        if (ScalarResolver.resolvePlain(s) != YScalar.Tag.STR) {
            return false;
        }
        if (BASE60_FLOAT.matcher(s).matches()) {
            return false;
        }
        return !(Character.isDigit(s.charAt(0)) && TIMESTAMP.matcher(s).matches());
    }

    /** libyaml's analysis of a scalar for the plain style in block context. */
    private static boolean plainAllowed(String s) {
        if (s.isEmpty() || s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' ') {
            return false;
        }
        char first = s.charAt(0);
        if ("#,[]{}&*!|>'\"%@`".indexOf(first) >= 0) {
            return false;
        }
        if ((first == '-' || first == '?' || first == ':') && (s.length() == 1 || s.charAt(1) == ' ')) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ':' && (i + 1 == s.length() || s.charAt(i + 1) == ' ')) {
                return false;
            }
            if (c == '#' && s.charAt(i - 1) == ' ') {
                return false;
            }
        }
        return !s.startsWith("---") && !s.startsWith("...");
    }

    private static boolean hasSpecialCharacters(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\n') || c == 0x7f || c == '\uFEFF') {
                return true;
            }
        }
        return false;
    }

    private static String doubleQuoted(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\0' -> b.append("\\0");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case 0x1b -> b.append("\\e");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        b.append(String.format("\\x%02X", (int) c));
                    } else if (c == '\uFEFF') {
                        b.append("\\uFEFF");
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** go-yaml v2's keyList.Less for string keys. */
    static int goYamlKeyOrder(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        return less(a, b) ? -1 : 1;
    }

    private static boolean less(String a, String b) {
        int[] ar = a.codePoints().toArray();
        int[] br = b.codePoints().toArray();
        for (int i = 0; i < ar.length && i < br.length; i++) {
            if (ar[i] == br[i]) {
                continue;
            }
            boolean al = Character.isLetter(ar[i]);
            boolean bl = Character.isLetter(br[i]);
            if (al && bl) {
                return ar[i] < br[i];
            }
            if (al || bl) {
                return bl;
            }
            long an = 0;
            long bn = 0;
            if (ar[i] == '0' || br[i] == '0') {
                for (int j = i - 1; j >= 0 && Character.isDigit(ar[j]); j--) {
                    if (ar[j] != '0') {
                        an = 1;
                        bn = 1;
                        break;
                    }
                }
            }
            int ai = i;
            for (; ai < ar.length && Character.isDigit(ar[ai]); ai++) {
                an = an * 10 + (ar[ai] - '0');
            }
            int bi = i;
            for (; bi < br.length && Character.isDigit(br[bi]); bi++) {
                bn = bn * 10 + (br[bi] - '0');
            }
            if (an != bn) {
                return an < bn;
            }
            if (ai != bi) {
                return ai < bi;
            }
            return ar[i] < br[i];
        }
        return ar.length < br.length;
    }
}
