package io.kubetutor.ui.playback;

import io.kubetutor.sim.net.Trace;
import java.util.List;

/**
 * One packet as it is drawn in one frame: where it is, what its addresses read at the hop it last
 * passed, what kind of packet it is and how it is doing. Everything here is a function of the
 * playback's virtual time; the JavaFX layer only draws it.
 *
 * @param trace      the request this packet belongs to
 * @param hop        the index of the hop it last passed (the one its addresses and state come from)
 * @param position   where to draw it, in the topology's coordinates
 * @param label      {@code src → dst} as of that hop
 * @param kind       request, reply or DNS
 * @param state      moving, or how it ended (lingering where that happened)
 * @param srcChanged its source was just rewritten at this hop (SNAT, un-DNAT…): highlight it
 * @param dstChanged its destination was just rewritten (DNAT, un-SNAT…): highlight it
 * @param extraHop   it is crossing from the node the client picked to another node (the extra hop)
 * @param from       start of the segment it is travelling, null while it stays at a place
 * @param to         end of that segment, null while it stays at a place
 * @param trail      points it passed on this leg (request, reply or DNS lookup), oldest first,
 *                   ending at {@code position}
 * @param focused    the trace the event log and packet details follow
 */
public record PacketSprite(Trace trace, int hop, Point position, String label, Kind kind, State state,
                           boolean srcChanged, boolean dstChanged, boolean extraHop, Point from, Point to,
                           List<Point> trail, boolean focused) {
    public enum Kind { REQUEST, REPLY, DNS }

    public enum State {
        /** On its way, or pausing at a place while a rule rewrites it. */
        MOVING,
        /** It arrived where it was going (the answer reached the sender, or the last hop delivered it). */
        DELIVERED,
        /** A rule or a node dropped it where it is: the sender waits for a timeout. */
        DROPPED,
        /** A rule or a kernel refused it (a REJECT rule, a TCP reset): the sender is told at once. */
        REJECTED,
        /** It reached the far end but nothing answered (a ping to a ClusterIP, a hung app). */
        UNANSWERED
    }
}
