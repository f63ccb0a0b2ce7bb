package io.kubetutor.ui.editor;

import io.kubetutor.ui.editor.KubeFields.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What Ctrl+Space offers at the caret: the fields that may go there (minus the ones its map
 * already has), or the values the field being filled in accepts. Choosing a field inserts
 * {@code name: }, or {@code name:} and the next line indented for an object or a list.
 */
public final class Completions {
    public enum Kind { FIELD, SECTION, LIST, VALUE }

    /** One offer: what the list shows and what replaces the word typed so far. */
    public record Suggestion(String label, String insert, Kind kind) {
    }

    /** The offers, and the stretch of text ({@code [start, end)}, the word typed so far) a choice replaces. */
    public record Result(int start, int end, List<Suggestion> suggestions) {
    }

    private Completions() {
    }

    public static Result at(CharSequence text, int caret) {
        CaretPath at = CaretPath.at(text, caret);
        String prefix = at.prefix().toLowerCase(Locale.ROOT);
        List<Suggestion> out = new ArrayList<>();
        if (at.inValue()) {
            for (String v : KubeFields.valuesOf(at.kind(), at.path(), at.valueOf())) {
                if (v.toLowerCase(Locale.ROOT).startsWith(prefix) && !v.equals(at.prefix())) {
                    out.add(new Suggestion(v, v, Kind.VALUE));
                }
            }
        } else {
            String childIndent = "\n" + " ".repeat(at.keyColumn() + 2);
            for (Field f : KubeFields.fieldsAt(at.kind(), at.path())) {
                if (at.siblings().contains(f.name()) || !f.name().toLowerCase(Locale.ROOT).startsWith(prefix)) {
                    continue;
                }
                out.add(switch (f.shape()) {
                    case SCALAR -> new Suggestion(f.name(), f.name() + ": ", Kind.FIELD);
                    case OBJECT, MAP -> new Suggestion(f.name(), f.name() + ":" + childIndent, Kind.SECTION);
                    case LIST, SCALAR_LIST -> new Suggestion(f.name(), f.name() + ":" + childIndent + "- ", Kind.LIST);
                });
            }
        }
        return new Result(at.prefixStart(), Math.max(at.prefixStart(), Math.min(caret, text.length())), out);
    }
}
