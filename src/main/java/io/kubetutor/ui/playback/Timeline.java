package io.kubetutor.ui.playback;

import io.kubetutor.sim.net.Action;
import io.kubetutor.sim.net.Hop;
import io.kubetutor.sim.net.Place;
import io.kubetutor.sim.net.Trace;
import java.util.List;
import java.util.Optional;

/**
 * One trace laid out in virtual time. Hop i is reached at {@link #arrival(int)} after travelling
 * from hop i-1's place (a duration scaled by the distance), then the packet stays there for a
 * while: long enough to read a rewritten label (DNAT, SNAT, un-DNAT), a drop, or a step that
 * happens at the same place as the next one. Places the layout cannot draw take the nearest
 * earlier drawable place, so the hop still exists (and can be stepped to) without a detour.
 */
final class Timeline {
    /** Travel time per 300 px of distance. */
    static final long MILLIS_PER_300_PX = 450;
    static final long MIN_TRAVEL = 250;
    /** How long a packet stays where a rule rewrote, dropped or refused it. */
    static final long REWRITE_HOLD = 500;
    /** How long it stays at a place whose next step happens at the same place (or at the end). */
    static final long STEP_HOLD = 250;
    /** How long a drop, refusal or unanswered packet stays visible after its trace ended. */
    static final long FAILURE_LINGER = 1_500;
    static final long DELIVERED_LINGER = 600;

    final Trace trace;
    final HopRoles roles;
    final String[] labels;
    /** The hop whose place is drawn for hop i (itself, or the nearest drawable one before or after). */
    final int[] drawnAt;
    /** Points as the layout answered when the timeline was built: used when a place vanishes later. */
    final Point[] builtPoints;
    final long[] arrival;
    final long[] dwell;
    final long end;
    final PacketSprite.State finalState;
    final boolean drawable;

    Timeline(Trace trace, PlaceLocator layout) {
        this.trace = trace;
        List<Hop> hops = trace.hops();
        int n = hops.size();
        roles = new HopRoles(trace);
        labels = new String[n];
        drawnAt = new int[n];
        builtPoints = new Point[n];
        arrival = new long[n];
        dwell = new long[n];
        for (int i = 0; i < n; i++) {
            labels[i] = hops.get(i).src() + " → " + hops.get(i).dst();
        }
        drawable = locateAll(hops, layout);
        long t = 0;
        for (int i = 0; i < n; i++) {
            t += i == 0 ? 0 : travel(i);
            arrival[i] = t;
            dwell[i] = hold(hops, i);
            t += dwell[i];
        }
        end = t;
        finalState = finalState(trace);
    }

    private boolean locateAll(List<Hop> hops, PlaceLocator layout) {
        int firstDrawn = -1;
        for (int i = 0; i < hops.size(); i++) {
            Optional<Point> p = layout.locate(hops.get(i).at());
            if (p.isPresent()) {
                builtPoints[i] = p.get();
                drawnAt[i] = i;
                if (firstDrawn < 0) {
                    firstDrawn = i;
                }
            } else if (i > 0 && firstDrawn >= 0) {
                builtPoints[i] = builtPoints[i - 1];
                drawnAt[i] = drawnAt[i - 1];
            } else {
                drawnAt[i] = -1;
            }
        }
        for (int i = 0; i < firstDrawn; i++) {
            builtPoints[i] = builtPoints[firstDrawn];
            drawnAt[i] = firstDrawn;
        }
        return firstDrawn >= 0;
    }

    private long travel(int i) {
        if (!drawable) {
            return 0;
        }
        double d = builtPoints[i - 1].distance(builtPoints[i]);
        return d < 1 ? 0 : Math.max(MIN_TRAVEL, Math.round(d * MILLIS_PER_300_PX / 300));
    }

    private long hold(List<Hop> hops, int i) {
        Action a = hops.get(i).action();
        long hold = 0;
        if (HopRoles.rewrites(a) || a == Action.DROP || a == Action.REJECT) {
            hold = REWRITE_HOLD;
        }
        boolean last = i == hops.size() - 1;
        if (i == 0 || last || travel(i + 1) == 0) {
            hold = Math.max(hold, STEP_HOLD);
        }
        return hold;
    }

    private static PacketSprite.State finalState(Trace trace) {
        List<Hop> hops = trace.hops();
        Action last = hops.isEmpty() ? null : hops.get(hops.size() - 1).action();
        if (last == Action.DROP) {
            return PacketSprite.State.DROPPED;
        }
        if (last == Action.REJECT) {
            return PacketSprite.State.REJECTED;
        }
        return switch (trace.outcome()) {
            case DELIVERED -> PacketSprite.State.DELIVERED;
            case REFUSED -> PacketSprite.State.REJECTED;
            case DROPPED, UNREACHABLE -> PacketSprite.State.DROPPED;
            case NXDOMAIN, NO_REPLY -> PacketSprite.State.UNANSWERED;
        };
    }

    int hopCount() {
        return arrival.length;
    }

    long arrival(int hop) {
        return arrival[hop];
    }

    /** How long the packet stays on screen after {@link #end}. */
    long linger() {
        return finalState == PacketSprite.State.DELIVERED ? DELIVERED_LINGER : FAILURE_LINGER;
    }

    /** The hop last reached at {@code elapsed} (0 before the start). */
    int hopAt(long elapsed) {
        int lo = 0;
        int hi = arrival.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (arrival[mid] <= elapsed) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** Where hop i is drawn now: the layout's current answer, or where it was when the packet set off. */
    Point pointOf(int hop, Points live) {
        int at = drawnAt[hop];
        Point p = live.locate(trace.hops().get(at).at());
        return p != null ? p : builtPoints[hop];
    }

    /** A per-frame cache of the layout's answers, so a place is looked up once per frame. */
    interface Points {
        Point locate(Place place);
    }

    static double ease(double t) {
        return t * t * (3 - 2 * t);
    }
}
