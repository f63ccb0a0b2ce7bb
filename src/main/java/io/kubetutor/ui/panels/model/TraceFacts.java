package io.kubetutor.ui.panels.model;

import io.kubetutor.sim.net.Action;
import io.kubetutor.sim.net.Hop;
import io.kubetutor.sim.net.Place;
import io.kubetutor.sim.net.RequestKind;
import io.kubetutor.sim.net.Trace;
import io.kubetutor.sim.net.proxy.Verdict;
import java.util.Locale;

/** Facts about a trace that several panels need: which hop the Service decision was made at, and so on. */
public final class TraceFacts {
    private TraceFacts() {
    }

    /**
     * The index of the hop where kube-proxy made the decision the trace's {@link Trace#verdict()}
     * describes (a request can pass kube-proxy twice: once for its DNS lookup, once for the
     * Service); -1 when there is none.
     */
    public static int serviceHop(Trace t) {
        Verdict v = t.verdict();
        if (v == null) {
            return -1;
        }
        for (int i = 0; i < t.hops().size(); i++) {
            Hop h = t.hops().get(i);
            if (h.reply() || h.at().kind() != Place.Kind.KUBE_PROXY || !v.node().equals(h.at().node())) {
                continue;
            }
            boolean decided = switch (v.kind()) {
                case DNAT -> h.action() == Action.DNAT && h.dst().ip().equals(v.endpoint().ip())
                        && h.dst().port() == v.endpoint().port();
                case DROP -> h.action() == Action.DROP;
                case REJECT -> h.action() == Action.REJECT;
                case NO_RULE -> false;
            };
            if (decided) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the SNAT hop kube-proxy added with the Service decision, or -1. */
    public static int masqueradeHop(Trace t) {
        int s = serviceHop(t);
        if (s < 0) {
            return -1;
        }
        for (int i = s + 1; i < t.hops().size(); i++) {
            Hop h = t.hops().get(i);
            if (h.action() == Action.SNAT && h.at().kind() == Place.Kind.KUBE_PROXY) {
                return i;
            }
            if (h.at().kind() != Place.Kind.KUBE_PROXY) {
                break;
            }
        }
        return -1;
    }

    /**
     * Whether a browser's request rode a connection it had kept open: conntrack kept the old NAT, so
     * the verdict is the one made when the connection opened and no new choice was made. The
     * Service hop then explains conntrack rather than quoting kube-proxy's rules.
     */
    public static boolean connectionReused(Trace t) {
        if (t.kind() != RequestKind.KEEP_ALIVE || t.verdict() == null) {
            return false;
        }
        int s = serviceHop(t);
        return s >= 0 && !t.hops().get(s).reason().startsWith("kube-proxy on ");
    }

    /** The hop where the ingress controller routed the request (matched host and path), or -1. */
    public static int ingressHop(Trace t) {
        if (t.ingress() == null) {
            return -1;
        }
        for (int i = 0; i < t.hops().size(); i++) {
            Hop h = t.hops().get(i);
            if (!h.reply() && h.action() == Action.ROUTE && h.at().kind() == Place.Kind.INGRESS_CONTROLLER) {
                return i;
            }
        }
        return -1;
    }

    /** The packet as it was before hop {@code i}: the previous hop's addresses (turned around where the reply starts). */
    public static PacketChange change(Trace t, int i) {
        Hop h = t.hops().get(i);
        if (i == 0) {
            return new PacketChange(h.src(), h.dst(), h.src(), h.dst());
        }
        Hop prev = t.hops().get(i - 1);
        if (h.reply() && !prev.reply()) {
            return new PacketChange(prev.dst(), prev.src(), h.src(), h.dst());
        }
        return new PacketChange(prev.src(), prev.dst(), h.src(), h.dst());
    }

    /** Virtual time as a clock since the cluster started, as kube-proxy's explanations print it: 03:01:00. */
    public static String clock(long millis) {
        long s = Math.max(0, millis) / 1000;
        return String.format(Locale.ROOT, "%02d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
    }
}
