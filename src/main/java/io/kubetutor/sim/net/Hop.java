package io.kubetutor.sim.net;

/**
 * One step of a packet's journey: where it is, its addresses at that point (after the step's
 * rewrite), what happened and why. {@code reply} marks the way back. {@code because} is the why as
 * data, so the window can word it in the learner's language; {@link #reason()} is its English.
 */
public record Hop(Place at, Action action, HostPort src, HostPort dst, Reason because, boolean reply) {
    /** A hop whose reason is only a text, kept as it is in every language. */
    public Hop(Place at, Action action, HostPort src, HostPort dst, String reason, boolean reply) {
        this(at, action, src, dst, Reason.literal(reason), reply);
    }

    /** Why, in the simulator's English (the trace command prints this). */
    public String reason() {
        return because.english();
    }
}
