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
    static String rejected(World w, Verdict v) {
        Service s = v.service();
        if (v.cause() == Verdict.Cause.PORT_NOT_EXPOSED && s != null) {
            return "Service " + name(s) + " does not expose port " + v.dstPort() + "/" + v.protocol() + " (it exposes "
                    + s.spec().ports().stream().map(p -> p.port() + "/" + proto(p)).collect(Collectors.joining(", "))
                    + "); kube-proxy rejects traffic to its ClusterIP on other ports";
        }
        if (s == null) {
            return v.reason();
        }
        return "Service " + name(s) + " has no endpoints: " + whyNoEndpoints(w, s);
    }

    /** The troubleshooting checklist for a Service without endpoints. */
    static String whyNoEndpoints(World w, Service s) {
        Map<String, String> sel = s.spec().selector();
        if (sel == null || sel.isEmpty()) {
            return "it has no selector, so only a hand-written Endpoints object can give it addresses, and there is"
                    + " none with ready addresses";
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
            return "its selector " + selText + " matches no pod in namespace " + ns
                    + " (check the pods' labels: kubectl get pods --show-labels)";
        }
        long running = matching.stream().filter(p -> !p.metadata().deleting()).count();
        if (running == 0) {
            return "every pod its selector " + selText + " matches is terminating";
        }
        long ready = matching.stream().filter(p -> p.status().ready() && !p.metadata().deleting()).count();
        if (ready == 0) {
            return matching.size() + (matching.size() == 1 ? " pod matches" : " pods match") + " its selector "
                    + selText + " but none is Ready (a failing readiness probe keeps a pod out of the Endpoints;"
                    + " see kubectl describe pod)";
        }
        return "its pods match and are Ready, but none declares the port its targetPort names";
    }

    /** Why the packet's source is rewritten, and to what. */
    static String masquerade(Verdict v, World.NodeNet node, String via) {
        String to = "SNAT to " + via + (via.equals(node.ip()) ? " (" + node.name() + "'s address)"
                : " (" + node.name() + "'s cni0 bridge, the way to a pod on this node)");
        return switch (v.masqueradeWhy()) {
            // The EXT chain marks every packet for masquerade, a pod's as well as the laptop's.
            case EXTERNAL_TRAFFIC_CLUSTER -> "externalTrafficPolicy Cluster: kube-proxy masquerades all traffic to the "
                    + "Service's external addresses (NodePort, externalIPs, load-balancer IP) so the reply comes back "
                    + "through " + node.name() + "; " + to + ", so the pod sees " + via + ", not the client's address";
            case HOST_ORIGINATED -> "the node itself sent it: kube-proxy masquerades it; " + to;
            case OFF_CLUSTER_SOURCE -> "the source is outside the pod network: kube-proxy masquerades it; " + to;
            case HAIRPIN -> "hairpin: the pod reached itself through its Service, so kube-proxy masquerades it "
                    + "(otherwise the pod would answer itself directly and drop the reply); " + to;
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
                rec.hop(Place.kubeProxy(node.name()), Action.DELIVER, c.src, c.dst, () -> "IPVS mode binds every "
                        + "ClusterIP to the kube-ipvs0 interface of every node, so " + node.name()
                        + " itself answers the ping for Service " + name(s) + " (no pod is involved)");
                return Reached.node(node);
            }
            rec.hop(Place.kubeProxy(node.name()), Action.DROP, c.src, c.dst, () -> addr + " is the ClusterIP of "
                    + name(s) + ", a virtual address: kube-proxy's iptables rules match only TCP, UDP and SCTP "
                    + "ports, nothing holds the address, so nothing answers ICMP echo");
            c.j.end(Outcome.NO_REPLY, () -> "a ClusterIP does not answer ping in iptables mode (curl works,"
                    + " ping does not)");
            return Reached.NOWHERE;
        }
        rec.hop(Place.node(node.name()), Action.DROP, c.src, c.dst, () -> "no Service has the ClusterIP " + addr
                + ": no kube-proxy rule matches, the packet leaves by the default route and is lost");
        c.j.end(Outcome.DROPPED, () -> "nothing in the cluster has " + addr + "; the client times out");
        return Reached.NOWHERE;
    }

    static String name(Service s) {
        return s.metadata().namespace() + "/" + s.metadata().name();
    }

    private static String proto(ServicePort p) {
        return p.protocol().isEmpty() ? "TCP" : p.protocol();
    }
}
