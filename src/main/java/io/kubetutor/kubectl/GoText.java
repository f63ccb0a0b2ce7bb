package io.kubetutor.kubectl;

import io.kubetutor.model.GoValues;
import java.util.List;

/** Go's formatting of strings and string lists, as kubectl's messages use them. */
final class GoText {
    private GoText() {
    }

    /** %q */
    static String quote(String s) {
        return GoValues.quote(s);
    }

    /** %v of a []string: [a b c] */
    static String list(List<String> items) {
        return "[" + String.join(" ", items) + "]";
    }
}
