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
                j.rec.hop(c.reachedPlace(), Action.REJECT, c.src, c.dst, () -> Reason.of("client.noServer",
                        c.reached.name(), c.dst.port()));
                c.replyBack(Action.REPLY, () -> Reason.of("reply.tcpReset"));
                j.end(Outcome.REFUSED, () -> Reason.of("end.refusedBy", c.reached.name()));
            }
            case OUTSIDE -> {
                j.rec.hop(c.reachedPlace(), Action.DELIVER, c.src, c.dst, () -> Reason.of("outside.takesRequest",
                        c.dst.ip()));
                j.reply = OutsideServer.answer(c.dst, req(t, c, j), j.at);
                c.replyBack(Action.REPLY, () -> Reason.of("reply.outsideOk", c.dst.ip()));
                j.end(Outcome.DELIVERED, () -> Reason.of("end.answeredOutside", c.dst.ip()));
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
            c.replyBack(Action.REPLY, () -> Reason.of("reply.tcpReset"));
            j.end(Outcome.REFUSED, () -> Reason.of("end.refusedByPod", p.name(), refusal(p, l, port, c)));
            return;
        }
        rec.hop(r.podPlace(p), Action.DELIVER, c.src, c.dst, () -> c.src.ip().equals(c.clientAddr.ip())
                ? Reason.of("pod.acceptsSenderAddress", p.name(), p.node, port, c.src.ip())
                : Reason.of("pod.acceptsRewrittenAddress", p.name(), p.node, port, c.src.ip(), c.clientAddr.ip()));
        if (!p.app.answers()) {
            j.end(Outcome.NO_REPLY, () -> Reason.of("end.appHangs", p.name()));
            return;
        }
        if (c.verdict != null && c.verdict.replyLost()) {
            rec.reply(r.podPlace(p), Action.REPLY, c.dst, c.src, () -> Reason.of("pod.replyLost", p.name(), c.dst,
                    c.src.ip(), c.natDst));
            j.end(Outcome.DROPPED, () -> Reason.of("end.replyLost", c.verdict.becauseOnOneLine()));
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
        j.end(Outcome.DELIVERED, () -> c.resumed
                ? Reason.of("end.podAnsweredKeptAlive", p.name(), p.node, c.dst, c.src.ip())
                : j.verdict != null && j.verdict.endpoint() != null
                ? Reason.of("end.podAnsweredPicked", p.name(), p.node, c.dst, c.src.ip(), j.verdict.becauseOnOneLine())
                : Reason.of("end.podAnswered", p.name(), p.node, c.dst, c.src.ip()));
    }

    static Reason replyText(AppReply reply) {
        if (reply instanceof HttpResponse h) {
            return Reason.of("reply.http", h.statusLine());
        }
        if (reply instanceof NonHttpReply n) {
            return n.because();
        }
        return Reason.of("reply.answer");
    }

    /** Why a pod refused: nothing running, nothing on the port, or bound to localhost only. */
    static Reason refusal(World.PodNet p, World.Listener l, int port, Connection c) {
        if (!p.app.running()) {
            return Reason.of("pod.noContainerRunning", p.name(), port);
        }
        String declared = p.pod.spec().containers().stream()
                .flatMap(ct -> io.kubetutor.sim.AppBehaviour.listeningPorts(ct).stream()).map(String::valueOf)
                .distinct().collect(Collectors.joining(", "));
        if (l.listen() == Listen.LOOPBACK_ONLY) {
            return Reason.of("pod.listensOnLoopbackOnly", p.name(), port, c.dst.ip());
        }
        if (c.verdict != null && c.verdict.rule() != null) {
            String spn = c.verdict.rule().servicePortName();
            return declared.isEmpty() ? Reason.of("pod.nothingListensViaTargetPort", p.name(), port, spn)
                    : Reason.of("pod.nothingListensElsewhereViaTargetPort", p.name(), port, spn, declared);
        }
        return declared.isEmpty() ? Reason.of("pod.nothingListens", p.name(), port)
                : Reason.of("pod.nothingListensElsewhere", p.name(), port, declared);
    }

    private static void atNodeHost(Journey j, Connection c) {
        String node = c.reached.node().name();
        j.rec.hop(Place.node(node), Action.REJECT, c.src, c.dst, () -> Reason.of("node.nothingListens", node,
                c.dst.port()));
        c.replyBack(Action.REPLY, () -> Reason.of("reply.tcpReset"));
        j.end(Outcome.REFUSED, () -> Reason.of("end.refusedByNode", node, c.dst.port()));
    }

    static void ping(Router r, Journey j, String ip) {
        Source s = j.source;
        j.connectedTo = new HostPort(ip, 0);
        if (ip.startsWith("127.")) {
            HostPort self = new HostPort(ip, 0);
            j.rec.hop(s.place(), Action.DELIVER, self, self, () -> Reason.of(s.kind() == Source.Kind.POD
                    ? "ping.loopbackInPod" : "ping.loopback", ip, s.name()));
            j.end(Outcome.DELIVERED, () -> Reason.of("end.echoReplyLoopback", ip));
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
        j.rec.hop(c.reachedPlace(), Action.DELIVER, c.src, c.dst, () -> Reason.of("ping.kernelAnswers",
                got.name()));
        c.replyBack(Action.REPLY, () -> Reason.of("reply.echo"));
        j.end(Outcome.DELIVERED, () -> Reason.of("end.echoReply", ip));
    }

}
