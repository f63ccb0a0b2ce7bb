package io.kubetutor.ui.panels.model;

import io.kubetutor.sim.net.Reason;
import io.kubetutor.ui.i18n.Messages;

/**
 * The simulator's reasons in the window's language. A reason is a key and its arguments; its words
 * are the "reasons" bundle's {@code reasons.KEY} pattern, so English reads exactly as the trace
 * command prints it and Korean as the Korean bundle words it. Nested reasons are worded first.
 */
public final class ReasonWords {
    /** The bundle prefix of every reason key. */
    public static final String PREFIX = "reasons.";

    private ReasonWords() {
    }

    /** {@code r} in {@code m}'s language ("" for {@link Reason#NONE}). */
    public static String text(Reason r, Messages m) {
        return r.render((key, args) -> m.format(PREFIX + key, args));
    }
}
