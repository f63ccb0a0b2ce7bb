package io.kubetutor.sim.net;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects the hops of one request while it is routed. Routing runs the same code whether or not
 * anyone wants the hops; a burst of many requests routes most of them with {@link #OFF}, which builds
 * no hop and no reason, so the per-request cost is the decisions alone.
 */
public class Recorder {
    /** Records nothing: reasons are never built. */
    public static final Recorder OFF = new Recorder(false);

    private final boolean on;
    private final List<Hop> hops;

    private Recorder(boolean on) {
        this.on = on;
        this.hops = on ? new ArrayList<>() : List.of();
    }

    public static Recorder on() {
        return new Recorder(true);
    }

    public boolean isOn() {
        return on;
    }

    /** Adds a hop; {@code reason} is only evaluated when recording. */
    public void hop(Place at, Action action, HostPort src, HostPort dst, Supplier<Reason> reason) {
        if (on) {
            hops.add(new Hop(at, action, src, dst, reason.get(), false));
        }
    }

    public void reply(Place at, Action action, HostPort src, HostPort dst, Supplier<Reason> reason) {
        if (on) {
            hops.add(new Hop(at, action, src, dst, reason.get(), true));
        }
    }

    public List<Hop> hops() {
        return List.copyOf(hops);
    }
}
