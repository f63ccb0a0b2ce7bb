package io.kubetutor.sim.net;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.Ipv4;
import io.kubetutor.model.Service;
import io.kubetutor.sim.net.proxy.Origin;
import io.kubetutor.sim.net.proxy.Verdict;

/**
 * One connection (or one ICMP echo, or one DNS datagram) from a sender to an address: the way there
 * through the load balancer, kube-proxy's rules and the nodes, and afterwards the reply's way back
 * through the same NAT state. It records hops as it goes and remembers what the reply must undo.
 */
final class Connection {
    static final String ICMP = "ICMP";

    final Router router;
    final Journey j;
    final Recorder rec;
    final Place senderPlace;
    final String senderNode;
    final Origin origin;
    final String proto;
    final HostPort clientAddr;
    HostPort src;
    HostPort dst;
    /** The node whose conntrack holds this connection's NAT, with the addresses before it. */
    World.NodeNet natNode;
    HostPort natSrc;
    HostPort natDst;
    boolean snat;
    /** The load balancer's address the client used, when it came through one. */
    HostPort lbFront;
    Verdict verdict;
    /** A kept-alive connection carrying another request: kube-proxy made no choice for it. */
    boolean resumed;
    /** The node the reply must go through to undo the NAT (where the packet was when NAT happened). */
    Reached reached = Reached.NOWHERE;

    Connection(Router router, Journey j, Place senderPlace, String senderNode, Origin origin, HostPort from,
               String proto) {
        this.router = router;
        this.j = j;
        this.rec = j.rec;
        this.senderPlace = senderPlace;
        this.senderNode = senderNode;
        this.origin = origin;
        this.clientAddr = from;
        this.src = from;
        this.proto = proto;
    }

    World w() {
        return router.world;
    }

    /** Sends the first packet to {@code to}; returns where it got (NOWHERE when the journey ended). */
    Reached open(HostPort to) {
        dst = to;
        if (origin == Origin.EXTERNAL) {
            reached = fromOutside();
        } else {
            if (rec.isOn()) {
                rec.hop(senderPlace, Action.ROUTE, src, dst, () -> senderPlace.name() + " sends to " + dst
                        + (senderPlace.kind() == Place.Kind.POD ? " through its veth into " + senderNode + "'s network"
                        : " from " + senderNode));
            }
            j.entryNode = senderNode;
            reached = atNode(w().node(senderNode), origin);
        }
        return reached;
    }

    private Reached fromOutside() {
        String ip = dst.ip();
        World.NodeNet node = w().nodeByIp(ip);
        if (node != null) {
            rec.hop(senderPlace, Action.ROUTE, src, dst, () -> senderPlace.name() + " sends to " + node.name()
                    + "'s address " + ip + " across the LAN");
            j.entryNode = node.name();
            return atNode(node, origin);
        }
        Service lb = w().loadBalancerOwner(ip);
        if (lb != null) {
            return LoadBalancerHop.through(this, lb);
        }
        String owner = w().externalIpOwner(ip);
        if (owner != null) {
            World.NodeNet first = externalIpNode();
            rec.hop(senderPlace, Action.ROUTE, src, dst, () -> ip + " is an externalIP of Service " + owner
                    + ": the network routes it to " + first.name() + " (the tutor's LAN sends externalIPs to the "
                    + "first worker node), where kube-proxy has rules for it");
            j.entryNode = first.name();
            return atNode(first, origin);
        }
        Ipv4 addr = Ipv4.parse(ip).orElseThrow();
        if (w().inServiceCidr(addr) || w().nodeOwningPodAddress(addr) != null) {
            boolean svc = w().inServiceCidr(addr);
            rec.hop(senderPlace, Action.DROP, src, dst, () -> ip + (svc
                    ? " is in the Service range " + w().state.topology().serviceCIDR() + ": a ClusterIP is virtual, it "
                    + "exists only in kube-proxy's rules on the nodes, and " + senderPlace.name() + " has no route to it"
                    : " is a pod address: the pod network is routed only between the nodes, and "
                    + senderPlace.name() + " has no route to it"));
            j.end(Outcome.UNREACHABLE, () -> "no route from " + senderPlace.name() + " to " + ip
                    + " (it exists only inside the cluster)");
            return Reached.NOWHERE;
        }
        ClusterTopology.Client c = w().client(ip);
        if (c != null) {
            rec.hop(senderPlace, Action.ROUTE, src, dst, () -> "across the LAN to " + c.name());
            return Reached.client(c.name());
        }
        rec.hop(senderPlace, Action.ROUTE, src, dst, () -> "out through the default gateway to " + ip);
        return Reached.outside(ip);
    }

    /** The node the LAN hands externalIPs to: the first node without the control-plane taint. */
    private World.NodeNet externalIpNode() {
        for (World.NodeNet n : w().nodes()) {
            if (!n.node().controlPlane()) {
                return n;
            }
        }
        return w().nodes().get(0);
    }

    /**
     * The packet is on {@code node}: kube-proxy's rules first, then ordinary routing. {@code seenAs} is
     * how this node's rules class the source (another node's host address counts as external here).
     */
    Reached atNode(World.NodeNet node, Origin seenAs) {
        if (node.failed()) {
            return lost(node, () -> node.name() + " is down (no power): nothing on it answers or forwards, so the"
                    + " packet to " + dst + " is lost");
        }
        if (proto.equals(ICMP)) {
            return routeOn(node);
        }
        Verdict v = router.proxy.route(node.name(), seenAs, Router.bits(src.ip()), Router.bits(dst.ip()), dst.port(),
                proto, router.now, w().rules);
        return apply(node, v, false);
    }

    /** Applies kube-proxy's verdict on {@code node}; {@code established} for a kept-alive connection. */
    Reached apply(World.NodeNet node, Verdict v, boolean established) {
        switch (v.kind()) {
            case REJECT -> {
                verdict = v;
                rec.hop(Place.kubeProxy(node.name()), Action.REJECT, src, dst, v::reason);
                rec.reply(senderPlace, Action.DELIVER, dst, clientAddr,
                        () -> "ICMP port unreachable comes back: connection refused");
                j.end(Outcome.REFUSED, () -> "connection refused: " + Explain.rejected(w(), v));
                return Reached.NOWHERE;
            }
            case DROP -> {
                verdict = v;
                rec.hop(Place.kubeProxy(node.name()), Action.DROP, src, dst, v::reason);
                j.end(Outcome.DROPPED, () -> "on " + node.name() + ": the client waits until it times out ("
                        + v.reason() + ")");
                return Reached.NOWHERE;
            }
            case DNAT -> {
                verdict = v;
                natNode = node;
                natSrc = src;
                natDst = dst;
                HostPort to = new HostPort(v.endpoint().ip(), v.endpoint().port());
                rec.hop(Place.kubeProxy(node.name()), Action.DNAT, src, to, () -> established
                        ? "established connection: conntrack sends it to " + v.endpoint().label() + " (" + to
                        + ") as before; kube-proxy's rules are not consulted again"
                        : pickReason(v));
                dst = to;
                if (v.masquerade()) {
                    String via = masqueradeAddress(node, v.endpoint().ip());
                    HostPort from = new HostPort(via, router.sourcePort());
                    rec.hop(Place.kubeProxy(node.name()), Action.SNAT, from, dst, () -> Explain.masquerade(v, node,
                            via));
                    src = from;
                    snat = true;
                }
                return routeOn(node);
            }
            default -> {
                return routeOn(node);
            }
        }
    }

    /**
     * The packet reached a machine that is off (or a pod on one): nothing answers, not even with a
     * refusal, so the sender waits until it gives up.
     */
    private Reached lost(World.NodeNet failed, java.util.function.Supplier<String> why) {
        rec.hop(Place.node(failed.name()), Action.DROP, src, dst, why);
        j.end(Outcome.DROPPED, () -> "no answer: " + failed.name() + " is down, so the packet is lost and the"
                + " client waits until it times out");
        return Reached.NOWHERE;
    }

    /** Why kube-proxy still picked a pod on a node that is down: its endpoint is listed as ready until the node is noticed. */
    private String stillListed(World.PodNet p) {
        if (verdict == null || verdict.endpoint() == null || natNode == null
                || !verdict.endpoint().ip().equals(p.ip)) {
            return "";
        }
        return "; kube-proxy on " + natNode.name() + " still picked it, because the Service's endpoints still list the"
                + " pod as ready: they change only once the node lifecycle controller marks the node not ready"
                + " (after the 50 s node-monitor-grace-period) and, with it, the pod";
    }

    /** kube-proxy's reason for a DNAT without its masquerade line (the SNAT hop says that), on one line. */
    static String pickReason(Verdict v) {
        StringBuilder b = new StringBuilder();
        for (String line : v.reason().split("\n")) {
            if (!line.startsWith("masquerade:")) {
                b.append(b.length() == 0 ? "" : "; ").append(line);
            }
        }
        return b.toString();
    }

    /**
     * The source address masquerade picks: the address of the interface the packet leaves by. A pod on
     * this node is behind the local bridge (cni0); anything else is reached over the LAN.
     */
    private String masqueradeAddress(World.NodeNet node, String to) {
        World.PodNet p = w().pod(to);
        return p != null && p.node.equals(node.name()) ? node.bridgeIp() : node.ip();
    }

    /** Ordinary routing on {@code node} towards {@code dst}. */
    Reached routeOn(World.NodeNet node) {
        String ip = dst.ip();
        World.PodNet p = w().pod(ip);
        if (p != null) {
            if (!p.node.equals(node.name())) {
                boolean extra = natNode != null && origin == Origin.EXTERNAL;
                rec.hop(Place.node(node.name()), Action.FORWARD, src, dst, () -> p.name() + " runs on " + p.node + ": "
                        + node.name() + " sends the packet across to " + p.node
                        + (extra ? " (the extra hop: the node the client picked has to pass it on)" : ""));
            }
            if (p.nodeFailed) {
                return lost(w().node(p.node), () -> p.name() + " runs on " + p.node + ", which is down (no power):"
                        + " the packet is lost on the way" + stillListed(p));
            }
            return Reached.pod(p);
        }
        World.NodeNet target = w().nodeByIp(ip);
        if (target != null) {
            if (target != node) {
                rec.hop(Place.node(node.name()), Action.FORWARD, src, dst, () -> "across the LAN to " + target.name());
                if (target.failed()) {
                    return lost(target, () -> target.name() + " is down (no power): nothing answers at " + ip);
                }
                if (!proto.equals(ICMP) && natNode == null) {
                    // The other node's own rules see it next (its NodePorts, say).
                    return atNode(target, origin == Origin.POD ? Origin.POD : Origin.EXTERNAL);
                }
            }
            World.HostPortBinding hp = proto.equals(ICMP) ? null : w().hostPort(target.name(), dst.port());
            if (hp != null && w().pod(hp.podIp()) != null) {
                return hostPortDnat(target, hp);
            }
            return Reached.node(target);
        }
        Ipv4 addr = Ipv4.parse(ip).orElseThrow();
        if (w().nodeOwningPodAddress(addr) != null) {
            rec.hop(Place.node(node.name()), Action.DROP, src, dst, () -> "no pod has the address " + ip
                    + " (it is in " + w().nodeOwningPodAddress(addr).name() + "'s pod range, but nothing answers ARP"
                    + " for it): the node reports the host unreachable");
            j.end(Outcome.UNREACHABLE, () -> "no pod has " + ip);
            return Reached.NOWHERE;
        }
        if (w().inServiceCidr(addr)) {
            return Explain.noServiceRule(this, node, addr);
        }
        ClusterTopology.Client c = w().client(ip);
        if (c != null) {
            rec.hop(Place.node(node.name()), Action.ROUTE, src, dst, () -> "out to " + c.name() + " on the LAN");
            return Reached.client(c.name());
        }
        if (router.podNetwork(src.ip())) {
            HostPort from = new HostPort(node.ip(), src.port() == 0 ? 0 : router.sourcePort());
            rec.hop(Place.node(node.name()), Action.SNAT, from, dst, () -> "the packet leaves the pod network: the CNI "
                    + "masquerades it behind " + node.name() + "'s address " + node.ip());
            if (natNode == null) {
                natNode = node;
                natSrc = src;
                natDst = dst;
            }
            src = from;
            snat = true;
        }
        rec.hop(Place.node(node.name()), Action.ROUTE, src, dst, () -> "out through the default gateway to " + ip);
        return Reached.outside(ip);
    }

    /**
     * A pod asked for this host port: the CNI portmap plugin's DNAT on the node sends the packet to
     * the pod (no SNAT: the pod sees the client's address).
     */
    private Reached hostPortDnat(World.NodeNet node, World.HostPortBinding hp) {
        World.PodNet p = w().pod(hp.podIp());
        HostPort to = new HostPort(hp.podIp(), hp.containerPort());
        rec.hop(Place.node(node.name()), Action.DNAT, src, to, () -> "hostPort " + dst.port() + " on " + node.name()
                + ": the CNI portmap plugin sends it to " + p.name() + " (" + to + "); the source is kept");
        natNode = node;
        natSrc = src;
        natDst = dst;
        dst = to;
        return Reached.pod(p);
    }

    /** Where the reply leaves from: the reached pod's place (or node, client, outside). */
    Place reachedPlace() {
        return switch (reached.kind()) {
            case POD -> router.podPlace(reached.pod());
            case NODE -> Place.node(reached.node().name());
            case CLIENT -> Place.client(reached.name());
            case OUTSIDE -> Place.outside(reached.name());
            case NOWHERE -> senderPlace;
        };
    }

    /** The node the answering side sits on (null outside the cluster). */
    private String reachedNode() {
        return switch (reached.kind()) {
            case POD -> reached.pod().node;
            case NODE -> reached.node().name();
            default -> null;
        };
    }

    /**
     * The answer's way back to the sender: from the far end, back to the node holding the NAT state,
     * through conntrack's reverse NAT, the load balancer, to the sender. {@code first} is the action
     * at the far end (REPLY, or DNS_ANSWER), {@code what} says what comes back.
     */
    void replyBack(Action first, java.util.function.Supplier<String> what) {
        if (!rec.isOn()) {
            return;
        }
        HostPort rsrc = dst;
        HostPort rdst = src;
        rec.reply(reachedPlace(), first, rsrc, rdst, what);
        String at = reachedNode();
        if (natNode != null) {
            if (at != null && !at.equals(natNode.name())) {
                rec.reply(Place.node(at), Action.FORWARD, rsrc, rdst, () -> "back to " + natNode.name()
                        + ", whose conntrack holds the connection's NAT");
            }
            HostPort back = natDst;
            HostPort to = natSrc;
            Action undo = back.equals(dst) ? Action.UN_SNAT : Action.UN_DNAT;
            rec.reply(Place.kubeProxy(natNode.name()), undo, back, to, () -> "conntrack on " + natNode.name()
                    + " reverses the NAT: the reply now comes from " + back + " and goes to " + to);
            rsrc = back;
            rdst = to;
            at = natNode.name();
        }
        if (lbFront != null) {
            rec.reply(Place.LOAD_BALANCER, Action.UN_DNAT, lbFront, clientAddr,
                    () -> "the load balancer sends the reply from its own address " + lbFront);
            rsrc = lbFront;
        }
        if (senderNode != null && at != null && !at.equals(senderNode)) {
            String from = at;
            HostPort s = rsrc;
            rec.reply(Place.node(from), Action.FORWARD, s, clientAddr, () -> "back across to " + senderNode);
        }
        rec.reply(senderPlace, Action.DELIVER, rsrc, clientAddr, what);
    }
}
