package io.kubetutor.lesson;

import io.kubetutor.manifest.yaml.YMap;
import io.kubetutor.manifest.yaml.YNode;
import io.kubetutor.manifest.yaml.YScalar;
import io.kubetutor.manifest.yaml.YSeq;
import io.kubetutor.model.Diagnostic;
import io.kubetutor.model.GoValues;
import io.kubetutor.model.SourcePos;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Typed reads of a lesson file's YAML nodes. Every problem becomes a diagnostic located in the
 * file and naming the field's path ({@code steps[2].goal.check}); a read that fails returns null
 * and the reader goes on, so one pass reports every problem of a file.
 */
final class LessonFields {
    final String file;
    private final String[] lines;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    LessonFields(String file, String text) {
        this.file = file;
        this.lines = text.split("\n", -1);
    }

    List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }

    void error(YNode at, String message) {
        diagnostics.add(Diagnostic.error(file, at == null ? SourcePos.START : at.pos(), message));
    }

    void warning(YNode at, String message) {
        diagnostics.add(Diagnostic.warning(file, at == null ? SourcePos.START : at.pos(), message));
    }

    void add(Diagnostic d) {
        diagnostics.add(d);
    }

    static boolean absent(YNode node) {
        return node == null || node instanceof YScalar s && s.tag() == YScalar.Tag.NULL;
    }

    /** A mapping whose keys are all in {@code known}, each once; null (after an error) when it is not a mapping. */
    YMap mapping(YNode node, String path, List<String> known) {
        if (!(node instanceof YMap map)) {
            error(node, (path.isEmpty() ? "a lesson file" : path) + ": must be a mapping, not " + kind(node));
            return null;
        }
        Set<String> seen = new HashSet<>();
        for (YMap.Entry e : map.entries()) {
            String key = e.key() instanceof YScalar s ? s.text() : null;
            String field = join(path, key == null ? "<" + kind(e.key()) + ">" : key);
            if (key == null || !known.contains(key)) {
                error(e.key(), "unknown field \"" + field + "\" (known fields: " + String.join(", ", known) + ")");
            } else if (!seen.add(key)) {
                error(e.key(), "duplicate field \"" + field + "\"");
            }
        }
        return map;
    }

    /**
     * A mapping with exactly one key, as actions and conditions are written ({@code - advance: 30s});
     * null after an error. {@code what} names the thing ("action", "condition").
     */
    YMap.Entry single(YNode node, String path, String what, List<String> known) {
        if (!(node instanceof YMap map) || map.entries().size() != 1) {
            error(node, path + ": " + article(what) + " " + what + " is a mapping with one key (one of " + String.join(", ", known)
                    + "), not " + kind(node));
            return null;
        }
        YMap.Entry e = map.entries().get(0);
        String key = e.key() instanceof YScalar s ? s.text() : null;
        if (key == null || !known.contains(key)) {
            error(e.key(), path + ": unknown " + what + " " + (key == null ? kind(e.key()) : GoValues.quote(key))
                    + " (known " + what + "s: " + String.join(", ", known) + ")");
            return null;
        }
        return e;
    }

    YSeq sequence(YNode node, String path) {
        if (node instanceof YSeq seq) {
            return seq;
        }
        error(node, path + ": must be a list, not " + kind(node));
        return null;
    }

    /** The text of a scalar (a number or true/false is taken as written); null after an error. */
    String text(YNode node, String path) {
        if (node instanceof YScalar s && s.tag() != YScalar.Tag.NULL) {
            return s.text();
        }
        error(node, path + ": must be a text, not " + kind(node));
        return null;
    }

    /** A required field: its node, or null after "required field is missing" at the mapping. */
    YNode required(YMap map, String key, String path) {
        YNode value = map.get(key);
        if (absent(value)) {
            error(value == null ? map : value, join(path, key) + ": required field is missing");
            return null;
        }
        return value;
    }

    String requiredText(YMap map, String key, String path) {
        YNode value = required(map, key, path);
        return value == null ? null : text(value, join(path, key));
    }

    /** An optional text field; {@code defaultValue} when absent. */
    String optionalText(YMap map, String key, String path, String defaultValue) {
        YNode value = map.get(key);
        return absent(value) ? defaultValue : text(value, join(path, key));
    }

    /** An integer scalar within {@code min..max}; null after an error. */
    Integer integer(YNode node, String path, int min, int max) {
        if (node instanceof YScalar s && s.tag() == YScalar.Tag.INT) {
            try {
                int v = Integer.parseInt(s.text().replace("_", "").replace("+", ""));
                if (v >= min && v <= max) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // out of int range: same message as out of bounds
            }
            error(node, path + ": must be between " + min + " and " + max + ", not " + s.text());
            return null;
        }
        error(node, path + ": must be a whole number, not " + kind(node));
        return null;
    }

    Integer optionalInteger(YMap map, String key, String path, Integer defaultValue, int min, int max) {
        YNode value = map.get(key);
        return absent(value) ? defaultValue : integer(value, join(path, key), min, max);
    }

    /** An optional boolean; {@code defaultValue} when absent; null after an error. */
    Boolean bool(YMap map, String key, String path, Boolean defaultValue) {
        YNode value = map.get(key);
        if (absent(value)) {
            return defaultValue;
        }
        if (value instanceof YScalar s && s.tag() == YScalar.Tag.BOOL) {
            return switch (s.text()) {
                case "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON" -> true;
                default -> false;
            };
        }
        error(value, join(path, key) + ": must be true or false, not " + kind(value));
        return null;
    }

    /** A text in English and Korean: a mapping {@code {en: ..., ko: ...}}, both required. */
    Localized localized(YNode node, String path) {
        YMap m = mapping(node, path, List.of("en", "ko"));
        if (m == null) {
            return null;
        }
        String en = requiredText(m, "en", path);
        String ko = requiredText(m, "ko", path);
        return en == null || ko == null ? null : new Localized(en, ko);
    }

    /** Where an embedded text (a manifest) was written, for mapping its diagnostics into this file. */
    TextOrigin origin(YNode node) {
        SourcePos p = node.pos();
        String line = p.line() - 1 < lines.length ? lines[p.line() - 1] : "";
        int at = p.column() - 1;
        boolean block = at >= 0 && at < line.length() && (line.charAt(at) == '|' || line.charAt(at) == '>');
        if (!block) {
            return new TextOrigin(file, p, false, p.line(), 0);
        }
        int indent = 0;
        for (int i = p.line(); i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                indent = lines[i].length() - lines[i].stripLeading().length();
                break;
            }
        }
        return new TextOrigin(file, p, true, p.line() + 1, indent);
    }

    private static String article(String word) {
        return "aeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** How a node reads in a message: {@code the text "x"}, {@code the number 1}, {@code a mapping}... */
    static String kind(YNode node) {
        if (node instanceof YMap) {
            return "a mapping";
        }
        if (node instanceof YSeq) {
            return "a list";
        }
        if (node instanceof YScalar s) {
            return switch (s.tag()) {
                case STR -> "the text " + GoValues.quote(s.text());
                case INT, FLOAT -> "the number " + s.text();
                case BOOL -> "the boolean " + s.text();
                case NULL -> "nothing";
            };
        }
        return "nothing";
    }
}
