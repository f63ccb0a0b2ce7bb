package io.kubetutor.sim.net.proxy;

import io.kubetutor.model.Ipv4;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the nodes' kernels remember between packets, for every node at once (the node is part of
 * each key): the iptables {@code -m recent} lists behind ClientIP affinity, IPVS persistence
 * templates and IPVS round-robin positions. Not thread-safe (one engine thread routes).
 */
final class NodeMemory {
    /**
     * One recent list per endpoint chain (KUBE-SEP, keyed by service port and ip:port), holding the
     * client addresses and when each was last --set. Key: (rule id, node|client, endpoint key).
     */
    private final PinTable recent = new PinTable();
    /**
     * Per (rule id, node|client): the endpoint most recently --set and how many lists hold the
     * client, so the usual case (one list) needs one probe instead of one per endpoint.
     */
    private final PinTable clients = new PinTable();
    /** IPVS persistence templates: (virtual server, node|client) → endpoint. */
    private final PinTable templates = new PinTable();
    /** IPVS rr scheduler position: (virtual server, node) → last position. */
    private final PinTable roundRobin = new PinTable();

    private static long nodeClient(int node, int client) {
        return ((long) node << 32) | (client & 0xFFFF_FFFFL);
    }

    /**
     * The affinity rules of a KUBE-SVC/KUBE-SVL chain: in endpoint order, the first endpoint whose
     * recent list saw {@code client} within the timeout (--rcheck --seconds). -1 when none.
     */
    int recentCheck(int node, ServicePortRule rule, EndpointSet set, int client, long now, long timeoutMillis) {
        long a = rule.id();
        long b = nodeClient(node, client);
        int c = clients.find(a, b, 0);
        if (c < 0) {
            return -1;
        }
        if (clients.count(c) == 1) {
            long key = clients.latest(c);
            int pos = set.indexOf(key);
            return pos >= 0 && within(recent.find(a, b, key), now, timeoutMillis) ? pos : -1;
        }
        for (int i = 0; i < set.size(); i++) {
            if (within(recent.find(a, b, set.key(i)), now, timeoutMillis)) {
                return i;
            }
        }
        return -1;
    }

    private boolean within(int slot, long now, long timeoutMillis) {
        return slot >= 0 && now - recent.seen(slot) <= timeoutMillis;
    }

    /** The endpoint chain's {@code -m recent --set}: the client is (again) in that endpoint's list. */
    void recentSet(int node, String nodeName, ServicePortRule rule, ProxyEndpoint ep, int client, long now,
                   long timeoutMillis) {
        long a = rule.id();
        long b = nodeClient(node, client);
        long key = ep.key();
        int r = recent.claim(a, b, key, now);
        boolean newList = recent.isNew(r);
        recent.touch(r, now, now + timeoutMillis);
        recent.describe(r, ep, rule.servicePortName(), nodeName);
        int c = clients.claim(a, b, 0, now);
        if (newList) {
            clients.setCount(c, clients.count(c) + 1);
        }
        clients.setLatest(c, key);
        clients.touch(c, now, now + timeoutMillis);
    }

    /** An IPVS persistence template for the client on this virtual server still valid: its position, else -1. */
    int templateCheck(int node, long virtualServer, EndpointSet set, int client, long now, long timeoutMillis) {
        int t = templates.find(virtualServer, nodeClient(node, client), 0);
        if (t < 0 || now - templates.seen(t) > timeoutMillis) {
            return -1;
        }
        return set.indexOf(templates.latest(t));
    }

    void templateSet(int node, String nodeName, long virtualServer, ServicePortRule rule, ProxyEndpoint ep,
                     int client, long now, long timeoutMillis) {
        int t = templates.claim(virtualServer, nodeClient(node, client), 0, now);
        templates.touch(t, now, now + timeoutMillis);
        templates.setLatest(t, ep.key());
        templates.describe(t, ep, rule.servicePortName(), nodeName);
    }

    /** IPVS rr: the destination after the last one chosen on this virtual server (the first at the start). */
    int nextRoundRobin(int node, long virtualServer, int n, long now) {
        int s = roundRobin.claim(virtualServer, node, 0, now);
        int next = roundRobin.isNew(s) ? 0 : (roundRobin.count(s) + 1) % n;
        roundRobin.setCount(s, next);
        roundRobin.touch(s, now, Long.MAX_VALUE);
        return next;
    }

    /** The live pins: recent-list entries (iptables) or persistence templates (IPVS). */
    List<AffinityPin> pins(long now, boolean ipvs) {
        PinTable t = ipvs ? templates : recent;
        List<AffinityPin> out = new ArrayList<>();
        for (int s = 0; s < t.capacity(); s++) {
            if (t.used(s) && t.seen(s) != Long.MIN_VALUE && now <= t.expires(s)) {
                ProxyEndpoint ep = t.endpoint(s);
                String client = new Ipv4((int) t.keyB(s)).toString();
                out.add(new AffinityPin(t.node(s), t.label(s), client, ep.address(), ep.podName(), t.expires(s)));
            }
        }
        out.sort(Comparator.comparing(AffinityPin::node).thenComparing(AffinityPin::servicePortName)
                .thenComparing(AffinityPin::clientIp).thenComparing(AffinityPin::endpoint));
        return out;
    }
}
