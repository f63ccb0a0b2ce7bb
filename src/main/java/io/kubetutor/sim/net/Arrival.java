package io.kubetutor.sim.net;

import io.kubetutor.sim.net.app.AppReply;
import io.kubetutor.sim.net.app.Apps;
import io.kubetutor.sim.net.app.HttpRequest;
import io.kubetutor.sim.net.app.HttpResponse;
import io.kubetutor.sim.net.app.Listen;
import io.kubetutor.sim.net.app.NonHttpReply;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What happens where a connection arrives: a pod's kernel and app (listening, on which address,
 * answering or hung), the ingress controller's L7 routing, a node's own ports, a LAN machine, the
 * outside world; and ICMP echo, which every kernel answers.
 */
final class Arrival {
    private Arrival() {
    }

    static void http(Router r, Journey j, String ip, Target t) {
        j.connectedTo = new HostPort(ip, t.portOrDefault());
        Connection c = KeptConnections.open(r, j, ip, t);
        if (c == null) {
            return;
        }
        j.verdict = c.verdict;
        switch (c.reached.kind()) {
            case POD -> atPod(r, j, c, t, requestFor(t, c, j.headers));
            case NODE -> atNodeHost(j, c);
            case CLIENT -> {
                j.rec.hop(c.reachedPlace(), Action.REJECT, c.src, c.dst, () -> c.reached.name()
                        + " runs no server on port " + c.dst.port() + ": its kernel answers with a TCP reset");
                c.replyBack(Action.REPLY, () -> "TCP reset: connection refused");
                j.end(Outcome.REFUSED, () -> "connection refused by " + c.reached.name());
            }
            case OUTSIDE -> {
                j.rec.hop(c.reachedPlace(), Action.DELIVER, c.src, c.dst, () -> "a server in the simulated outside"
                        + " world at " + c.dst.ip() + " takes the request");
                j.reply = OutsideServer.answer(c.dst, req(t, c, j), j.at);
                c.replyBack(Action.REPLY, () -> "HTTP/1.1 200 OK from " + c.dst.ip() + " outside the cluster");
                j.end(Outcome.DELIVERED, () -> "answered by " + c.dst.ip() + " outside the cluster");
            }
            case NOWHERE -> {
            }
        }
    }

    private static HttpRequest req(Target t, Connection c, Journey j) {
        return requestFor(t, c, j.headers);
    }

    static HttpRequest requestFor(Target t, Connection c, Map<String, String> extra) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("User-Agent", "curl/" + io.kubetutor.sim.net.app.CurlArgs.VERSION);
        h.put("Accept", "*/*");
        String host = t.port() == 0 ? t.host() : t.host() + ":" + t.port();
        if (extra != null) {
            for (Map.Entry<String, String> e : extra.entrySet()) {
                if (e.getKey().equalsIgnoreCase("Host")) {
                    host = e.getValue();
                } else {
                    h.put(e.getKey(), e.getValue());
                }
            }
        }
        return new HttpRequest("GET", t.schemeOrDefault(), host, t.path(), h, c.src.ip(), c.src.port(), "");
    }

    /** The connection reached pod {@code c.reached.pod()}: the kernel, then the app. */
    static void atPod(Router r, Journey j, Connection c, Target t, HttpRequest req) {
        World.PodNet p = c.reached.pod();
        Recorder rec = j.rec;
        j.pod = p;
        j.podAddress = c.dst;
        j.sourceSeen = c.src.ip();
        int port = c.dst.port();
        World.Listener l = p.listener(port);
        boolean loopback = c.dst.ip().equals("127.0.0.1");
        if (!p.app.running() || !l.listen().accepts(loopback)) {
            rec.hop(r.podPlace(p), Action.REJECT, c.src, c.dst, () -> refusal(p, l, port, c));
            c.replyBack(Action.REPLY, () -> "TCP reset: connection refused");
            j.end(Outcome.REFUSED, () -> "connection refused by " + p.name() + ": " + refusal(p, l, port, c));
            return;
        }
        rec.hop(r.podPlace(p), Action.DELIVER, c.src, c.dst, () -> p.name() + " on " + p.node
                + " accepts the connection on port " + port + "; it sees the source " + c.src.ip()
                + (c.src.ip().equals(c.clientAddr.ip()) ? " (the sender's own address)" : " (not the sender's "
                + c.clientAddr.ip() + ": the source was rewritten on the way)"));
        if (!p.app.answers()) {
            j.end(Outcome.NO_REPLY, () -> "the app in " + p.name()
                    + " accepted the connection but never answers (it hangs); the client waits until it gives up");
            return;
        }
        if (c.verdict != null && c.verdict.replyLost()) {
            rec.reply(r.podPlace(p), Action.REPLY, c.dst, c.src, () -> p.name() + " replies from its own address "
                    + c.dst + " straight to " + c.src.ip() + ", but the client expects the answer from " + c.natDst
                    + " and discards it (IPVS passed the packet to another node's pod without SNAT)");
            j.end(Outcome.DROPPED, () -> "the reply is lost: the client waits until it times out ("
                    + Connection.pickReason(c.verdict) + ")");
            return;
        }
        if (r.controllerOf(p) != null) {
            IngressLeg.handle(r, j, c, t, req);
            return;
        }
        if (rec.isOn() || r.wantReplies) {
            j.reply = Apps.respond(p.pod, l.container(), port, req, j.at);
        }
        c.replyBack(Action.REPLY, () -> replyText(j.reply));
        j.end(Outcome.DELIVERED, () -> p.name() + " on " + p.node + " (" + c.dst + ") answered; it saw the"
                + " source " + c.src.ip() + (c.resumed ? "; on the kept-alive connection, which conntrack keeps on this "
                + "pod (no new choice)" : j.verdict != null && j.verdict.endpoint() != null
                ? "; " + Connection.pickReason(j.verdict) : ""));
    }

    static String replyText(AppReply reply) {
        if (reply instanceof HttpResponse h) {
            return h.statusLine();
        }
        if (reply instanceof NonHttpReply n) {
            return n.why();
        }
        return "the answer";
    }

    /** Why a pod refused: nothing running, nothing on the port, or bound to localhost only. */
    static String refusal(World.PodNet p, World.Listener l, int port, Connection c) {
        if (!p.app.running()) {
            return "no container in " + p.name() + " is running, so nothing listens on port " + port
                    + " and the kernel answers with a TCP reset";
        }
        String declared = p.pod.spec().containers().stream()
                .flatMap(ct -> io.kubetutor.sim.AppBehaviour.listeningPorts(ct).stream()).map(String::valueOf)
                .distinct().collect(Collectors.joining(", "));
        if (l.listen() == Listen.LOOPBACK_ONLY) {
            return "the app in " + p.name() + " listens on 127.0.0.1:" + port + " only (localhost), so a "
                    + "connection to the pod's address " + c.dst.ip() + " is refused; it must listen on 0.0.0.0";
        }
        String via = c.verdict != null && c.verdict.rule() != null
                ? " — the Service's targetPort sends it to " + port + " (" + c.verdict.rule().servicePortName() + ")"
                : "";
        return "nothing in " + p.name() + " listens on port " + port
                + (declared.isEmpty() ? "" : " (the app listens on " + declared + ")") + via
                + ": the kernel answers with a TCP reset";
    }

    private static void atNodeHost(Journey j, Connection c) {
        String node = c.reached.node().name();
        j.rec.hop(Place.node(node), Action.REJECT, c.src, c.dst, () -> "nothing on " + node + " listens on port "
                + c.dst.port() + " (no NodePort of any Service is " + c.dst.port() + "): its kernel answers with a "
                + "TCP reset");
        c.replyBack(Action.REPLY, () -> "TCP reset: connection refused");
        j.end(Outcome.REFUSED, () -> "connection refused by " + node + ": no Service has NodePort " + c.dst.port());
    }

    static void ping(Router r, Journey j, String ip) {
        Source s = j.source;
        j.connectedTo = new HostPort(ip, 0);
        if (ip.startsWith("127.")) {
            HostPort self = new HostPort(ip, 0);
            j.rec.hop(s.place(), Action.DELIVER, self, self, () -> ip + " is the loopback address: " + s.name()
                    + "'s own kernel answers, nothing leaves " + (s.kind() == Source.Kind.POD ? "the pod" : s.name()));
            j.end(Outcome.DELIVERED, () -> "echo reply from " + ip + " (loopback)");
            return;
        }
        Connection c = new Connection(r, j, s.place(), s.node(), s.origin(), new HostPort(s.ip(), 0), Connection.ICMP);
        Reached got = c.open(new HostPort(ip, 0));
        if (got.kind() == Reached.Kind.NOWHERE) {
            return;
        }
        if (got.kind() == Reached.Kind.POD) {
            j.pod = got.pod();
            j.podAddress = c.dst;
            j.sourceSeen = c.src.ip();
        }
        j.rec.hop(c.reachedPlace(), Action.DELIVER, c.src, c.dst, () -> "the kernel of " + got.name()
                + " answers the ICMP echo request (no app is involved)");
        c.replyBack(Action.REPLY, () -> "ICMP echo reply");
        j.end(Outcome.DELIVERED, () -> "echo reply from " + ip);
    }

}
