package io.kubetutor.sim.net.ingress;

import static io.kubetutor.sim.net.ingress.IngressFixtures.app;
import static io.kubetutor.sim.net.ingress.IngressFixtures.ingress;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.sim.Cluster;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HostsAndDefaultBackendsTest {
    static final String NOT_FOUND = "<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n"
            + "<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";

    private static String outcome(IngressRoute r) {
        return r.proxied() ? r.serviceName() : Integer.toString(r.status());
    }

    @Test
    void aHostNoRuleNamesGoesToTheDefaultServerWhoseDefaultBackendAnswersNginxs404() {
        Cluster c = IngressFixtures.cluster(app("a", 1, 8080), ingress("shop", "", "shop.example.com", "Prefix / a"));
        IngressFixtures.Client client = new IngressFixtures.Client(c);
        IngressRoute r = client.http("other.example.com", "/");
        assertEquals(404, r.status());
        assertEquals("_", r.server());
        assertEquals(NOT_FOUND, r.body());
        assertEquals(Map.of("Content-Type", "text/html"), r.headers());
        assertNull(r.ingress());
        assertEquals("No Ingress rule names host other.example.com, so the default server _ took it, path / "
                + "matched no Ingress path; the controller's default backend answers 404", r.reason());
        assertEquals("a", outcome(client.http("shop.example.com", "/")));
    }

    @Test
    void hostMatchingIgnoresCaseAPortAndATrailingDot() {
        Cluster c = IngressFixtures.cluster(app("a", 1, 8080), ingress("shop", "", "shop.example.com", "Prefix / a"));
        IngressFixtures.Client client = new IngressFixtures.Client(c);
        assertEquals("a", outcome(client.http("Shop.Example.COM:8080", "/")));
        assertEquals("a", outcome(client.http("shop.example.com.", "/")));
    }

    @Test
    void aWildcardHostMatchesExactlyOneLabelAndAnExactHostBeatsIt() {
        Cluster c = IngressFixtures.cluster(app("a", 1, 8080), app("b", 1, 8080),
                ingress("wild", "", "*.example.com", "Prefix / a"),
                ingress("exact", "", "api.example.com", "Prefix / b"));
        IngressFixtures.Client client = new IngressFixtures.Client(c);
        assertEquals("a", outcome(client.http("shop.example.com", "/")));
        assertEquals("*.example.com", client.http("shop.example.com", "/").server());
        assertEquals("b", outcome(client.http("api.example.com", "/")));
        assertEquals("404", outcome(client.http("a.b.example.com", "/")), "two labels are not one");
        assertEquals("404", outcome(client.http("example.com", "/")));
    }

    @Test
    void rulesWithoutAHostServeEveryHostThatNoRuleNames() {
        Cluster c = IngressFixtures.cluster(app("a", 1, 8080), app("b", 1, 8080),
                ingress("any", "", "", "Prefix /api a"),
                ingress("shop", "", "shop.example.com", "Prefix / b"));
        IngressFixtures.Client client = new IngressFixtures.Client(c);
        assertEquals("a", outcome(client.http("203.0.113.1", "/api/x")));
        assertEquals("404", outcome(client.http("203.0.113.1", "/other")));
        // A named host is its own server: the host-less rule does not reach into it.
        assertEquals("b", outcome(client.http("shop.example.com", "/api/x")));
    }

    @Test
    void anIngressDefaultBackendAnswersThePathsNoRuleOfItsHostsMatches() {
        Cluster c = IngressFixtures.cluster(app("a", 1, 8080), app("fallback", 1, 8080), """
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata: {name: shop}
                spec:
                  ingressClassName: nginx
                  defaultBackend: {service: {name: fallback, port: {number: 80}}}
                  rules:
                  - host: shop.example.com
                    http:
                      paths:
                      - {path: /cart, pathType: Prefix, backend: {service: {name: a, port: {number: 80}}}}
                """);
        IngressFixtures.Client client = new IngressFixtures.Client(c);
        assertEquals("a", outcome(client.http("shop.example.com", "/cart")));
        IngressRoute r = client.http("shop.example.com", "/elsewhere");
        assertEquals("fallback", outcome(r));
        assertEquals("default/shop", r.ingressName());
        assertTrue(r.reason().startsWith("Host shop.example.com, path /elsewhere matched no Ingress path; the host's "
                + "default backend is Service fallback port 80 → "), r.reason());
        // An Ingress with rules does not take over the catch-all server.
        assertEquals("404", outcome(client.http("other.example.com", "/")));
    }

    @Test
    void anIngressWithOnlyADefaultBackendTakesTheCatchAllServer() {
        Cluster c = IngressFixtures.cluster(app("fallback", 1, 8080), """
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata: {name: catch-all}
                spec:
                  ingressClassName: nginx
                  defaultBackend: {service: {name: fallback, port: {number: 80}}}
                """);
        IngressRoute r = new IngressFixtures.Client(c).http("anything.example.com", "/x");
        assertEquals("fallback", outcome(r));
        assertEquals("_", r.server());
    }

    @Test
    void theControllersDefaultBackendServiceTakesUnmatchedRequestsWhileItHasEndpoints() {
        Cluster c = IngressFixtures.bare();
        IngressFixtures.apply(c, IngressFixtures.CONTROLLER.replace("- --validating-webhook=:8443",
                "- --validating-webhook=:8443\n        - --default-backend-service=default/errors")
                + "---\n" + app("errors", 1, 8080));
        c.settle(120_000);
        IngressFixtures.Client client = new IngressFixtures.Client(c);
        IngressRoute r = client.http("nowhere.example.com", "/");
        assertEquals("errors", outcome(r));
        assertTrue(r.reason().contains("the controller's --default-backend-service default/errors takes it"),
                r.reason());
        IngressFixtures.apply(c, app("errors", 0, 8080));
        c.settle(120_000);
        IngressRoute none = client.http("nowhere.example.com", "/");
        assertEquals(404, none.status());
        assertTrue(none.reason().endsWith("--default-backend-service default/errors has no ready endpoints, so the "
                + "controller's own default backend answers 404"), none.reason());
    }

    @Test
    void theOlderIngressKeepsAPathTwoIngressesDefineAndOnATieTheGreaterNameWins() {
        Cluster c = IngressFixtures.cluster(app("a", 1, 8080), app("b", 1, 8080),
                ingress("alpha", "", "shop.example.com", "Prefix /x a"),
                ingress("beta", "", "shop.example.com", "Prefix /x b"));
        IngressFixtures.Client client = new IngressFixtures.Client(c);
        // Created in the same second: sortIngressSlice puts default/beta before default/alpha.
        assertEquals("b", outcome(client.http("shop.example.com", "/x")));
        c.advanceBy(2_000);
        IngressFixtures.apply(c, ingress("aardvark", "", "shop.example.com", "Prefix /y a")
                + "---\n" + ingress("zebra", "", "shop.example.com", "Prefix /x a"));
        assertEquals("b", outcome(client.http("shop.example.com", "/x")), "the older Ingress keeps /x");
        assertEquals("a", outcome(client.http("shop.example.com", "/y")));
    }

    @Test
    void aResourceBackendIsSkippedSoThePathFallsToTheDefaultBackend() {
        Cluster c = IngressFixtures.cluster("""
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata: {name: bucket}
                spec:
                  ingressClassName: nginx
                  rules:
                  - host: files.example.com
                    http:
                      paths:
                      - path: /static
                        pathType: Prefix
                        backend: {resource: {apiGroup: k8s.example.com, kind: StorageBucket, name: assets}}
                """);
        IngressRoute r = new IngressFixtures.Client(c).http("files.example.com", "/static/a.css");
        assertEquals(404, r.status());
        assertFalse(r.proxied());
    }
}
