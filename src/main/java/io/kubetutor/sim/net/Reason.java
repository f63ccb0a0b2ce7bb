package io.kubetutor.sim.net;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Why something happened to a packet, as data a reader can word in any language: a template key
 * and the values that fill it. The simulator speaks English ({@link #english()}, from its own
 * templates); the window words the same reason in the learner's language from its bundles.
 *
 * <p>Arguments are either already formatted text (addresses, ports, names, probabilities, times,
 * exactly as the English sentence prints them, so no number formatting can creep in) or nested
 * reasons, which are worded in the same language before they fill their slot. A key starting with
 * {@code join.} is a joiner: its template is the separator and its arguments are the parts.
 *
 * @param key  the template's key in {@code reasons.properties}
 * @param args the values, each a {@code String} or a {@code Reason}
 */
public record Reason(String key, List<Object> args) {
    /** Parts one per line (kube-proxy's explanation, one fact a line). */
    public static final String LINES = "join.lines";
    /** Parts as one sentence of clauses: {@code a; b}. */
    public static final String SEMICOLON = "join.semicolon";
    /** Parts as a list: {@code a, b}. */
    public static final String COMMA = "join.comma";
    /** Parts written one after the other. */
    public static final String CONCAT = "join.concat";
    /** Text that is the same in every language; for callers that only have a string. */
    public static final String LITERAL = "literal";
    /** No reason at all (renders as the empty text). */
    public static final Reason NONE = new Reason(CONCAT, List.of());

    /** How a reader turns one key and its worded arguments into text. */
    @FunctionalInterface
    public interface Wording {
        String format(String key, Object... args);
    }

    public Reason {
        Objects.requireNonNull(key, "key");
        List<Object> normal = new ArrayList<>(args.size());
        for (Object a : args) {
            // String.valueOf is what string concatenation does: the English stays as it was.
            normal.add(a instanceof Reason ? a : String.valueOf(a));
        }
        args = Collections.unmodifiableList(normal);
    }

    /** The reason {@code key} filled with {@code args} (each a Reason, or anything printed as concatenation would). */
    public static Reason of(String key, Object... args) {
        return new Reason(key, java.util.Arrays.asList(args));
    }

    /** {@code parts} joined by the separator {@code joinKey} names ({@link #LINES}, {@link #SEMICOLON}...). */
    public static Reason join(String joinKey, List<Reason> parts) {
        if (!joinKey.startsWith("join.")) {
            throw new IllegalArgumentException("not a joiner: " + joinKey);
        }
        return new Reason(joinKey, new ArrayList<>(parts));
    }

    /**
     * A text kept as it is in every language. Only for callers that hand the simulator a plain
     * string (tests, a program's own output); the simulator's sentences all have templates.
     */
    public static Reason literal(String text) {
        return new Reason(LITERAL, List.of(text));
    }

    /** Whether this joins parts rather than filling a template. */
    public boolean joiner() {
        return key.startsWith("join.");
    }

    /** The reason in English, exactly as the simulator has always worded it. */
    public String english() {
        return render(ReasonTemplates.ENGLISH);
    }

    /** The reason worded by {@code words}; nested reasons are worded first, by the same words. */
    public String render(Wording words) {
        if (joiner()) {
            String separator = words.format(key);
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < args.size(); i++) {
                b.append(i == 0 ? "" : separator).append(((Reason) args.get(i)).render(words));
            }
            return b.toString();
        }
        Object[] worded = new Object[args.size()];
        for (int i = 0; i < worded.length; i++) {
            Object a = args.get(i);
            worded[i] = a instanceof Reason r ? r.render(words) : a;
        }
        return words.format(key, worded);
    }
}
