package io.kubetutor.lesson;

import java.util.regex.Pattern;

/**
 * Writing YAML scalars that read back as exactly the same text with the lesson loader: plain when
 * nothing in them is special, block ({@code |}) for multi-line text, double-quoted otherwise.
 */
final class YamlOut {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9][-A-Za-z0-9_./=]*");
    /** Plain words YAML 1.1 would read as something other than a string. */
    private static final Pattern SPECIAL = Pattern.compile("(?i)y|n|yes|no|true|false|on|off|null|~|[-+0-9._]+.*");

    private YamlOut() {
    }

    /** A one-line scalar: plain or double-quoted. */
    static String scalar(String s) {
        if (PLAIN.matcher(s).matches() && !SPECIAL.matcher(s).matches()) {
            return s;
        }
        return quoted(s);
    }

    static String quoted(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        b.append(String.format("\\x%02x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /**
     * A value after {@code key:} at {@code indent}: a block scalar for multi-line text that a block
     * can hold exactly, else a one-line scalar.
     */
    static String value(String s, String indent) {
        if (!s.contains("\n") || !blockSafe(s)) {
            return " " + scalar(s) + "\n";
        }
        // Chomping: clip keeps one final newline, strip none, keep them all.
        String chomp = s.endsWith("\n\n") ? "+" : s.endsWith("\n") ? "" : "-";
        String lines = s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
        StringBuilder b = new StringBuilder(" |" + chomp + "\n");
        for (String line : lines.split("\n", -1)) {
            b.append(line.isEmpty() ? "" : indent + "  " + line).append('\n');
        }
        return b.toString();
    }

    /** A block keeps text exactly when it has no tabs or control characters and its first line starts with no space. */
    private static boolean blockSafe(String s) {
        if (s.startsWith(" ") || s.startsWith("\n") || s.isBlank()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\n') || c == 0x7f || c == '\uFEFF') {
                return false;
            }
        }
        for (String line : s.split("\n", -1)) {
            if (!line.isEmpty() && line.isBlank()) {
                return false;
            }
            if (line.endsWith(" ")) {
                return false;
            }
        }
        return true;
    }
}
