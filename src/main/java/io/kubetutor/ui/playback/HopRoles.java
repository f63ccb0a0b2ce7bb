package io.kubetutor.ui.playback;

import io.kubetutor.sim.net.Action;
import io.kubetutor.sim.net.Hop;
import io.kubetutor.sim.net.Place;
import io.kubetutor.sim.net.Trace;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What each hop of a trace means for the animation, from the trace alone (no layout): which kind
 * of packet is travelling (the DNS lookup, the request, the reply), which addresses a hop rewrote,
 * and which moves are the extra hop between nodes.
 */
final class HopRoles {
    final PacketSprite.Kind[] kinds;
    /** {@code extraInto[i]}: the move from hop i-1's place to hop i's place is (the way back of) the extra hop. */
    final boolean[] extraInto;
    final boolean[] srcChanged;
    final boolean[] dstChanged;
    /** The first hop of the leg (run of one kind) each hop belongs to: trails start there. */
    final int[] legStart;

    HopRoles(Trace trace) {
        List<Hop> hops = trace.hops();
        int n = hops.size();
        kinds = new PacketSprite.Kind[n];
        extraInto = new boolean[n];
        srcChanged = new boolean[n];
        dstChanged = new boolean[n];
        legStart = new int[n];
        classify(hops);
        markRewrites(hops);
        markExtraHops(hops);
    }

    /**
     * A DNS lookup runs from its query until the first hop going out again after its answer came
     * back; the rest is the request and its reply.
     */
    private void classify(List<Hop> hops) {
        boolean inDns = false;
        boolean answered = false;
        for (int i = 0; i < hops.size(); i++) {
            Hop h = hops.get(i);
            if (h.action() == Action.DNS_QUERY) {
                inDns = true;
                answered = false;
            } else if (inDns && answered && !h.reply()) {
                inDns = false;
            }
            if (inDns && h.reply()) {
                answered = true;
            }
            kinds[i] = inDns ? PacketSprite.Kind.DNS : h.reply() ? PacketSprite.Kind.REPLY : PacketSprite.Kind.REQUEST;
            boolean newLeg = i == 0 || kinds[i] != kinds[i - 1] || h.action() == Action.DNS_QUERY;
            legStart[i] = newLeg ? i : legStart[i - 1];
        }
    }

    private void markRewrites(List<Hop> hops) {
        for (int i = 1; i < hops.size(); i++) {
            Hop h = hops.get(i);
            Hop before = hops.get(i - 1);
            if (rewrites(h.action())) {
                srcChanged[i] = !h.src().equals(before.src());
                dstChanged[i] = !h.dst().equals(before.dst());
            }
        }
    }

    static boolean rewrites(Action a) {
        return a == Action.DNAT || a == Action.SNAT || a == Action.UN_DNAT || a == Action.UN_SNAT;
    }

    /**
     * The extra hop: traffic from outside the cluster that kube-proxy on the node it reached sent
     * on to a pod on another node (externalTrafficPolicy Cluster), and the reply's way back between
     * the same two nodes. A pod talking to a pod on another node is ordinary routing, not an
     * extra hop, and neither is the ingress controller's own connection to its backend.
     */
    private void markExtraHops(List<Hop> hops) {
        if (hops.isEmpty()) {
            return;
        }
        Place.Kind sender = hops.get(0).at().kind();
        boolean fromOutside = sender == Place.Kind.CLIENT || sender == Place.Kind.OUTSIDE;
        String dnatNode = null;
        Set<String> crossings = new HashSet<>();
        for (int i = 1; i < hops.size(); i++) {
            Hop prev = hops.get(i - 1);
            Hop h = hops.get(i);
            Place.Kind at = prev.at().kind();
            if (!prev.reply() && (at == Place.Kind.POD || at == Place.Kind.INGRESS_CONTROLLER)) {
                fromOutside = false;
            }
            if (!prev.reply() && at == Place.Kind.KUBE_PROXY && prev.action() == Action.DNAT) {
                dnatNode = prev.at().node();
            }
            if (prev.action() != Action.FORWARD) {
                continue;
            }
            String a = prev.at().node();
            String b = h.at().node();
            if (a == null || b == null || a.equals(b)) {
                continue;
            }
            if (!prev.reply() && fromOutside && a.equals(dnatNode)) {
                extraInto[i] = true;
                crossings.add(a + "\u0000" + b);
            } else if (prev.reply() && crossings.contains(b + "\u0000" + a)) {
                extraInto[i] = true;
            }
        }
    }
}
