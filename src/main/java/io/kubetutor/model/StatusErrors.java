package io.kubetutor.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The text kubectl prints for API errors (kubectl cmd/util/helpers.go checkErr). */
public final class StatusErrors {
    private StatusErrors() {
    }

    /**
     * 422 Invalid: one cause on one line, several as a header ending in ": " and one
     * {@code * path: message} line each, de-duplicated.
     */
    public static String invalid(String kind, String name, List<FieldError> errors) {
        Set<String> seen = new LinkedHashSet<>();
        for (FieldError e : errors) {
            seen.add(e.toString());
        }
        List<String> lines = new ArrayList<>(seen);
        String head = "The " + kind + " \"" + name + "\" is invalid";
        if (lines.size() == 1) {
            return head + ": " + lines.get(0);
        }
        StringBuilder b = new StringBuilder(head).append(": ");
        for (String l : lines) {
            b.append('\n').append("* ").append(l);
        }
        return b.toString();
    }
}
