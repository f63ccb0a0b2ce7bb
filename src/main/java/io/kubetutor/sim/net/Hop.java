package io.kubetutor.sim.net;

/**
 * One step of a packet's journey: where it is, its addresses at that point (after the step's
 * rewrite), what happened and why. {@code reply} marks the way back.
 */
public record Hop(Place at, Action action, HostPort src, HostPort dst, String reason, boolean reply) {
}
