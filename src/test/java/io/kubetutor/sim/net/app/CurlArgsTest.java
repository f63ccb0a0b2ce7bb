package io.kubetutor.sim.net.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CurlArgsTest {
    private static CurlArgs parse(String... argv) {
        return CurlArgs.parse(List.of(argv));
    }

    @Test
    void aBareHostIsAnHttpUrlForTheRootOnPort80() {
        CurlArgs a = parse("curl", "web");
        assertEquals("http", a.scheme());
        assertEquals("web", a.host());
        assertEquals(80, a.port());
        assertEquals("/", a.path());
        assertEquals("web", a.request("10.244.2.7", 1).host());
    }

    @Test
    void aPortOtherThanTheSchemesDefaultGoesIntoTheHostHeader() {
        CurlArgs a = parse("curl", "http://web.default.svc.cluster.local:8080/api?x=1");
        assertEquals(8080, a.port());
        assertEquals("/api?x=1", a.path());
        assertEquals("web.default.svc.cluster.local:8080", a.request("1.2.3.4", 1).host());
    }

    @Test
    void shortOptionsCombineAndTakeAttachedValues() {
        CurlArgs a = parse("curl", "-sSI", "-m5", "--connect-timeout", "2.5", "http://x/");
        assertTrue(a.silent() && a.showError() && a.head());
        assertEquals(5_000L, a.maxTimeMs());
        assertEquals(2_500L, a.connectTimeoutMs());
        assertEquals("HEAD", a.method());
    }

    @Test
    void curlSendsHostUserAgentAcceptThenCustomHeadersThenTheBodyHeaders() {
        HttpRequest r = parse("curl", "-H", "X-Env: test", "-d", "name=kube", "http://x/form")
                .request("10.244.2.7", 40000);
        assertEquals("POST", r.method());
        assertEquals(List.of("User-Agent", "Accept", "X-Env", "Content-Length", "Content-Type"),
                List.copyOf(r.headers().keySet()));
        assertEquals("9", r.headers().get("Content-Length"));
        assertEquals("name=kube", r.body());
        assertEquals("10.244.2.7:40000", r.remoteAddr());
    }

    @Test
    void aCustomHeaderReplacesOrRemovesCurlsOwn() {
        HttpRequest r = parse("curl", "-H", "Host: shop.example.com", "-H", "Accept:", "-H", "User-Agent: probe",
                "http://10.96.0.30/").request("1.2.3.4", 1);
        assertEquals("shop.example.com", r.host());
        assertEquals(Map.of("User-Agent", "probe"), r.headers());
    }

    @Test
    void resolveMapsAHostAndPortToAnAddress() {
        CurlArgs a = parse("curl", "--resolve", "shop.example.com:80:192.168.1.2", "http://shop.example.com/");
        assertEquals("192.168.1.2", a.resolvedBy("shop.example.com", 80));
        assertNull(a.resolvedBy("shop.example.com", 443));
    }

    @Test
    void anUnknownOptionIsRefusedRatherThanIgnored() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> parse("curl", "--compressed", "http://x/"));
        assertEquals("curl: option --compressed: is unknown", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> parse("curl", "-s"));
    }

    @Test
    void ipv6LiteralsKeepTheirBracketsOnlyInTheHostHeader() {
        CurlArgs a = parse("curl", "http://[fd00::5]:8080/");
        assertEquals("fd00::5", a.host());
        assertEquals("[fd00::5]:8080", a.request("fd00::9", 1).host());
    }
}
