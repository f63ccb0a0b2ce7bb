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
                rec.hop(senderPlace, Action.ROUTE, src, dst, () -> Reason.of(senderPlace.kind() == Place.Kind.POD
                        ? "send.fromPod" : "send.fromNode", senderPlace.name(), dst, senderNode));
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
            rec.hop(senderPlace, Action.ROUTE, src, dst, () -> Reason.of("send.toNodeAcrossLan", senderPlace.name(),
                    node.name(), ip));
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
            rec.hop(senderPlace, Action.ROUTE, src, dst, () -> Reason.of("send.externalIp", ip, owner, first.name()));
            j.entryNode = first.name();
            return atNode(first, origin);
        }
        Ipv4 addr = Ipv4.parse(ip).orElseThrow();
        if (w().inServiceCidr(addr) || w().nodeOwningPodAddress(addr) != null) {
            boolean svc = w().inServiceCidr(addr);
            rec.hop(senderPlace, Action.DROP, src, dst, () -> svc
                    ? Reason.of("send.noRouteToServiceRange", ip, w().state.topology().serviceCIDR(),
                    senderPlace.name())
                    : Reason.of("send.noRouteToPodAddress", ip, senderPlace.name()));
            j.end(Outcome.UNREACHABLE, () -> Reason.of("end.noRouteFromOutside", senderPlace.name(), ip));
            return Reached.NOWHERE;
        }
        ClusterTopology.Client c = w().client(ip);
        if (c != null) {
            rec.hop(senderPlace, Action.ROUTE, src, dst, () -> Reason.of("route.acrossLanTo", c.name()));
            return Reached.client(c.name());
        }
        rec.hop(senderPlace, Action.ROUTE, src, dst, () -> Reason.of("route.defaultGateway", ip));
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
            return lost(node, () -> Reason.of("node.downPacketLost", node.name(), dst));
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
                rec.hop(Place.kubeProxy(node.name()), Action.REJECT, src, dst, v::because);
                rec.reply(senderPlace, Action.DELIVER, dst, clientAddr, () -> Reason.of("reply.portUnreachable"));
                j.end(Outcome.REFUSED, () -> Reason.of("end.refused", Explain.rejected(w(), v)));
                return Reached.NOWHERE;
            }
            case DROP -> {
                verdict = v;
                rec.hop(Place.kubeProxy(node.name()), Action.DROP, src, dst, v::because);
                j.end(Outcome.DROPPED, () -> Reason.of("end.proxyDropped", node.name(), v.because()));
                return Reached.NOWHERE;
            }
            case DNAT -> {
                verdict = v;
                natNode = node;
                natSrc = src;
                natDst = dst;
                HostPort to = new HostPort(v.endpoint().ip(), v.endpoint().port());
                rec.hop(Place.kubeProxy(node.name()), Action.DNAT, src, to, () -> established
                        ? Reason.of("proxy.established", v.endpoint().label(), to) : v.becauseOnOneLine());
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
    private Reached lost(World.NodeNet failed, java.util.function.Supplier<Reason> why) {
        rec.hop(Place.node(failed.name()), Action.DROP, src, dst, why);
        j.end(Outcome.DROPPED, () -> Reason.of("end.lostNodeDown", failed.name()));
        return Reached.NOWHERE;
    }

    /**
     * Why the packet to {@code p} on a node that is down is lost; when kube-proxy picked it, also why it
     * still could: its endpoint is listed as ready until the node is noticed.
     */
    private Reason lostOnDownNode(World.PodNet p) {
        boolean stillListed = verdict != null && verdict.endpoint() != null && natNode != null
                && verdict.endpoint().ip().equals(p.ip);
        return stillListed ? Reason.of("node.podOnDownNodeStillListed", p.name(), p.node, natNode.name())
                : Reason.of("node.podOnDownNode", p.name(), p.node);
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
                rec.hop(Place.node(node.name()), Action.FORWARD, src, dst, () -> Reason.of(extra
                        ? "node.forwardToPodExtraHop" : "node.forwardToPod", p.name(), p.node, node.name()));
            }
            if (p.nodeFailed) {
                return lost(w().node(p.node), () -> lostOnDownNode(p));
            }
            return Reached.pod(p);
        }
        World.NodeNet target = w().nodeByIp(ip);
        if (target != null) {
            if (target != node) {
                rec.hop(Place.node(node.name()), Action.FORWARD, src, dst, () -> Reason.of("route.acrossLanTo",
                        target.name()));
                if (target.failed()) {
                    return lost(target, () -> Reason.of("node.downNothingAnswers", target.name(), ip));
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
            rec.hop(Place.node(node.name()), Action.DROP, src, dst, () -> Reason.of("node.noPodAtAddress", ip,
                    w().nodeOwningPodAddress(addr).name()));
            j.end(Outcome.UNREACHABLE, () -> Reason.of("end.noPodHas", ip));
            return Reached.NOWHERE;
        }
        if (w().inServiceCidr(addr)) {
            return Explain.noServiceRule(this, node, addr);
        }
        ClusterTopology.Client c = w().client(ip);
        if (c != null) {
            rec.hop(Place.node(node.name()), Action.ROUTE, src, dst, () -> Reason.of("route.outToClient", c.name()));
            return Reached.client(c.name());
        }
        if (router.podNetwork(src.ip())) {
            HostPort from = new HostPort(node.ip(), src.port() == 0 ? 0 : router.sourcePort());
            rec.hop(Place.node(node.name()), Action.SNAT, from, dst, () -> Reason.of("node.cniMasquerade", node.name(),
                    node.ip()));
            if (natNode == null) {
                natNode = node;
                natSrc = src;
                natDst = dst;
            }
            src = from;
            snat = true;
        }
        rec.hop(Place.node(node.name()), Action.ROUTE, src, dst, () -> Reason.of("route.defaultGateway", ip));
        return Reached.outside(ip);
    }

    /**
     * A pod asked for this host port: the CNI portmap plugin's DNAT on the node sends the packet to
     * the pod (no SNAT: the pod sees the client's address).
     */
    private Reached hostPortDnat(World.NodeNet node, World.HostPortBinding hp) {
        World.PodNet p = w().pod(hp.podIp());
        HostPort to = new HostPort(hp.podIp(), hp.containerPort());
        rec.hop(Place.node(node.name()), Action.DNAT, src, to, () -> Reason.of("node.hostPort", dst.port(),
                node.name(), p.name(), to));
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
    void replyBack(Action first, java.util.function.Supplier<Reason> what) {
        if (!rec.isOn()) {
            return;
        }
        HostPort rsrc = dst;
        HostPort rdst = src;
        rec.reply(reachedPlace(), first, rsrc, rdst, what);
        String at = reachedNode();
        if (natNode != null) {
            if (at != null && !at.equals(natNode.name())) {
                rec.reply(Place.node(at), Action.FORWARD, rsrc, rdst, () -> Reason.of("reply.backToNatNode",
                        natNode.name()));
            }
            HostPort back = natDst;
            HostPort to = natSrc;
            Action undo = back.equals(dst) ? Action.UN_SNAT : Action.UN_DNAT;
            rec.reply(Place.kubeProxy(natNode.name()), undo, back, to, () -> Reason.of("reply.conntrackReverses",
                    natNode.name(), back, to));
            rsrc = back;
            rdst = to;
            at = natNode.name();
        }
        if (lbFront != null) {
            rec.reply(Place.LOAD_BALANCER, Action.UN_DNAT, lbFront, clientAddr,
                    () -> Reason.of("reply.loadBalancer", lbFront));
            rsrc = lbFront;
        }
        if (senderNode != null && at != null && !at.equals(senderNode)) {
            String from = at;
            HostPort s = rsrc;
            rec.reply(Place.node(from), Action.FORWARD, s, clientAddr, () -> Reason.of("reply.backAcross",
                    senderNode));
        }
        rec.reply(senderPlace, Action.DELIVER, rsrc, clientAddr, what);
    }
}
