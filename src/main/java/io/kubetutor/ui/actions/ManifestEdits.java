package io.kubetutor.ui.actions;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The edits the window's context menus make to the editor's text, which stays the source of truth:
 * each returns the whole new text, with only the edited field's characters changed (indentation,
 * comments and the other documents kept byte for byte), or empty when the object is not written in
 * the text or the field cannot be edited there (reached through an anchor, a list where a scalar
 * should be). Objects are found by kind, namespace (empty means {@code default}, as the session
 * applies the text) and name; when the text writes one twice, the last one is edited (the one
 * kubectl's apply keeps).
 */
public final class ManifestEdits {
    private ManifestEdits() {
    }

    /** The object's {@code spec.replicas} set to {@code replicas} (a Deployment, ReplicaSet, StatefulSet, RC). */
    public static Optional<String> setReplicas(String yaml, String kind, String namespace, String name, int replicas) {
        if (replicas < 0) {
            throw new IllegalArgumentException("replicas cannot be negative: " + replicas);
        }
        return YamlEdits.set(yaml, kind, namespace, name, List.of("spec", "replicas"), Integer.toString(replicas));
    }

    /**
     * A Service's field at {@code fieldPath} (dotted, from the object's top, e.g. {@code
     * spec.externalTrafficPolicy}) set to {@code value}, inserted with the mappings it needs when it
     * is not written. {@code value} is a YAML scalar's text: written plain when YAML reads it back
     * as that text ({@code Local}, {@code 10800}), double-quoted otherwise.
     */
    public static Optional<String> setServiceField(String yaml, String namespace, String name, String fieldPath,
                                                   String value) {
        return setField(yaml, "Service", namespace, name, fieldPath, value);
    }

    /** Any object's scalar field at {@code fieldPath} set to {@code value}, as {@link #setServiceField} does. */
    public static Optional<String> setField(String yaml, String kind, String namespace, String name, String fieldPath,
                                            String value) {
        return YamlEdits.set(yaml, kind, namespace, name, path(fieldPath), value);
    }

    /** A Service's field at {@code fieldPath} removed with everything under it; the same text when it is not written. */
    public static Optional<String> removeField(String yaml, String namespace, String name, String fieldPath) {
        return removeField(yaml, "Service", namespace, name, fieldPath);
    }

    /** Any object's field at {@code fieldPath} removed, as {@link #removeField(String, String, String, String)} does. */
    public static Optional<String> removeField(String yaml, String kind, String namespace, String name,
                                               String fieldPath) {
        return YamlEdits.remove(yaml, kind, namespace, name, path(fieldPath));
    }

    /**
     * {@code documentYaml} added as a new document after the text: a {@code ---} separator is added
     * unless the text is empty or already ends with one, and a missing final newline is added first.
     */
    public static String appendDocument(String yaml, String documentYaml) {
        String base = yaml == null ? "" : yaml;
        String doc = documentYaml == null ? "" : documentYaml;
        if (doc.startsWith("---\n")) {
            doc = doc.substring(4);
        }
        if (!doc.endsWith("\n")) {
            doc += "\n";
        }
        if (base.isBlank()) {
            return base + doc;
        }
        if (!base.endsWith("\n")) {
            base += "\n";
        }
        return endsWithSeparator(base) ? base + doc : base + "---\n" + doc;
    }

    /** Whether the last line that is not blank is a document separator ({@code ---}, maybe with a comment). */
    private static boolean endsWithSeparator(String text) {
        String[] lines = text.split("\n", -1);
        for (int i = lines.length - 1; i >= 0; i--) {
            if (lines[i].isBlank()) {
                continue;
            }
            String rest = lines[i].startsWith("---") ? lines[i].substring(3).strip() : null;
            return rest != null && (rest.isEmpty() || rest.startsWith("#"));
        }
        return false;
    }

    private static List<String> path(String fieldPath) {
        if (fieldPath == null || fieldPath.isBlank() || fieldPath.startsWith(".") || fieldPath.endsWith(".")
                || fieldPath.contains("..")) {
            throw new IllegalArgumentException("a field path is dotted names, like spec.externalTrafficPolicy: "
                    + fieldPath);
        }
        return Arrays.asList(fieldPath.split("\\."));
    }
}
