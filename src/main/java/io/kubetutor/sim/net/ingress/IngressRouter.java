package io.kubetutor.sim.net.ingress;

import io.kubetutor.model.Pod;
import io.kubetutor.model.Service;
import io.kubetutor.sim.net.NetworkState;
import io.kubetutor.sim.net.Reason;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Routes HTTP requests through an ingress-nginx controller as its nginx would: the server for the
 * Host, the location for the path, the https redirect, then the upstream's endpoint from the Lua
 * balancer. One router reads one frozen {@link NetworkState}; the balancer carries its state from
 * request to request.
 */
public final class IngressRouter {
    private final IngressControllers controllers;
    private final IngressBalancer balancer;
    private final Map<String, NginxConfig> configs = new HashMap<>();

    public IngressRouter(IngressControllers controllers, IngressBalancer balancer) {
        this.controllers = controllers;
        this.balancer = balancer;
    }

    /** The nginx configuration of {@code c}, built once per router. */
    public NginxConfig config(IngressController c) {
        return configs.computeIfAbsent(c.key(), k -> NginxConfig.build(controllers, c));
    }

    /**
     * One request to controller {@code c}.
     *
     * @param scheme  "http" or "https"
     * @param host    the Host header (a port is ignored)
     * @param path    the request target: path, optionally with "?query"
     * @param cookies the request's cookies by name
     */
    public IngressRoute route(IngressController c, String scheme, String host, String path,
                              Map<String, String> cookies) {
        return route(c, null, scheme, host, path, cookies);
    }

    /**
     * One request to controller {@code c} handled by its pod {@code via}: every controller pod runs
     * its own nginx, so each keeps its own round-robin turn. {@code via} null: one shared nginx.
     */
    public IngressRoute route(IngressController c, Pod via, String scheme, String host,
                              String path, Map<String, String> cookies) {
        String scope = via == null ? c.key() : via.namespace() + "/" + via.name();
        boolean https = "https".equalsIgnoreCase(scheme);
        RequestTarget t = RequestTarget.of(host, path);
        NginxConfig cfg = config(c);
        NginxServer server = cfg.serverFor(t.host());
        Answer a = new Answer(server, https, scope);
        TlsCertificate presented = !https ? null : server.certificate() != null ? server.certificate()
                : cfg.defaultCertificate();
        a.certificate = presented == null ? "" : presented.describe();
        a.presented = presented;
        Reason hostPart = hostPart(server, t);
        if (!t.valid()) {
            return a.own(400, Map.of(), Reason.of("ingress.climbsAboveRoot", hostPart, t.rawUri()));
        }
        LocationMatch m = LocationMatch.find(server, t.uri());
        if (m.redirectPath() != null) {
            String location = (https ? "https" : "http") + "://" + t.host() + m.redirectPath()
                    + (t.query().isEmpty() ? "" : "?" + t.query());
            return a.own(301, Map.of("Location", location), Reason.of("ingress.addsTrailingSlash", hostPart, t.uri(),
                    m.redirectPath()));
        }
        NginxLocation loc = m.location();
        a.location = loc;
        Reason matched = loc.defaultBackend() ? Reason.of("ingress.matchedNoPath", hostPart, t.uri())
                : Reason.of("ingress.matchedPath", hostPart, t.uri(), loc.describe());
        if (!https && redirectsToHttps(loc, server)) {
            String uri = t.rawUri();
            if (!loc.annotations().preserveTrailingSlash() && uri.endsWith("/")) {
                uri = uri.substring(0, uri.length() - 1);
            }
            return a.own(308, Map.of("Location", "https://" + t.hostHeader() + uri), Reason.of(
                    loc.annotations().forceSslRedirect() ? "ingress.redirectForced" : "ingress.redirectTlsHost",
                    matched));
        }
        if (loc.backend().controllerDefault()) {
            return controllerDefault(c, a, t, matched);
        }
        BackendRef ref = loc.backend();
        Upstream up = Upstream.resolve(controllers.state(), ref.namespace(), ref.service(), ref.portText());
        a.backend(ref, up);
        Reason toService = Reason.of(loc.defaultBackend() ? "ingress.toHostDefaultBackend" : "ingress.toService",
                matched, ref.service(), ref.portText());
        if (up.endpoints().isEmpty()) {
            return a.own(503, Map.of(), Reason.of("ingress.noEndpoints503", toService, up.problem()));
        }
        return proxy(a, cfg, ref.upstreamName(), up.endpoints(), t, cookies, toService);
    }

    private IngressRoute controllerDefault(IngressController c, Answer a, RequestTarget t, Reason matched) {
        String named = c.flags().defaultBackendService();
        int slash = named.indexOf('/');
        Service svc = slash > 0 ? controllers.state().service(named.substring(0, slash), named.substring(slash + 1))
                : null;
        if (svc != null) {
            Upstream up = Upstream.firstPort(controllers.state(), svc);
            if (!up.endpoints().isEmpty()) {
                a.backend(new BackendRef(svc.namespace(), svc.name(), null), up);
                return proxy(a, config(c), BackendRef.DEFAULT_UPSTREAM, up.endpoints(), t, Map.of(),
                        Reason.of("ingress.toDefaultBackendService", matched, named));
            }
        }
        return a.own(404, Map.of(), Reason.of(named.isEmpty() ? "ingress.defaultBackend404"
                : "ingress.emptyDefaultBackendService404", matched, named));
    }

    private IngressRoute proxy(Answer a, NginxConfig cfg, String upstream, List<IngressEndpoint> endpoints,
                               RequestTarget t, Map<String, String> cookies, Reason toService) {
        List<String> nodes = endpoints.stream().map(IngressEndpoint::address).toList();
        StickyConfig sticky = upstream.equals(BackendRef.DEFAULT_UPSTREAM) ? null : cfg.sticky(upstream);
        long now = controllers.state().now();
        IngressBalancer.Pick pick = sticky == null ? balancer.roundRobin(a.scope, upstream, nodes)
                : balancer.sticky(a.scope, upstream, nodes, sticky,
                        cookies == null ? null : cookies.get(sticky.cookie().name()), now);
        IngressEndpoint e = endpoints.get(pick.index());
        String setCookie = null;
        if (pick.newKey() != null && sticky.setsCookieAt(a.server.name(), a.location.ingressPath())) {
            setCookie = StickyCookie.bake(sticky, pick.newKey(), upstream, a.location.ingressPath(), a.https,
                    balancer.wallSeconds(now));
        }
        a.endpoint = e;
        a.setCookie = setCookie;
        a.upstreamUri = rewrite(a.location, t);
        List<Reason> more = new ArrayList<>();
        if (!a.upstreamUri.equals(t.rawUri())) {
            more.add(Reason.of("ingress.rewriteTarget", a.upstreamUri));
        }
        if (setCookie != null) {
            more.add(Reason.of("ingress.setCookie", setCookie));
        }
        String key = !e.pod() ? "ingress.proxiedExternalName"
                : e.nodeName().isEmpty() ? "ingress.proxiedToPod" : "ingress.proxiedToPodOnNode";
        return a.proxied(Reason.of(key, toService, e.address(), pick.how(), Reason.join(Reason.CONCAT, more),
                e.podName(), e.nodeName()));
    }

    /** lua_ingress.lua redirect_to_https, for a plain http request. */
    private static boolean redirectsToHttps(NginxLocation loc, NginxServer server) {
        if (loc.annotations().forceSslRedirect()) {
            return true;
        }
        return loc.annotations().sslRedirect() && server.certificate() != null;
    }

    /** nginx's {@code rewrite "(?i)path" target break;}: the whole URI becomes the target, $n filled in. */
    static String rewrite(NginxLocation loc, RequestTarget t) {
        String target = loc.annotations().rewriteTarget();
        if (target.isEmpty() || target.equals(loc.path())) {
            return t.rawUri();
        }
        Matcher m;
        try {
            m = Pattern.compile("(?i)" + loc.path()).matcher(t.uri());
        } catch (PatternSyntaxException e) {
            return t.rawUri();
        }
        if (!m.find()) {
            return t.rawUri();
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < target.length(); i++) {
            char ch = target.charAt(i);
            if (ch == '$' && i + 1 < target.length() && Character.isDigit(target.charAt(i + 1))) {
                int g = target.charAt(++i) - '0';
                if (g <= m.groupCount() && m.group(g) != null) {
                    out.append(m.group(g));
                }
            } else {
                out.append(ch);
            }
        }
        String uri = out.toString();
        if (!t.query().isEmpty()) {
            uri += (uri.contains("?") ? "&" : "?") + t.query();
        }
        return uri;
    }

    private static Reason hostPart(NginxServer server, RequestTarget t) {
        if (server.defaultServer()) {
            return Reason.of("ingress.defaultServer", t.host());
        }
        if (server.name().startsWith("*.")) {
            return Reason.of("ingress.wildcardHost", t.host(), server.name());
        }
        return Reason.of("ingress.host", t.host());
    }

    /** The parts of a route as they are found, then made into an {@link IngressRoute}. */
    private static final class Answer {
        final NginxServer server;
        final boolean https;
        final String scope;
        String certificate = "";
        TlsCertificate presented;
        NginxLocation location;
        BackendRef backend;
        Upstream upstream;
        IngressEndpoint endpoint;
        String setCookie;
        String upstreamUri = "";

        Answer(NginxServer server, boolean https, String scope) {
            this.server = server;
            this.https = https;
            this.scope = scope;
        }

        void backend(BackendRef ref, Upstream up) {
            backend = ref;
            upstream = up;
        }

        IngressRoute own(int status, Map<String, String> extra, Reason reason) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Content-Type", "text/html");
            headers.putAll(extra);
            return build(status, headers, NginxPages.body(status), reason);
        }

        IngressRoute proxied(Reason reason) {
            return build(200, Map.of(), "", reason);
        }

        private IngressRoute build(int status, Map<String, String> headers, String body, Reason reason) {
            Reason because = https ? Reason.of("ingress.tlsEnds", reason, presented.described()) : reason;
            return new IngressRoute(status, server.name(), location == null ? null : location.ingress(),
                    location == null || location.defaultBackend() ? "" : location.ingressPath(),
                    location == null || location.defaultBackend() ? "" : nz(location.writtenType()),
                    backend == null ? "" : backend.namespace(), backend == null ? "" : backend.service(),
                    backend == null ? "" : backend.portText(),
                    upstream == null || upstream.port() == null ? null : upstream.port().targetPort(),
                    endpoint, upstreamUri, setCookie, headers, body, https, certificate, because);
        }

        private static String nz(String s) {
            return s == null ? "" : s;
        }
    }
}
