package io.kubetutor.sim.net;

import io.kubetutor.sim.net.app.HttpRequest;
import io.kubetutor.sim.net.app.HttpResponse;
import io.kubetutor.sim.net.ingress.IngressController;
import io.kubetutor.sim.net.ingress.IngressEndpoint;
import io.kubetutor.sim.net.ingress.IngressRoute;
import io.kubetutor.sim.net.ingress.NginxPages;
import io.kubetutor.sim.net.proxy.Origin;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The request reached an ingress controller pod: TLS ends here, nginx picks a location by host and
 * path, and, for a proxied location, opens its own connection straight to the chosen pod's address
 * (the Service's endpoints, not its ClusterIP), adding the X-Forwarded-* headers. When the pod
 * refuses, nginx answers 502; when it hangs, 504 after proxy_read_timeout.
 */
final class IngressLeg {
    private IngressLeg() {
    }

    static void handle(Router r, Journey j, Connection c, Target t, HttpRequest req) {
        World.PodNet ctrl = c.reached.pod();
        IngressController ic = r.controllerOf(ctrl);
        Recorder rec = j.rec;
        Map<String, String> cookies = j.kind == RequestKind.KEEP_ALIVE ? r.kept.cookies(j.source.name()) : Map.of();
        IngressRoute route = r.ingress.route(ic, ctrl.pod, t.schemeOrDefault(), req.host(), t.path(), cookies);
        j.ingress = route;
        Place here = r.podPlace(ctrl);
        rec.hop(here, Action.ROUTE, c.src, c.dst, route::because);
        if (route.setCookie() != null && j.kind == RequestKind.KEEP_ALIVE) {
            r.kept.setCookie(j.source.name(), route.setCookie());
        }
        if (!route.proxied()) {
            j.reply = own(route.status(), route.headers(), route.body());
            c.replyBack(Action.REPLY, () -> Reason.of("ingress.ownAnswer", route.status()));
            j.end(Outcome.DELIVERED, () -> Reason.of("end.ingressAnswered", ctrl.name(), route.status(),
                    route.because()));
            return;
        }
        IngressEndpoint ep = route.endpoint();
        HostPort from = new HostPort(ctrl.ip, r.sourcePort());
        Connection leg = new Connection(r, j, here, ctrl.node, Origin.POD, from, "TCP");
        leg.dst = new HostPort(ep.ip(), ep.port());
        rec.hop(here, Action.ROUTE, from, leg.dst, () -> ep.podName() == null
                ? Reason.of("ingress.connectsToEndpoint", ep.address())
                : Reason.of("ingress.connectsToPod", ep.address(), ep.podName()));
        leg.reached = leg.routeOn(r.world.node(ctrl.node));
        if (leg.reached.kind() != Reached.Kind.POD) {
            answerError(j, c, ctrl, 502, () -> Reason.of("ingress.endpointUnreachable", ep.address()));
            return;
        }
        World.PodNet p = leg.reached.pod();
        World.Listener l = p.listener(ep.port());
        if (!p.app.running() || !l.listen().accepts(false)) {
            rec.hop(r.podPlace(p), Action.REJECT, leg.src, leg.dst, () -> Arrival.refusal(p, l, ep.port(), leg));
            leg.replyBack(Action.REPLY, () -> Reason.of("reply.tcpReset"));
            j.pod = p;
            j.podAddress = leg.dst;
            j.sourceSeen = leg.src.ip();
            answerError(j, c, ctrl, 502, () -> Reason.of("ingress.upstreamRefused", p.name(),
                    Arrival.refusal(p, l, ep.port(), leg)));
            return;
        }
        if (!p.app.answers()) {
            rec.hop(r.podPlace(p), Action.DELIVER, leg.src, leg.dst, () -> Reason.of("ingress.upstreamHangs",
                    p.name()));
            j.pod = p;
            j.podAddress = leg.dst;
            j.sourceSeen = leg.src.ip();
            answerError(j, c, ctrl, 504, () -> Reason.of("ingress.upstreamTimedOut", p.name()));
            return;
        }
        Map<String, String> h = new LinkedHashMap<>();
        h.put("X-Request-ID", Long.toHexString(r.random.nextLong()) + Long.toHexString(r.random.nextLong()));
        h.put("X-Real-IP", c.src.ip());
        h.put("X-Forwarded-For", c.src.ip());
        h.put("X-Forwarded-Host", req.host());
        h.put("X-Forwarded-Port", String.valueOf(c.lbFront != null ? c.lbFront.port() : t.portOrDefault()));
        h.put("X-Forwarded-Proto", t.schemeOrDefault());
        h.put("X-Forwarded-Scheme", t.schemeOrDefault());
        h.put("X-Scheme", t.schemeOrDefault());
        h.putAll(req.headers());
        String uri = route.upstreamUri().isEmpty() ? t.path() : route.upstreamUri();
        HttpRequest upstream = new HttpRequest("GET", "http", req.host(), uri, h, leg.src.ip(), leg.src.port(), "");
        Arrival.atPod(r, j, leg, t, upstream);
        if (j.outcome == Outcome.DELIVERED) {
            if (route.setCookie() != null && j.reply instanceof HttpResponse resp) {
                List<HttpResponse.Header> hs = new ArrayList<>(resp.headers());
                hs.add(new HttpResponse.Header("Set-Cookie", route.setCookie()));
                j.reply = new HttpResponse(resp.version(), resp.status(), resp.reason(), hs, resp.body());
            }
            c.replyBack(Action.REPLY, () -> Reason.of(route.tls() ? "ingress.passesAnswerBackTls"
                    : "ingress.passesAnswerBack", p.name()));
        }
    }

    private static void answerError(Journey j, Connection c, World.PodNet ctrl, int status,
                                    java.util.function.Supplier<Reason> why) {
        j.reply = own(status, Map.of("Content-Type", "text/html"), NginxPages.body(status));
        c.replyBack(Action.REPLY, () -> Reason.of("ingress.errorAnswer", status, NginxPages.reason(status)));
        j.outcome = null;
        j.end(Outcome.DELIVERED, () -> Reason.of("end.ingressAnswered", ctrl.name(), status, why.get()));
    }

    private static HttpResponse own(int status, Map<String, String> headers, String body) {
        List<HttpResponse.Header> hs = new ArrayList<>();
        headers.forEach((k, v) -> hs.add(new HttpResponse.Header(k, v)));
        return new HttpResponse("HTTP/1.1", status, NginxPages.reason(status), hs, body);
    }
}
