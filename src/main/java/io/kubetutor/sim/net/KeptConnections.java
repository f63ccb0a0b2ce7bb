package io.kubetutor.sim.net;

import io.kubetutor.sim.net.proxy.ServicePortRule;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The browsers' open connections and cookie jars. A browser-like client keeps one connection per
 * target alive and sends every request on it: conntrack remembers the NAT, so the requests stay on
 * the pod the first one reached, affinity or not, until that pod goes away (the connection is reset
 * and the browser opens a new one). curl opens a new connection, and so a new choice, every time.
 */
final class KeptConnections {
    /** One open connection, as its first request left it. */
    record Kept(Connection conn, String podUid, String podIp) {
    }

    private final Map<String, Kept> open = new HashMap<>();
    private final Map<String, Map<String, String>> jars = new HashMap<>();

    /** The connection for a request: kept alive when the kind says so and it still stands, else new. */
    static Connection open(Router r, Journey j, String ip, Target t) {
        Source s = j.source;
        int port = t.portOrDefault();
        HostPort to = new HostPort(ip, port);
        if (ip.equals("127.0.0.1")) {
            return loopback(r, j, to);
        }
        String key = s.kind() + "/" + s.name() + " " + t.text();
        if (j.kind == RequestKind.KEEP_ALIVE) {
            Kept k = r.kept.open.get(key);
            if (k != null && lostOnTheWay(r, j, k, to)) {
                r.kept.open.remove(key);
                Connection lost = new Connection(r, j, k.conn.senderPlace, k.conn.senderNode, k.conn.origin,
                        k.conn.clientAddr, k.conn.proto);
                lost.dst = to;
                return lost;
            }
            if (k != null) {
                Connection resumed = resume(r, j, k, to);
                if (resumed != null) {
                    return resumed;
                }
                r.kept.open.remove(key);
            }
        }
        Connection c = new Connection(r, j, s.place(), s.node(), s.origin(), new HostPort(s.ip(), r.sourcePort()),
                "TCP");
        c.open(to);
        if (j.kind == RequestKind.KEEP_ALIVE && c.reached.kind() == Reached.Kind.POD) {
            World.PodNet p = c.reached.pod();
            r.kept.open.put(key, new Kept(c, p.pod.metadata().uid(), p.ip));
        }
        return c;
    }

    /**
     * A kept connection whose path runs through a node that is down (the pod's, or the node holding
     * its NAT): the request is lost; the browser waits, then gives up on the connection.
     */
    private static boolean lostOnTheWay(Router r, Journey j, Kept k, HostPort to) {
        World.PodNet p = r.world.pod(k.podIp);
        World.NodeNet down = null;
        if (k.conn.natNode != null && r.world.node(k.conn.natNode.name()).failed()) {
            down = r.world.node(k.conn.natNode.name());
        } else if (p != null && p.nodeFailed) {
            down = r.world.node(p.node);
        }
        if (down == null) {
            return false;
        }
        String name = down.name();
        j.rec.hop(j.source.place(), Action.ROUTE, k.conn.clientAddr, to, () -> Reason.of("kept.sendsOnOpen"));
        j.rec.hop(Place.node(name), Action.DROP, k.conn.clientAddr, to, () -> Reason.of("kept.nodeDown", name));
        j.end(Outcome.DROPPED, () -> Reason.of("end.keptNodeDown", name));
        return true;
    }

    /** {@code localhost} inside a pod: the pod's own loopback, no node, no kube-proxy. */
    private static Connection loopback(Router r, Journey j, HostPort to) {
        Source s = j.source;
        HostPort from = new HostPort("127.0.0.1", r.sourcePort());
        Connection c = new Connection(r, j, s.place(), s.node(), s.origin(), from, "TCP");
        c.dst = to;
        if (s.kind() == Source.Kind.POD) {
            World.PodNet self = r.world.pod(s.ip());
            if (self != null) {
                j.rec.hop(s.place(), Action.ROUTE, from, to, () -> Reason.of("kept.localhostInPod"));
                c.reached = Reached.pod(self);
                return c;
            }
        }
        j.rec.hop(s.place(), Action.REJECT, from, to, () -> Reason.of("kept.nothingOnLocalhost", to.port(),
                s.name()));
        j.end(Outcome.REFUSED, () -> Reason.of("end.nothingOnLocalhost", to.port()));
        return null;
    }

    /**
     * Sends the next request on a kept connection, if its pod is still there under the same address
     * and running; otherwise says the connection was reset and returns null (a new one follows).
     */
    private static Connection resume(Router r, Journey j, Kept k, HostPort to) {
        Connection old = k.conn;
        World.PodNet now = r.world.pod(k.podIp);
        Recorder rec = j.rec;
        if (now == null || !now.pod.metadata().uid().equals(k.podUid) || !now.app.running()) {
            rec.hop(j.source.place(), Action.REJECT, old.clientAddr, to, () -> Reason.of("kept.reset", k.podIp));
            return null;
        }
        Connection c = new Connection(r, j, old.senderPlace, old.senderNode, old.origin, old.clientAddr, old.proto);
        c.lbFront = old.lbFront;
        c.natNode = old.natNode;
        c.natSrc = old.natSrc;
        c.natDst = old.natDst;
        c.snat = old.snat;
        c.verdict = old.verdict;
        c.src = old.src;
        c.dst = old.dst;
        c.reached = Reached.pod(now);
        c.resumed = true;
        j.entryNode = old.natNode != null ? old.natNode.name() : old.senderNode;
        HostPort first = old.lbFront != null ? old.lbFront : old.natDst != null ? old.natDst : old.dst;
        rec.hop(old.senderPlace, Action.ROUTE, old.clientAddr, first, () -> Reason.of("kept.resumes",
                old.clientAddr.port()));
        if (old.lbFront != null) {
            rec.hop(Place.LOAD_BALANCER, Action.DNAT, old.clientAddr, old.natDst, () -> Reason.of(
                    "kept.loadBalancerTracksFlow", old.natNode.name()));
        }
        if (old.natNode != null) {
            // Today's rules, not the ones the connection was opened under: the pod may have left since.
            ServicePortRule was = old.verdict == null ? null : old.verdict.rule();
            boolean inEndpoints = was == null || r.world.rules.rulesOf(was.namespace(), was.name()).stream()
                    .filter(rule -> rule.servicePortName().equals(was.servicePortName()))
                    .flatMap(rule -> rule.endpoints().stream())
                    .anyMatch(e -> e.ip().equals(k.podIp) && e.ready());
            rec.hop(Place.kubeProxy(old.natNode.name()), Action.DNAT, old.natSrc, old.dst, () -> Reason.of(
                    inEndpoints ? "kept.established" : "kept.establishedAfterLeaving", now.name(), old.dst));
            if (old.snat) {
                rec.hop(Place.kubeProxy(old.natNode.name()), Action.SNAT, old.src, old.dst,
                        () -> Reason.of("kept.sameSnat", old.src));
            }
            if (!now.node.equals(old.natNode.name())) {
                rec.hop(Place.node(old.natNode.name()), Action.FORWARD, old.src, old.dst, () -> Reason.of(
                        "kept.acrossToPod", now.node, now.name()));
            }
        } else if (old.senderNode != null && !now.node.equals(old.senderNode)) {
            rec.hop(Place.node(old.senderNode), Action.FORWARD, old.src, old.dst, () -> Reason.of("kept.acrossTo",
                    now.node));
        }
        return c;
    }

    /** The browser's cookies for {@code client}. */
    Map<String, String> cookies(String client) {
        return jars.getOrDefault(client, Map.of());
    }

    /** Stores a Set-Cookie header's name=value in the client's jar. */
    void setCookie(String client, String header) {
        String pair = header.split(";", 2)[0];
        int eq = pair.indexOf('=');
        if (eq > 0) {
            jars.computeIfAbsent(client, c -> new LinkedHashMap<>()).put(pair.substring(0, eq).trim(),
                    pair.substring(eq + 1).trim());
        }
    }

    void closeAll() {
        open.clear();
        jars.clear();
    }
}
