package io.kubetutor.session;

import io.kubetutor.sim.net.Hop;
import io.kubetutor.sim.net.Trace;

/**
 * One hop of one trace, as the event log, the packet details and the packet animation select it.
 * {@code hop} is an index into {@code trace.hops()}, or -1 for the trace as a whole.
 */
public record HopRef(Trace trace, int hop) {
    public HopRef {
        if (trace == null || hop < -1 || hop >= trace.hops().size()) {
            throw new IllegalArgumentException("no hop " + hop + " in this trace");
        }
    }

    /** The selected hop, or null when the whole trace is selected. */
    public Hop selected() {
        return hop < 0 ? null : trace.hops().get(hop);
    }
}
