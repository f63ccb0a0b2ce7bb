package io.kubetutor.ui.playback;

import java.util.ArrayList;
import java.util.List;

/**
 * One trace being played: its timeline and how far into it the packet is. {@code elapsed} is
 * negative while a staggered packet waits for its turn.
 */
final class Flight {
    final Timeline timeline;
    long elapsed;
    /** In the playback's list of flights on screen (kept in step by the playback). */
    boolean listed;

    Flight(Timeline timeline, long elapsed) {
        this.timeline = timeline;
        this.elapsed = elapsed;
    }

    boolean started() {
        return elapsed >= 0;
    }

    boolean ended() {
        return elapsed >= timeline.end;
    }

    /** Past its end and its lingering: nothing more to draw. */
    boolean gone() {
        return elapsed >= timeline.end + timeline.linger();
    }

    int hop() {
        return timeline.hopAt(Math.max(0, elapsed));
    }

    /** The packet as drawn now; {@code withTrail} false when the screen is too busy for trails. */
    PacketSprite sprite(Timeline.Points live, boolean focused, boolean withTrail) {
        Timeline tl = timeline;
        long e = Math.max(0, elapsed);
        int h = tl.hopAt(e);
        Point here = tl.pointOf(h, live);
        boolean ended = e >= tl.end;
        long leaves = tl.arrival[h] + tl.dwell[h];
        Point position = here;
        Point from = null;
        Point to = null;
        boolean extra = false;
        boolean justRewritten = false;
        PacketSprite.State state = PacketSprite.State.MOVING;
        if (ended) {
            state = tl.finalState;
        } else if (e < leaves || e == tl.arrival[h]) {
            // Staying, or standing exactly at the hop (where stepping stops) before moving on.
            justRewritten = true;
            state = switch (tl.trace.hops().get(h).action()) {
                case DROP -> PacketSprite.State.DROPPED;
                case REJECT -> PacketSprite.State.REJECTED;
                default -> PacketSprite.State.MOVING;
            };
        } else {
            int next = h + 1;
            from = here;
            to = tl.pointOf(next, live);
            long travel = tl.arrival[next] - leaves;
            double t = travel <= 0 ? 1 : (double) (e - leaves) / travel;
            position = from.lerp(to, Timeline.ease(Math.min(1, t)));
            extra = tl.roles.extraInto[next];
        }
        List<Point> trail = withTrail ? trail(h, position, live) : List.of();
        return new PacketSprite(tl.trace, h, position, tl.labels[h], tl.roles.kinds[h], state,
                justRewritten && tl.roles.srcChanged[h], justRewritten && tl.roles.dstChanged[h], extra, from, to,
                trail, focused);
    }

    private List<Point> trail(int hop, Point position, Timeline.Points live) {
        int start = timeline.roles.legStart[hop];
        List<Point> points = new ArrayList<>(hop - start + 2);
        for (int i = start; i <= hop; i++) {
            add(points, timeline.pointOf(i, live));
        }
        add(points, position);
        return points;
    }

    private static void add(List<Point> points, Point p) {
        if (points.isEmpty() || points.get(points.size() - 1).distance(p) >= 0.5) {
            points.add(p);
        }
    }
}
