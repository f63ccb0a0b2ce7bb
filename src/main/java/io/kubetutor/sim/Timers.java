package io.kubetutor.sim;

import java.util.PriorityQueue;

/**
 * Things due at a virtual time (a container starting, a probe, a pod finishing its termination),
 * run in time order and, at equal times, in the order they were scheduled, so runs repeat exactly.
 */
final class Timers {
    /** {@code recurring}: a probe, which runs for ever; the others (a start, an exit) are things still to happen. */
    private record Timer(long at, long order, Runnable action, boolean recurring) {
    }

    private final PriorityQueue<Timer> queue = new PriorityQueue<>((a, b) ->
            a.at != b.at ? Long.compare(a.at, b.at) : Long.compare(a.order, b.order));
    private long order;
    private int pendingOnce;

    /** Something that will happen once at {@code when}. */
    void at(long when, Runnable action) {
        queue.add(new Timer(when, ++order, action, false));
        pendingOnce++;
    }

    /** One run of something periodic (a probe), which schedules its own next run. */
    void recurring(long when, Runnable action) {
        queue.add(new Timer(when, ++order, action, true));
    }

    /** Whether something other than a periodic probe is still to happen. */
    boolean oneShotPending() {
        return pendingOnce > 0;
    }

    /** When the next timer is due, or Long.MAX_VALUE when none is. */
    long nextDue() {
        Timer t = queue.peek();
        return t == null ? Long.MAX_VALUE : t.at;
    }

    /** Removes and returns the next timer's action if it is due at or before {@code now}. */
    Runnable pollDue(long now) {
        Timer t = queue.peek();
        if (t == null || t.at > now) {
            return null;
        }
        queue.poll();
        if (!t.recurring) {
            pendingOnce--;
        }
        return t.action;
    }

    int size() {
        return queue.size();
    }
}
