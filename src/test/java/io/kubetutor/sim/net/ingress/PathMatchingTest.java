package io.kubetutor.sim.net.ingress;

import static io.kubetutor.sim.net.ingress.IngressFixtures.app;
import static io.kubetutor.sim.net.ingress.IngressFixtures.ingress;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.sim.Cluster;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Path matching against the examples table of the Kubernetes Ingress docs, as ingress-nginx
 * carries it out: one host per row, each with its own Ingress.
 */
class PathMatchingTest {
    private static Cluster cluster;

    @BeforeAll
    static void deploy() {
        List<String> docs = new ArrayList<>(List.of(app("a", 1, 8080), app("b", 1, 8080), app("c", 1, 8080)));
        docs.add(ingress("all", "", "all.test", "Prefix / a"));
        docs.add(ingress("exact", "", "exact.test", "Exact /foo a"));
        docs.add(ingress("exact-slash", "", "exact-slash.test", "Exact /foo/ a"));
        docs.add(ingress("prefix", "", "prefix.test", "Prefix /foo a"));
        docs.add(ingress("prefix-slash", "", "prefix-slash.test", "Prefix /foo/ a"));
        docs.add(ingress("bb", "", "bb.test", "Prefix /aaa/bb a"));
        docs.add(ingress("bbb", "", "bbb.test", "Prefix /aaa/bbb a"));
        docs.add(ingress("bbb-slash", "", "bbb-slash.test", "Prefix /aaa/bbb/ a"));
        docs.add(ingress("two", "", "two.test", "Prefix / a", "Prefix /aaa b"));
        docs.add(ingress("three", "", "three.test", "Prefix / a", "Prefix /aaa b", "Prefix /aaa/bbb c"));
        docs.add(ingress("aaa", "", "aaa.test", "Prefix /aaa a"));
        docs.add(ingress("mixed", "", "mixed.test", "Prefix /foo a", "Exact /foo b"));
        docs.add(ingress("impl", "", "impl.test", "ImplementationSpecific /foo a"));
        docs.add(ingress("order", "", "order.test", "Prefix /api a", "Prefix /api/v2 b", "Prefix / c"));
        docs.add(ingress("regex", "nginx.ingress.kubernetes.io/use-regex: 'true'", "regex.test",
                "ImplementationSpecific /api/v[0-9]+ b"));
        docs.add(ingress("regex-mate", "", "regex.test", "Exact /exact a"));
        docs.add(ingress("rewrite", "nginx.ingress.kubernetes.io/rewrite-target: /$2", "rewrite.test",
                "ImplementationSpecific /something(/|$)(.*) a"));
        cluster = IngressFixtures.cluster(docs.toArray(String[]::new));
    }

    private static IngressRoute get(String host, String path) {
        return new IngressFixtures.Client(cluster).http(host, path);
    }

    /** "a" / "b" / "c" for the Service that got it, "404" for the default backend, else the status. */
    private static String outcome(String host, String path) {
        IngressRoute r = get(host, path);
        return r.proxied() ? r.serviceName() : Integer.toString(r.status());
    }

    @Test
    void theDocsTableRowsThatMatchReachTheBackendAndTheOthersTheDefaultBackend() {
        assertEquals("a", outcome("all.test", "/anything/at/all"));
        assertEquals("a", outcome("exact.test", "/foo"));
        assertEquals("404", outcome("exact.test", "/bar"));
        assertEquals("404", outcome("exact.test", "/foo/"));
        assertEquals("a", outcome("prefix.test", "/foo"));
        assertEquals("a", outcome("prefix.test", "/foo/"));
        assertEquals("a", outcome("prefix-slash.test", "/foo/"));
        assertEquals("404", outcome("bb.test", "/aaa/bbb"));
        assertEquals("a", outcome("bbb.test", "/aaa/bbb"));
        assertEquals("a", outcome("bbb.test", "/aaa/bbb/"));
        assertEquals("a", outcome("bbb.test", "/aaa/bbb/ccc"));
        assertEquals("404", outcome("bbb.test", "/aaa/bbbxyz"));
        assertEquals("b", outcome("two.test", "/aaa/ccc"));
        assertEquals("c", outcome("three.test", "/aaa/bbb"));
        assertEquals("a", outcome("three.test", "/ccc"));
        assertEquals("404", outcome("aaa.test", "/ccc"));
        assertEquals("b", outcome("mixed.test", "/foo"), "Exact is preferred");
        assertEquals("a", outcome("mixed.test", "/foo/x"));
    }

    @Test
    void aPathWrittenWithATrailingSlashAnswersTheBarePathWithNginxs301() {
        // The docs say Prefix /foo/ matches /foo; nginx instead redirects to the location it has.
        for (String[] row : new String[][] {{"prefix-slash.test", "/foo", "/foo/"},
            {"bbb-slash.test", "/aaa/bbb", "/aaa/bbb/"}, {"exact-slash.test", "/foo", "/foo/"}}) {
            IngressRoute r = get(row[0], row[1] + "?q=1");
            assertEquals(301, r.status(), row[0]);
            assertEquals("http://" + row[0] + row[2] + "?q=1", r.headers().get("Location"));
            assertEquals("<html>\r\n<head><title>301 Moved Permanently</title></head>\r\n<body>\r\n"
                    + "<center><h1>301 Moved Permanently</h1></center>\r\n<hr><center>nginx</center>\r\n"
                    + "</body>\r\n</html>\r\n", r.body());
        }
    }

    @Test
    void theLongestPrefixWinsWhateverOrderThePathsAreWrittenIn() {
        assertEquals("b", outcome("order.test", "/api/v2/users"));
        assertEquals("a", outcome("order.test", "/api/v1"));
        assertEquals("c", outcome("order.test", "/apis"), "/api does not match /apis element-wise");
        IngressRoute r = get("order.test", "/api/v2/users");
        assertEquals("/api/v2", r.matchedPath());
        assertEquals("Prefix", r.pathType());
        assertEquals("Host order.test, path /api/v2/users matched Prefix /api/v2 of Ingress default/order → Service b "
                + "port 80 → " + r.endpoint().address() + " (pod " + r.endpoint().podName() + " on "
                + r.endpoint().nodeName() + ") (round robin, 1 of 1); sent to the pod directly, not through the "
                + "ClusterIP", r.reason());
    }

    @Test
    void implementationSpecificReadsAsPrefixSoItMatchesWholeSegmentsOnly() {
        assertEquals("a", outcome("impl.test", "/foo/bar"));
        assertEquals("404", outcome("impl.test", "/foobar"));
        assertEquals("ImplementationSpecific", get("impl.test", "/foo").pathType());
    }

    @Test
    void useRegexTurnsEveryPathOfTheHostIntoACaseInsensitivePrefixRegex() {
        assertEquals("b", outcome("regex.test", "/API/v12/x"));
        assertEquals("404", outcome("regex.test", "/api/vx"));
        // The other Ingress's Exact path on the same host is now ~* "^/exact": a prefix, any case.
        assertEquals("a", outcome("regex.test", "/EXACT/and/more"));
    }

    @Test
    void rewriteTargetReplacesTheWholeUriWithTheTargetFilledFromTheCaptures() {
        IngressRoute r = get("rewrite.test", "/something/new/page?x=1");
        assertEquals("a", r.serviceName());
        assertEquals("/new/page?x=1", r.upstreamUri());
        assertEquals("/", get("rewrite.test", "/something").upstreamUri());
        assertTrue(r.reason().contains("rewrite-target makes the URI /new/page?x=1"), r.reason());
        assertEquals("/other", get("all.test", "/other").upstreamUri(), "without rewrite the URI passes as sent");
    }

    @Test
    void dotSegmentsAreResolvedBeforeMatchingAndClimbingAboveTheRootIs400() {
        assertEquals("a", outcome("bbb.test", "/x/../aaa//bbb/./c"));
        IngressRoute r = get("bbb.test", "/../etc/passwd");
        assertEquals(400, r.status());
        assertTrue(r.body().startsWith("<html>\r\n<head><title>400 Bad Request</title></head>"), r.body());
    }
}
