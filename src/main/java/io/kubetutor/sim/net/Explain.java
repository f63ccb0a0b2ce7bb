package io.kubetutor.sim.net;

import io.kubetutor.model.Ipv4;
import io.kubetutor.model.Pod;
import io.kubetutor.model.Service;
import io.kubetutor.model.ServicePort;
import io.kubetutor.sim.Selectors;
import io.kubetutor.sim.net.proxy.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The plain-words explanations of what went wrong, in the order a practitioner checks: does the
 * selector match pods, are they Ready, does the Service expose the port, does the app listen on the
 * targetPort, and on which address. These are the learner's usual mistakes.
 */
final class Explain {
    private Explain() {
    }

    /** Why kube-proxy refused: no endpoints (and why there are none) or a port the Service lacks. */
    static Reason rejected(World w, Verdict v) {
        Service s = v.service();
        if (v.cause() == Verdict.Cause.PORT_NOT_EXPOSED && s != null) {
            return Reason.of("refused.portNotExposed", name(s), v.dstPort(), v.protocol(),
                    s.spec().ports().stream().map(p -> p.port() + "/" + proto(p)).collect(Collectors.joining(", ")));
        }
        if (s == null) {
            return v.because();
        }
        return Reason.of("refused.noEndpoints", name(s), whyNoEndpoints(w, s));
    }

    /** The troubleshooting checklist for a Service without endpoints. */
    static Reason whyNoEndpoints(World w, Service s) {
        Map<String, String> sel = s.spec().selector();
        if (sel == null || sel.isEmpty()) {
            return Reason.of("noEndpoints.noSelector");
        }
        String ns = s.metadata().namespace();
        List<Pod> matching = new ArrayList<>();
        for (Pod p : w.state.pods()) {
            if (p.metadata().namespace().equals(ns) && Selectors.matches(sel, p.metadata().labels())) {
                matching.add(p);
            }
        }
        String selText = sel.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(","));
        if (matching.isEmpty()) {
            return Reason.of("noEndpoints.selectorMatchesNoPod", selText, ns);
        }
        long running = matching.stream().filter(p -> !p.metadata().deleting()).count();
        if (running == 0) {
            return Reason.of("noEndpoints.allTerminating", selText);
        }
        long ready = matching.stream().filter(p -> p.status().ready() && !p.metadata().deleting()).count();
        if (ready == 0) {
            return Reason.of(matching.size() == 1 ? "noEndpoints.podNotReady" : "noEndpoints.podsNotReady",
                    matching.size(), selText);
        }
        return Reason.of("noEndpoints.targetPortNotDeclared");
    }

    /** Why the packet's source is rewritten, and to what. */
    static Reason masquerade(Verdict v, World.NodeNet node, String via) {
        Reason to = Reason.of(via.equals(node.ip()) ? "snat.toNodeAddress" : "snat.toBridge", via, node.name());
        return switch (v.masqueradeWhy()) {
            // The EXT chain marks every packet for masquerade, a pod's as well as the laptop's.
            case EXTERNAL_TRAFFIC_CLUSTER -> Reason.of("snat.externalTrafficCluster", node.name(), to, via);
            case HOST_ORIGINATED -> Reason.of("snat.hostOriginated", to);
            case OFF_CLUSTER_SOURCE -> Reason.of("snat.offClusterSource", to);
            case HAIRPIN -> Reason.of("snat.hairpin", to);
            default -> to;
        };
    }

    /**
     * A packet to the Service range that no kube-proxy rule took: a ping to a ClusterIP (the rules
     * match only TCP/UDP/SCTP ports, so nothing answers in iptables mode; IPVS binds every ClusterIP to
     * kube-ipvs0, so the node answers), or an address no Service holds (lost by the default route).
     */
    static Reached noServiceRule(Connection c, World.NodeNet node, Ipv4 addr) {
        World w = c.w();
        Service s = w.rules.serviceAtClusterIp(addr.bits());
        Recorder rec = c.rec;
        if (s != null && c.proto.equals(Connection.ICMP)) {
            if (w.state.topology().proxyMode() == io.kubetutor.model.ClusterTopology.ProxyMode.IPVS) {
                rec.hop(Place.kubeProxy(node.name()), Action.DELIVER, c.src, c.dst, () -> Reason.of(
                        "ping.ipvsNodeAnswers", node.name(), name(s)));
                return Reached.node(node);
            }
            rec.hop(Place.kubeProxy(node.name()), Action.DROP, c.src, c.dst, () -> Reason.of("ping.clusterIpSilent",
                    addr, name(s)));
            c.j.end(Outcome.NO_REPLY, () -> Reason.of("end.clusterIpNoPing"));
            return Reached.NOWHERE;
        }
        rec.hop(Place.node(node.name()), Action.DROP, c.src, c.dst, () -> Reason.of("node.noServiceAtClusterIp",
                addr));
        c.j.end(Outcome.DROPPED, () -> Reason.of("end.nothingHasAddress", addr));
        return Reached.NOWHERE;
    }

    static String name(Service s) {
        return s.metadata().namespace() + "/" + s.metadata().name();
    }

    private static String proto(ServicePort p) {
        return p.protocol().isEmpty() ? "TCP" : p.protocol();
    }
}
