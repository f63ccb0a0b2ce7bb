package io.kubetutor.sim;

/**
 * The simulation's only clock: milliseconds of virtual time since the cluster started. It moves
 * only when the simulation advances it, so ages, probe timings and affinity timeouts are the same
 * in every run and can be fast-forwarded.
 */
public final class VirtualClock {
    private long now;

    public long now() {
        return now;
    }

    /** Moves time forward to {@code millis}; time never runs backwards. */
    public void advanceTo(long millis) {
        if (millis < now) {
            throw new IllegalArgumentException("virtual time cannot go back from " + now + " to " + millis);
        }
        now = millis;
    }
}
