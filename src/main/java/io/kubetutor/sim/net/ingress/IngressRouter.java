package io.kubetutor.sim.net.ingress;

import io.kubetutor.model.Pod;
import io.kubetutor.model.Service;
import io.kubetutor.sim.net.NetworkState;
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
        a.certificate = !https ? "" : server.certificate() != null ? server.certificate().describe()
                : cfg.defaultCertificate().describe();
        String hostPart = hostPart(server, t);
        if (!t.valid()) {
            return a.own(400, Map.of(), hostPart + ", path " + t.rawUri() + " climbs above the root: nginx answers 400");
        }
        LocationMatch m = LocationMatch.find(server, t.uri());
        if (m.redirectPath() != null) {
            String location = (https ? "https" : "http") + "://" + t.host() + m.redirectPath()
                    + (t.query().isEmpty() ? "" : "?" + t.query());
            return a.own(301, Map.of("Location", location), hostPart + ", path " + t.uri()
                    + " has no location of its own but " + m.redirectPath() + " exists: nginx redirects to add the "
                    + "trailing slash (301)");
        }
        NginxLocation loc = m.location();
        a.location = loc;
        String matched = hostPart + ", path " + t.uri() + (loc.defaultBackend() ? " matched no Ingress path"
                : " matched " + loc.describe());
        if (!https && redirectsToHttps(loc, server)) {
            String uri = t.rawUri();
            if (!loc.annotations().preserveTrailingSlash() && uri.endsWith("/")) {
                uri = uri.substring(0, uri.length() - 1);
            }
            String why = loc.annotations().forceSslRedirect() ? "force-ssl-redirect is set"
                    : "the host has a TLS certificate and ssl-redirect is true";
            return a.own(308, Map.of("Location", "https://" + t.hostHeader() + uri),
                    matched + "; " + why + ": plain http gets 308 Permanent Redirect to https");
        }
        if (loc.backend().controllerDefault()) {
            return controllerDefault(c, a, t, matched);
        }
        BackendRef ref = loc.backend();
        Upstream up = Upstream.resolve(controllers.state(), ref.namespace(), ref.service(), ref.portText());
        a.backend(ref, up);
        String toService = matched + (loc.defaultBackend() ? "; the host's default backend is" : " →") + " Service "
                + ref.service() + " port " + ref.portText();
        if (up.endpoints().isEmpty()) {
            return a.own(503, Map.of(), toService + ", but " + up.problem() + ": nginx answers 503");
        }
        return proxy(a, cfg, ref.upstreamName(), up.endpoints(), t, cookies, toService);
    }

    private IngressRoute controllerDefault(IngressController c, Answer a, RequestTarget t, String matched) {
        String named = c.flags().defaultBackendService();
        int slash = named.indexOf('/');
        Service svc = slash > 0 ? controllers.state().service(named.substring(0, slash), named.substring(slash + 1))
                : null;
        if (svc != null) {
            Upstream up = Upstream.firstPort(controllers.state(), svc);
            if (!up.endpoints().isEmpty()) {
                a.backend(new BackendRef(svc.namespace(), svc.name(), null), up);
                return proxy(a, config(c), BackendRef.DEFAULT_UPSTREAM, up.endpoints(), t, Map.of(),
                        matched + "; the controller's --default-backend-service " + named + " takes it →");
            }
        }
        String why = named.isEmpty() ? "the controller's default backend answers 404"
                : "--default-backend-service " + named + " has no ready endpoints, so the controller's own "
                + "default backend answers 404";
        return a.own(404, Map.of(), matched + "; " + why);
    }

    private IngressRoute proxy(Answer a, NginxConfig cfg, String upstream, List<IngressEndpoint> endpoints,
                               RequestTarget t, Map<String, String> cookies, String toService) {
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
        String where = e.pod() ? " (pod " + e.podName() + (e.nodeName().isEmpty() ? "" : " on " + e.nodeName()) + ")"
                : "";
        String direct = e.pod() ? "; sent to the pod directly, not through the ClusterIP"
                : "; an ExternalName Service: nginx resolves that name and proxies outside the cluster";
        String rewritten = a.upstreamUri.equals(t.rawUri()) ? "" : "; rewrite-target makes the URI " + a.upstreamUri;
        String cookie = setCookie == null ? "" : "; Set-Cookie: " + setCookie;
        return a.proxied(toService + " → " + e.address() + where + " (" + pick.how() + ")" + direct + rewritten
                + cookie);
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

    private static String hostPart(NginxServer server, RequestTarget t) {
        if (server.defaultServer()) {
            return "No Ingress rule names host " + t.host() + ", so the default server _ took it";
        }
        if (server.name().startsWith("*.")) {
            return "Host " + t.host() + " matched " + server.name();
        }
        return "Host " + t.host();
    }

    /** The parts of a route as they are found, then made into an {@link IngressRoute}. */
    private static final class Answer {
        final NginxServer server;
        final boolean https;
        final String scope;
        String certificate = "";
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

        IngressRoute own(int status, Map<String, String> extra, String reason) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Content-Type", "text/html");
            headers.putAll(extra);
            return build(status, headers, NginxPages.body(status), reason);
        }

        IngressRoute proxied(String reason) {
            return build(200, Map.of(), "", reason);
        }

        private IngressRoute build(int status, Map<String, String> headers, String body, String reason) {
            String tlsNote = https ? "; TLS ends at the controller, which presents " + certificate : "";
            return new IngressRoute(status, server.name(), location == null ? null : location.ingress(),
                    location == null || location.defaultBackend() ? "" : location.ingressPath(),
                    location == null || location.defaultBackend() ? "" : nz(location.writtenType()),
                    backend == null ? "" : backend.namespace(), backend == null ? "" : backend.service(),
                    backend == null ? "" : backend.portText(),
                    upstream == null || upstream.port() == null ? null : upstream.port().targetPort(),
                    endpoint, upstreamUri, setCookie, headers, body, https, certificate, reason + tlsNote);
        }

        private static String nz(String s) {
            return s == null ? "" : s;
        }
    }
}
