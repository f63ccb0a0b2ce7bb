package io.kubetutor.sim.net.proxy;

import io.kubetutor.model.ClusterTopology.ProxyMode;
import io.kubetutor.model.Ipv4;
import io.kubetutor.model.Service;
import io.kubetutor.sim.net.proxy.Verdict.Cause;
import io.kubetutor.sim.net.proxy.Verdict.Entry;
import io.kubetutor.sim.net.proxy.Verdict.Kind;
import io.kubetutor.sim.net.proxy.Verdict.Masquerade;
import io.kubetutor.sim.net.proxy.Verdict.PickedBy;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * kube-proxy on every node at once: what a node's netfilter (iptables mode) or IPVS (ipvs mode)
 * does with one packet, given the {@link ProxyRules} it has programmed. The rules are the same on
 * every node; what differs per node is which endpoints are local and what the kernel remembers (the
 * ClientIP affinity lists and IPVS round-robin positions kept here, by virtual time).
 *
 * <p>{@link #route} is the hot path: it hashes primitive keys, draws at most one random number and
 * allocates nothing but its {@link Verdict}. Not thread-safe: one engine thread routes.
 */
public final class KubeProxy {
    private final ProxyMode mode;
    private final RandomGenerator random;
    private final NodeMemory memory = new NodeMemory();
    /** The packet being routed: one reused holder, so the helpers share its facts without allocating. */
    private final Packet p = new Packet();

    public KubeProxy(ProxyMode mode, RandomGenerator random) {
        this.mode = mode;
        this.random = random;
    }

    public ProxyMode mode() {
        return mode;
    }

    /**
     * What {@code node}'s kube-proxy rules do with a new connection from {@code srcIp} to
     * {@code dstIp:dstPort} over {@code protocol} ("TCP", "UDP", "SCTP"), addresses as Ipv4 bits.
     */
    public Verdict route(String node, Origin origin, int srcIp, int dstIp, int dstPort, String protocol,
                         long nowMillis, ProxyRules rules) {
        ProxyRules.Nodes nodes = rules.nodes();
        int ni = nodes.index(node);
        if (ni < 0) {
            throw new IllegalArgumentException("no node " + node + " in the topology");
        }
        p.set(node, ni, origin, srcIp, dstIp, dstPort, protocol, nowMillis);
        int proto = ProxyRules.protocolCode(protocol);
        ServicePortRule rule = rules.byClusterIp(dstIp, dstPort, proto);
        if (rule != null) {
            return clusterIp(rule);
        }
        Service atClusterIp = rules.serviceAtClusterIp(dstIp);
        if (atClusterIp != null) {
            return portNotExposed(Entry.CLUSTER_IP, atClusterIp);
        }
        Entry entry = Entry.EXTERNAL_IP;
        rule = rules.byExternalIp(dstIp, dstPort, proto);
        if (rule == null) {
            entry = Entry.LOAD_BALANCER_IP;
            rule = rules.byLoadBalancerIp(dstIp, dstPort, proto);
        }
        // KUBE-NODEPORTS is the last rule of KUBE-SERVICES and matches --dst-type LOCAL only.
        if (rule == null && localAddress(ni, nodes, dstIp, origin)) {
            entry = Entry.NODE_PORT;
            rule = rules.byNodePort(dstPort, proto);
        }
        if (rule != null) {
            return external(entry, rule, nodes.ip(ni));
        }
        if (mode == ProxyMode.IPVS) {
            // IPVS binds externalIPs and LB IPs to kube-ipvs0 too; KUBE-IPVS-FILTER rejects other ports.
            Service s = rules.serviceAtExternalIp(dstIp);
            if (s != null) {
                return portNotExposed(Entry.EXTERNAL_IP, s);
            }
            s = rules.serviceAtLoadBalancerIp(dstIp);
            if (s != null) {
                return portNotExposed(Entry.LOAD_BALANCER_IP, s);
            }
        }
        return verdict(Kind.NO_RULE, Cause.NO_RULE, null, null, null);
    }

    /** The node's own address; in iptables mode also 127.0.0.0/8 for its own processes (localhost NodePorts). */
    private boolean localAddress(int ni, ProxyRules.Nodes nodes, int dstIp, Origin origin) {
        return dstIp == nodes.ip(ni) || (mode == ProxyMode.IPTABLES && origin == Origin.HOST && (dstIp >>> 24) == 127);
    }

    private Verdict clusterIp(ServicePortRule rule) {
        if (!rule.hasEndpoints()) {
            return verdict(Kind.REJECT, Cause.NO_ENDPOINTS, Entry.CLUSTER_IP, rule, rule.service());
        }
        EndpointSet set = rule.clusterSet();
        boolean localOnly = false;
        boolean fellBack = false;
        if (rule.internalTrafficPolicyLocal()) {
            set = rule.localSet(p.nodeIndex);
            localOnly = true;
            if (set.isEmpty()) {
                if (mode == ProxyMode.IPTABLES) {
                    return new Verdict(Kind.DROP, Cause.NO_LOCAL_ENDPOINTS, mode, p.node, p.origin, p.src, p.dst,
                            p.port, p.protocol, p.now, Entry.CLUSTER_IP, rule, rule.service(), null, -1, 0, null, -1,
                            Masquerade.NONE, true, false, false, false, false);
                }
                // ipvs proxier syncEndpoint: no local endpoint → the virtual server gets the cluster endpoints.
                set = rule.clusterSet();
                localOnly = false;
                fellBack = true;
            }
        }
        Masquerade masq = switch (p.origin) {
            case POD -> Masquerade.NONE;
            case HOST -> Masquerade.HOST_ORIGINATED;
            case EXTERNAL -> Masquerade.OFF_CLUSTER_SOURCE;
        };
        return pick(Entry.CLUSTER_IP, rule, set, masq, localOnly, false, fellBack, false);
    }

    private Verdict external(Entry entry, ServicePortRule rule, int nodeIp) {
        if (!rule.hasEndpoints()) {
            return verdict(Kind.REJECT, Cause.NO_ENDPOINTS, entry, rule, rule.service());
        }
        if (entry == Entry.LOAD_BALANCER_IP && !sourceAllowed(rule, p.src, p.dst, nodeIp)) {
            return verdict(Kind.DROP, Cause.SOURCE_NOT_ALLOWED, entry, rule, rule.service());
        }
        if (!rule.externalTrafficPolicyLocal()) {
            return pick(entry, rule, rule.clusterSet(), Masquerade.EXTERNAL_TRAFFIC_CLUSTER, false, false, false,
                    false);
        }
        EndpointSet local = rule.localSet(p.nodeIndex);
        if (mode == ProxyMode.IPVS) {
            // No short-circuit in IPVS: the virtual server holds the local endpoints, or all of them if none.
            if (!local.isEmpty()) {
                return pick(entry, rule, local, Masquerade.NONE, true, false, false, false);
            }
            return pick(entry, rule, rule.clusterSet(), Masquerade.NONE, false, false, true,
                    p.origin == Origin.EXTERNAL);
        }
        switch (p.origin) {
            case POD:
                return pick(entry, rule, rule.clusterSet(), Masquerade.NONE, false, true, false, false);
            case HOST:
                return pick(entry, rule, rule.clusterSet(), Masquerade.HOST_ORIGINATED, false, false, false, false);
            default:
                if (local.isEmpty()) {
                    return new Verdict(Kind.DROP, Cause.NO_LOCAL_ENDPOINTS, mode, p.node, p.origin, p.src, p.dst,
                            p.port, p.protocol, p.now, entry, rule, rule.service(), null, -1, 0, null, -1,
                            Masquerade.NONE, true, false, false, false, false);
                }
                return pick(entry, rule, local, Masquerade.NONE, true, false, false, false);
        }
    }

    /** KUBE-FW: a source inside loadBalancerSourceRanges, or the LB IP itself when a range covers the node. */
    private static boolean sourceAllowed(ServicePortRule rule, int src, int lbIp, int nodeIp) {
        if (rule.loadBalancerSourceRanges().isEmpty()) {
            return true;
        }
        boolean fromNode = false;
        for (int i = 0; i < rule.loadBalancerSourceRanges().size(); i++) {
            Ipv4.Cidr c = rule.loadBalancerSourceRanges().get(i);
            if (contains(c, src)) {
                return true;
            }
            fromNode |= contains(c, nodeIp);
        }
        return fromNode && src == lbIp;
    }

    private static boolean contains(Ipv4.Cidr c, int ip) {
        int len = c.prefixLength();
        int mask = len == 0 ? 0 : -1 << (32 - len);
        return (ip & mask) == c.network().bits();
    }

    private Verdict pick(Entry entry, ServicePortRule rule, EndpointSet set, Masquerade masq,
                         boolean localOnly, boolean shortCircuit, boolean fellBack, boolean replyLost) {
        int n = set.size();
        long timeoutMillis = rule.affinityTimeoutSeconds() * 1000L;
        boolean ipvs = mode == ProxyMode.IPVS;
        long virtualServer = ipvs ? virtualServer(rule, entry, p.dst, p.port) : 0;
        int pos = -1;
        PickedBy by;
        if (rule.clientIpAffinity()) {
            pos = ipvs ? memory.templateCheck(p.nodeIndex, virtualServer, set, p.src, p.now, timeoutMillis)
                    : memory.recentCheck(p.nodeIndex, rule, set, p.src, p.now, timeoutMillis);
        }
        if (pos >= 0) {
            by = PickedBy.AFFINITY;
        } else if (ipvs) {
            pos = memory.nextRoundRobin(p.nodeIndex, virtualServer, n, p.now);
            by = PickedBy.ROUND_ROBIN;
        } else {
            // One draw over n is the distribution of the 1/n, 1/(n-1), … cascade; a lone rule needs none.
            pos = n == 1 ? 0 : random.nextInt(n);
            by = PickedBy.RANDOM;
        }
        ProxyEndpoint ep = set.get(pos);
        if (masq == Masquerade.NONE && ep.ipBits() == p.src) {
            masq = Masquerade.HAIRPIN;
        }
        long until = -1;
        if (rule.clientIpAffinity()) {
            until = p.now + timeoutMillis;
            if (ipvs) {
                memory.templateSet(p.nodeIndex, p.node, virtualServer, rule, ep, p.src, p.now, timeoutMillis);
            } else {
                memory.recentSet(p.nodeIndex, p.node, rule, ep, p.src, p.now, timeoutMillis);
            }
        }
        return new Verdict(Kind.DNAT, Cause.ENDPOINT_PICKED, mode, p.node, p.origin, p.src, p.dst, p.port, p.protocol,
                p.now, entry, rule, rule.service(), ep, pos, n, by, until, masq, localOnly, shortCircuit,
                set.terminatingFallback(), fellBack, replyLost);
    }

    /** An IPVS virtual server: the captured address, port and protocol (one per ClusterIP, node IP:nodePort, …). */
    private static long virtualServer(ServicePortRule rule, Entry entry, int dst, int port) {
        return rule.id() * 31 + ProxyRules.ipPortKey(dst, port, rule.protocolCode()) * 7 + entry.ordinal();
    }

    private Verdict portNotExposed(Entry entry, Service svc) {
        // iptables has no rule for an unused port of a Service IP (nftables and IPVS mode reject it).
        Kind kind = mode == ProxyMode.IPVS ? Kind.REJECT : Kind.DROP;
        return verdict(kind, Cause.PORT_NOT_EXPOSED, entry, null, svc);
    }

    private Verdict verdict(Kind kind, Cause cause, Entry entry, ServicePortRule rule, Service svc) {
        return new Verdict(kind, cause, mode, p.node, p.origin, p.src, p.dst, p.port, p.protocol, p.now, entry, rule,
                svc, null, -1, 0, null, -1, Masquerade.NONE, false, false, false, false, false);
    }

    /** The clients pinned by ClientIP affinity on any node whose pin still lasts at {@code nowMillis}. */
    public List<AffinityPin> pins(long nowMillis) {
        return memory.pins(nowMillis, mode == ProxyMode.IPVS);
    }

    /**
     * The health check server of a LoadBalancer Service with externalTrafficPolicy Local on
     * {@code node}'s {@code port}; null when no Service uses that healthCheckNodePort.
     */
    public HealthCheck healthCheck(String node, int port, ProxyRules rules) {
        int ni = rules.nodes().index(node);
        if (ni < 0) {
            throw new IllegalArgumentException("no node " + node + " in the topology");
        }
        Service svc = rules.serviceAtHealthCheckPort(port);
        if (svc == null) {
            return null;
        }
        String ns = svc.metadata().namespace();
        String name = svc.metadata().name();
        Set<Integer> localReadyIps = new HashSet<>();
        for (ServicePortRule r : rules.rulesOf(ns, name)) {
            for (ProxyEndpoint e : r.endpoints()) {
                if (e.ready() && node.equals(e.nodeName())) {
                    localReadyIps.add(e.ipBits());
                }
            }
        }
        return HealthCheck.of(ns, name, localReadyIps.size());
    }

    /** The facts of the packet in flight (mutable, reused: route is single-threaded). */
    private static final class Packet {
        String node;
        int nodeIndex;
        Origin origin;
        int src;
        int dst;
        int port;
        String protocol;
        long now;

        void set(String node, int nodeIndex, Origin origin, int src, int dst, int port, String protocol, long now) {
            this.node = node;
            this.nodeIndex = nodeIndex;
            this.origin = origin;
            this.src = src;
            this.dst = dst;
            this.port = port;
            this.protocol = protocol;
            this.now = now;
        }
    }
}
