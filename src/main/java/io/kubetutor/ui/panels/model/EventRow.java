package io.kubetutor.ui.panels.model;

import io.kubetutor.sim.ClusterEvent;
import io.kubetutor.sim.net.Trace;
import io.kubetutor.session.HopRef;

/**
 * One line of the event log: a cluster event, a request's header, or one hop of a request. The
 * words of the summary depend on the language, so the row keeps what it came from and
 * {@link EventRows#summary} words it on demand.
 *
 * @param id         unique and increasing in the order rows were made
 * @param kind       what the row stands for
 * @param timeMillis virtual time (the event's, or the request's send time for a request and its hops)
 * @param place      where it happened: a node, pod, client, "api-server" or a controller
 * @param type       the chip in the type column
 * @param event      the cluster event, for {@link Kind#EVENT}
 * @param trace      the request, for {@link Kind#REQUEST} and {@link Kind#HOP}
 * @param hop        the hop's index for {@link Kind#HOP}, -1 otherwise
 */
public record EventRow(long id, Kind kind, long timeMillis, String place, EventType type, ClusterEvent event,
                       Trace trace, int hop) {

    public enum Kind { EVENT, REQUEST, HOP }

    /** The hop (or, for a header, the whole request) this row selects; null for a cluster event. */
    public HopRef hopRef() {
        return trace == null ? null : new HopRef(trace, hop);
    }
}
