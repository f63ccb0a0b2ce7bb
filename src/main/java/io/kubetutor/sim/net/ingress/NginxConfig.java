package io.kubetutor.sim.net.ingress;

import io.kubetutor.model.Ingress;
import io.kubetutor.model.KubeObject;
import io.kubetutor.sim.ObjectKey;
import io.kubetutor.sim.net.NetworkState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The nginx configuration ingress-nginx writes for one controller from the Ingresses it claims
 * (internal/ingress/controller/controller.go: createServers, getBackendServers,
 * updateServerLocations): one server per host with a root location "/" that goes to a default
 * backend, the Ingress paths merged in (the oldest Ingress wins a conflict), Prefix paths
 * normalized to a {@code /path/} location plus an exact {@code = /path} twin, locations ordered
 * longest first.
 */
public final class NginxConfig {
    private final List<NginxServer> servers;
    private final Map<String, StickyConfig> sticky;
    private final TlsCertificate defaultCertificate;

    private NginxConfig(List<NginxServer> servers, Map<String, StickyConfig> sticky,
                        TlsCertificate defaultCertificate) {
        this.servers = List.copyOf(servers);
        this.sticky = Map.copyOf(sticky);
        this.defaultCertificate = defaultCertificate;
    }

    /** What https to a host without a certificate of its own gets: --default-ssl-certificate, else the fake one. */
    public TlsCertificate defaultCertificate() {
        return defaultCertificate;
    }

    /** Servers sorted by name, as the template writes them; {@code _} included. */
    public List<NginxServer> servers() {
        return servers;
    }

    /** The server for a request's host (lower-case, no port): by name, else the default server. */
    public NginxServer serverFor(String host) {
        for (NginxServer s : servers) {
            if (!s.name().startsWith("*.") && s.matches(host)) {
                return s; // exact names win over the wildcard (regex) names
            }
        }
        for (NginxServer s : servers) {
            if (s.name().startsWith("*.") && s.matches(host)) {
                return s;
            }
        }
        return server(NginxServer.DEFAULT_SERVER).orElseThrow();
    }

    public Optional<NginxServer> server(String name) {
        return servers.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** The cookie affinity of an upstream, or null when it balances by round robin. */
    public StickyConfig sticky(String upstream) {
        return sticky.get(upstream);
    }

    public static NginxConfig build(IngressControllers controllers, IngressController c) {
        return new Builder(controllers.state(), c).build(controllers.claimedBy(c));
    }

    /** The mutable drafts while merging, kept out of the immutable result. */
    private static final class Draft {
        final String name;
        final List<NginxLocation> locations = new ArrayList<>();
        TlsCertificate certificate;
        final String creator;

        Draft(String name, NginxLocation root, String creator) {
            this.name = name;
            this.locations.add(root);
            this.creator = creator;
        }
    }

    private static final class StickyDraft {
        String type = "";
        String mode = "";
        IngressAnnotations.CookieSettings cookie = IngressAnnotations.CookieSettings.NONE;
        final Map<String, List<String>> locations = new LinkedHashMap<>();
    }

    private static final class Builder {
        private final NetworkState state;
        private final IngressController controller;
        private final Map<String, Draft> servers = new LinkedHashMap<>();
        private final Map<String, StickyDraft> sticky = new LinkedHashMap<>();

        Builder(NetworkState state, IngressController controller) {
            this.state = state;
            this.controller = controller;
        }

        NginxConfig build(List<Ingress> ingresses) {
            servers.put(NginxServer.DEFAULT_SERVER, new Draft(NginxServer.DEFAULT_SERVER,
                    NginxLocation.root(null, BackendRef.CONTROLLER_DEFAULT, IngressAnnotations.DEFAULTS), ""));
            for (Ingress ing : ingresses) {
                createServers(ing);
            }
            for (Ingress ing : ingresses) {
                configureCertificates(ing);
            }
            for (Ingress ing : ingresses) {
                addLocations(ing);
            }
            List<NginxServer> out = new ArrayList<>();
            for (Draft d : servers.values()) {
                out.add(finish(d));
            }
            out.sort(Comparator.comparing(NginxServer::name));
            Map<String, StickyConfig> stickies = new LinkedHashMap<>();
            sticky.forEach((upstream, s) -> {
                if (s.type.equals("cookie")) {
                    stickies.put(upstream, new StickyConfig(s.mode, s.cookie, copy(s.locations)));
                }
            });
            return new NginxConfig(out, stickies, defaultCertificate());
        }

        /** A server per rule host; its root goes to the Ingress's defaultBackend, else the controller's. */
        private void createServers(Ingress ing) {
            IngressAnnotations anns = IngressAnnotations.of(ing);
            Ingress.Backend db = ing.spec().defaultBackend();
            BackendRef un = BackendRef.CONTROLLER_DEFAULT;
            if (db != null && db.service() != null) {
                un = BackendRef.of(ing.namespace(), db.service());
                Draft catchAll = servers.get(NginxServer.DEFAULT_SERVER);
                NginxLocation root = catchAll.locations.get(0);
                // An Ingress with a backend but no rule configures the catch-all server.
                if (root.defaultBackend() && ing.spec().rules().isEmpty()) {
                    catchAll.locations.set(0, new NginxLocation(NginxLocation.ROOT, false, NginxLocation.ROOT,
                            "Prefix", "Prefix", ing, un, anns, false));
                }
            }
            for (Ingress.Rule rule : ing.spec().rules()) {
                String host = rule.host().isEmpty() ? NginxServer.DEFAULT_SERVER : rule.host();
                if (!servers.containsKey(host)) {
                    servers.put(host, new Draft(host, NginxLocation.root(ing, un, anns), "Ingress " + key(ing)));
                }
            }
        }

        /** The first Ingress with a TLS section and a rule for the host gives the host its certificate. */
        private void configureCertificates(Ingress ing) {
            if (ing.spec().tls().isEmpty()) {
                return;
            }
            for (Ingress.Rule rule : ing.spec().rules()) {
                Draft d = servers.get(rule.host());
                if (rule.host().isEmpty() || d == null || d.certificate != null) {
                    continue;
                }
                d.certificate = certificate(ing, rule.host());
            }
        }

        /** extractTLSSecretName: the secretName of the TLS entry listing the host; else the default. */
        private TlsCertificate certificate(Ingress ing, String host) {
            for (Ingress.Tls tls : ing.spec().tls()) {
                for (String h : tls.hosts()) {
                    if (h.equalsIgnoreCase(host) && !tls.secretName().isEmpty()) {
                        if (secretExists(ing.namespace(), tls.secretName())) {
                            return new TlsCertificate(ing.namespace(), tls.secretName(), "");
                        }
                        return defaultCertificate().because(ing.namespace() + "/" + tls.secretName());
                    }
                }
            }
            return defaultCertificate();
        }

        private TlsCertificate defaultCertificate() {
            String named = controller.flags().defaultSslCertificate();
            int slash = named.indexOf('/');
            if (slash > 0 && secretExists(named.substring(0, slash), named.substring(slash + 1))) {
                return new TlsCertificate(named.substring(0, slash), named.substring(slash + 1), "");
            }
            return TlsCertificate.FAKE;
        }

        private boolean secretExists(String namespace, String name) {
            return state.snapshot().get(new ObjectKey("", "Secret", namespace, name)).isPresent();
        }

        private void addLocations(Ingress ing) {
            IngressAnnotations anns = IngressAnnotations.of(ing);
            for (Ingress.Rule rule : ing.spec().rules()) {
                String host = rule.host().isEmpty() ? NginxServer.DEFAULT_SERVER : rule.host();
                Draft server = servers.get(host);
                if (rule.http() == null) {
                    continue;
                }
                for (Ingress.Path path : rule.http().paths()) {
                    Ingress.ServiceBackend svc = path.backend().service();
                    if (svc == null) {
                        continue; // a resource backend: ingress-nginx skips the path
                    }
                    BackendRef ref = BackendRef.of(ing.namespace(), svc);
                    String nginxPath = path.path().isEmpty() ? NginxLocation.ROOT : path.path();
                    // SetDefaultNGINXPathType: a missing or ImplementationSpecific type reads as Prefix.
                    String type = "Exact".equals(path.pathType()) ? "Exact" : "Prefix";
                    merge(server, new NginxLocation(nginxPath, false, nginxPath, type, path.pathType(), ing, ref,
                            anns, false));
                    gatherSticky(ref.upstreamName(), anns, host, path.path());
                }
            }
        }

        /** Same path and type: the earlier Ingress keeps it, unless it is still a default root. */
        private static void merge(Draft server, NginxLocation loc) {
            for (int i = 0; i < server.locations.size(); i++) {
                NginxLocation existing = server.locations.get(i);
                if (!existing.path().equals(loc.path())) {
                    continue;
                }
                if (!existing.pathType().equals(loc.pathType())) {
                    break;
                }
                if (existing.defaultBackend()) {
                    server.locations.set(i, loc);
                }
                return;
            }
            server.locations.add(loc);
        }

        private void gatherSticky(String upstream, IngressAnnotations anns, String host, String ingressPath) {
            StickyDraft s = sticky.computeIfAbsent(upstream, u -> new StickyDraft());
            if (s.type.isEmpty()) {
                s.type = anns.affinity();
            }
            if (s.mode.isEmpty()) {
                s.mode = anns.affinityMode();
            }
            if (anns.cookieAffinity()) {
                s.cookie = anns.cookie();
                s.locations.computeIfAbsent(host, h -> new ArrayList<>()).add(ingressPath);
            }
        }

        /** Sort longest first (ties: greater path first), then add the Prefix twins (updateServerLocations). */
        private static NginxServer finish(Draft d) {
            List<NginxLocation> sorted = new ArrayList<>(d.locations);
            sorted.sort(Comparator.comparing(NginxLocation::path).reversed());
            sorted.sort(Comparator.comparingInt((NginxLocation l) -> l.path().length()).reversed());
            boolean regex = sorted.stream().anyMatch(l -> l.annotations().regex());
            List<String> exactPaths = sorted.stream().filter(l -> l.pathType().equals("Exact"))
                    .map(NginxLocation::path).toList();
            List<NginxLocation> out = new ArrayList<>();
            for (NginxLocation l : sorted) {
                if (l.pathType().equals("Exact")) {
                    out.add(l.withPath(l.path(), true));
                    continue;
                }
                boolean rewrites = !l.annotations().rewriteTarget().isEmpty()
                        && !l.annotations().rewriteTarget().equals(l.path());
                if (l.path().equals(NginxLocation.ROOT) || rewrites || l.annotations().useRegex()) {
                    out.add(l);
                    continue;
                }
                out.add(l.withPath(slashed(l.path()), false));
                if (!exactPaths.contains(l.path())) {
                    out.add(l.withPath(l.path(), true));
                }
            }
            return new NginxServer(d.name, out, regex, d.certificate, d.creator);
        }

        private static String slashed(String p) {
            return p.endsWith("/") ? p : p + "/";
        }

        private static Map<String, List<String>> copy(Map<String, List<String>> m) {
            Map<String, List<String>> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(k, List.copyOf(v)));
            return out;
        }

        private static String key(KubeObject o) {
            return o.namespace() + "/" + o.name();
        }
    }
}
