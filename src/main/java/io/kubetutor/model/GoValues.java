package io.kubetutor.model;

import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Renders values the way current apimachinery prints a field error's bad value: integers and
 * booleans plain, strings Go-quoted (strconv.Quote), lists and maps as JSON.
 */
public final class GoValues {
    /**
     * Go's string order: by UTF-8 bytes, which is code point order (Java's compareTo orders UTF-16
     * units, which differs above U+FFFF). sort.Strings, map key order in encoding/json and etcd's
     * key order all use it.
     */
    public static final Comparator<String> STRING_ORDER = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    };

    private GoValues() {
    }

    public static String render(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof String s) {
            return quote(s);
        }
        if (v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        if (v instanceof Raw r) {
            return r.text();
        }
        return json(v);
    }

    /** A value that is already rendered (e.g. a Go struct printed as JSON by the caller). */
    public record Raw(String text) {
    }

    /** Go's strconv.Quote for the printable ASCII/Unicode text we meet in manifests. */
    public static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        s.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                case 7 -> b.append("\\a");
                case 8 -> b.append("\\b");
                case 12 -> b.append("\\f");
                case 11 -> b.append("\\v");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        b.append(String.format("\\x%02x", c));
                    } else if (Character.isISOControl(c) || !Character.isDefined(c)) {
                        b.append(c <= 0xffff ? String.format("\\u%04x", c) : String.format("\\U%08x", c));
                    } else {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.append('"').toString();
    }

    /** JSON as Go's encoding/json writes it (no spaces; maps keep the order given). */
    public static String json(Object v) {
        StringBuilder b = new StringBuilder();
        writeJson(b, v);
        return b.toString();
    }

    private static void writeJson(StringBuilder b, Object v) {
        if (v == null) {
            b.append("null");
        } else if (v instanceof String s) {
            b.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> b.append("\\\"");
                    case '\\' -> b.append("\\\\");
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    case '\t' -> b.append("\\t");
                    case '<' -> b.append("\\u003c");
                    case '>' -> b.append("\\u003e");
                    case '&' -> b.append("\\u0026");
                    case '\u2028' -> b.append("\\u2028");
                    case '\u2029' -> b.append("\\u2029");
                    default -> {
                        if (c < 0x20) {
                            b.append(String.format("\\u%04x", (int) c));
                        } else {
                            b.append(c);
                        }
                    }
                }
            }
            b.append('"');
        } else if (v instanceof Number || v instanceof Boolean) {
            b.append(v);
        } else if (v instanceof Raw r) {
            b.append(r.text());
        } else if (v instanceof Map<?, ?> m) {
            b.append('{');
            Iterator<? extends Map.Entry<?, ?>> it = m.entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<?, ?> e = it.next();
                writeJson(b, String.valueOf(e.getKey()));
                b.append(':');
                writeJson(b, e.getValue());
                if (it.hasNext()) {
                    b.append(',');
                }
            }
            b.append('}');
        } else if (v instanceof List<?> l) {
            b.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    b.append(',');
                }
                writeJson(b, l.get(i));
            }
            b.append(']');
        } else {
            writeJson(b, v.toString());
        }
    }
}
