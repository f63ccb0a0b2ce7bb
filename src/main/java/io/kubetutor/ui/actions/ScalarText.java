package io.kubetutor.ui.actions;

import io.kubetutor.manifest.yaml.ReadLimits;
import io.kubetutor.manifest.yaml.YMap;
import io.kubetutor.manifest.yaml.YScalar;
import io.kubetutor.manifest.yaml.YamlReader;
import io.kubetutor.manifest.yaml.YamlText;

/**
 * How an edit writes a scalar: plain when YAML reads the plain text back as exactly that text (so
 * {@code Local} stays a word and {@code 5} stays a number, as the caller wrote them), in the
 * quotes the replaced value used when it had some, and double-quoted when plain would not do.
 */
final class ScalarText {
    private ScalarText() {
    }

    /** {@code value} as YAML text; {@code oldQuote} is the quote of the value it replaces, or 0. */
    static String render(String value, char oldQuote) {
        if (oldQuote == '\'' && value.indexOf('\n') < 0) {
            return "'" + value.replace("'", "''") + "'";
        }
        if (oldQuote == '"' || !plainReadsBack(value)) {
            return doubleQuoted(value);
        }
        return value;
    }

    /** Whether {@code value} written plain, in block or flow context, reads back as the same text. */
    static boolean plainReadsBack(String value) {
        if (value.isEmpty() || !value.strip().equals(value) || value.indexOf('\n') >= 0) {
            return false;
        }
        for (char c : new char[] {',', '[', ']', '{', '}', '#', '"', '\'', '\t'}) {
            if (value.indexOf(c) >= 0) {
                return false;
            }
        }
        YamlText read = YamlReader.read("value.yaml", "v: " + value + "\n", ReadLimits.DEFAULT);
        if (read.hasErrors() || read.documents().size() != 1 || !(read.documents().get(0).root() instanceof YMap m)) {
            return false;
        }
        return m.entries().size() == 1 && m.get("v") instanceof YScalar s && s.text().equals(value)
                && s.tag() != YScalar.Tag.NULL;
    }

    static String doubleQuoted(String value) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\x%02x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
