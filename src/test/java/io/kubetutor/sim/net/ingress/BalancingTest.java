package io.kubetutor.sim.net.ingress;

import static io.kubetutor.sim.net.ingress.IngressFixtures.app;
import static io.kubetutor.sim.net.ingress.IngressFixtures.ingress;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.Pod;
import io.kubetutor.sim.Cluster;
import io.kubetutor.sim.ObjectKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BalancingTest {
    static final String UPSTREAM = "default-cart-80";

    static String md5(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    static Cluster shop(String annotations) {
        return IngressFixtures.cluster(app("cart", 3, 8080),
                ingress("shop", annotations, "shop.example.com", "Prefix /cart cart"));
    }

    /** The cookie's value as a browser sends it back: the Set-Cookie header up to the first ";". */
    static String value(String setCookie) {
        return setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'));
    }

    static void deletePod(Cluster c, String name) {
        Pod p = c.get(Pod.class, "default", name).orElseThrow();
        c.delete(ObjectKey.of(p), "kubectl delete pod");
        c.settle(120_000);
    }

    @Test
    void roundRobinStartsAfterARandomEndpointThenTakesEachInTurn() {
        Cluster c = shop("");
        IngressFixtures.Client client = new IngressFixtures.Client(c);
        List<String> picks = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            IngressRoute r = client.http("shop.example.com", "/cart");
            picks.add(r.endpoint().address());
            assertNull(r.setCookie());
        }
        assertEquals(3, new HashSet<>(picks.subList(0, 3)).size());
        assertEquals(picks.subList(0, 3), picks.subList(3, 6));
        Set<String> firsts = new HashSet<>();
        for (long seed = 1; seed <= 12; seed++) {
            IngressFixtures.Client fresh = new IngressFixtures.Client(c, new IngressBalancer(new SplittableRandom(seed)));
            firsts.add(fresh.http("shop.example.com", "/cart").endpoint().address());
        }
        assertTrue(firsts.size() > 1, "where it starts is drawn at random: " + firsts);
    }

    @Test
    void eachControllerPodRunsItsOwnNginxWithItsOwnTurn() {
        Cluster c = IngressFixtures.bare();
        IngressFixtures.apply(c, IngressFixtures.CONTROLLER.replace("  selector:\n    matchLabels",
                "  replicas: 2\n  selector:\n    matchLabels") + "---\n" + app("cart", 2, 8080) + "---\n"
                + ingress("shop", "", "shop.example.com", "Prefix /cart cart"));
        c.settle(120_000);
        IngressControllers cs = IngressControllers.build(c.networkState());
        IngressController ctl = IngressFixtures.controller(cs);
        assertEquals(2, ctl.pods().size());
        IngressRouter router = new IngressRouter(cs, new IngressBalancer(new SplittableRandom(5)));
        List<String> viaFirst = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            viaFirst.add(router.route(ctl, ctl.pods().get(0), "http", "shop.example.com", "/cart", Map.of())
                    .endpoint().address());
            router.route(ctl, ctl.pods().get(1), "http", "shop.example.com", "/cart", Map.of());
        }
        // Had both pods shared one turn, the first pod would meet the same endpoint every time.
        assertNotEquals(viaFirst.get(0), viaFirst.get(1));
        assertEquals(viaFirst.subList(0, 2), viaFirst.subList(2, 4));
    }

    @Test
    void newEndpointsReloadTheRoundRobinSoTheNewPodTakesItsTurn() {
        Cluster c = shop("");
        IngressFixtures.Client client = new IngressFixtures.Client(c);
        client.http("shop.example.com", "/cart");
        IngressFixtures.apply(c, app("cart", 4, 8080));
        c.settle(120_000);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 4; i++) {
            IngressRoute r = client.http("shop.example.com", "/cart");
            seen.add(r.endpoint().address());
            assertTrue(r.reason().contains(" of 4)"), r.reason());
        }
        assertEquals(4, seen.size());
    }

    @Test
    void balancedAffinityHandsOutACookieWhoseKeyKeepsLandingOnTheSamePod() throws Exception {
        Cluster c = shop("nginx.ingress.kubernetes.io/affinity: cookie");
        IngressFixtures.Client client = new IngressFixtures.Client(c);
        IngressRoute first = client.http("shop.example.com", "/cart/items");
        Matcher m = Pattern.compile("INGRESSCOOKIE=([0-9.]+)\\.(\\d+)\\.(\\d+)\\|([0-9a-f]{32}); Path=/cart; HttpOnly")
                .matcher(first.setCookie());
        assertTrue(m.matches(), first.setCookie());
        double wall = (IngressBalancer.DEFAULT_WALL_CLOCK_AT_ZERO + c.now()) / 1000.0;
        assertEquals(wall + 1, Double.parseDouble(m.group(1)), 0.0005, "ngx.now() + 1");
        assertEquals(md5(md5(UPSTREAM) + UPSTREAM), m.group(4));
        String cookie = value(first.setCookie());
        for (int i = 0; i < 5; i++) {
            IngressRoute again = client.get("http", "shop.example.com", "/cart", Map.of("INGRESSCOOKIE", cookie));
            assertEquals(first.endpoint(), again.endpoint());
            assertNull(again.setCookie(), "a request with a cookie gets none back");
        }
    }

    @Test
    void balancedAffinityRehashesAGoneEndpointsCookieToAnotherPodWithoutANewCookie() {
        Cluster c = shop("nginx.ingress.kubernetes.io/affinity: cookie");
        IngressFixtures.Client client = new IngressFixtures.Client(c);
        IngressRoute first = client.http("shop.example.com", "/cart");
        String cookie = value(first.setCookie());
        deletePod(c, first.endpoint().podName());
        IngressRoute after = client.get("http", "shop.example.com", "/cart", Map.of("INGRESSCOOKIE", cookie));
        assertNotEquals(first.endpoint().podName(), after.endpoint().podName());
        assertTrue(c.get(Pod.class, "default", after.endpoint().podName()).isPresent());
        assertNull(after.setCookie());
        assertTrue(after.reason().contains("(cookie INGRESSCOOKIE hashes to it (balanced affinity, consistent hash "
                + "over 3 endpoints))"), after.reason());
    }

    @Test
    void persistentAffinityCookieNamesThePodAndAGonePodGetsANewPickAndCookie() throws Exception {
        Cluster c = shop("nginx.ingress.kubernetes.io/affinity: cookie, "
                + "nginx.ingress.kubernetes.io/affinity-mode: persistent");
        IngressFixtures.Client client = new IngressFixtures.Client(c);
        IngressRoute first = client.http("shop.example.com", "/cart");
        String cookie = value(first.setCookie());
        assertEquals(md5(UPSTREAM + first.endpoint().address()) + "|" + md5(md5(UPSTREAM) + UPSTREAM), cookie);
        for (int i = 0; i < 4; i++) {
            IngressRoute again = client.get("http", "shop.example.com", "/cart", Map.of("INGRESSCOOKIE", cookie));
            assertEquals(first.endpoint(), again.endpoint());
            assertNull(again.setCookie());
        }
        deletePod(c, first.endpoint().podName());
        IngressRoute after = client.get("http", "shop.example.com", "/cart", Map.of("INGRESSCOOKIE", cookie));
        assertNotEquals(first.endpoint().address(), after.endpoint().address());
        assertEquals(md5(UPSTREAM + after.endpoint().address()), value(after.setCookie()).split("\\|")[0]);
        assertTrue(after.reason().contains("cookie INGRESSCOOKIE names no current endpoint: persistent affinity "
                + "picked"), after.reason());
    }

    @Test
    void cookieAnnotationsShapeTheSetCookieHeaderInLuaRestyCookiesOrder() {
        Cluster c = shop(String.join(", ", "nginx.ingress.kubernetes.io/affinity: cookie",
                "nginx.ingress.kubernetes.io/session-cookie-name: route",
                "nginx.ingress.kubernetes.io/session-cookie-path: /",
                "nginx.ingress.kubernetes.io/session-cookie-max-age: '3600'",
                "nginx.ingress.kubernetes.io/session-cookie-expires: '172800'",
                "nginx.ingress.kubernetes.io/session-cookie-samesite: Lax"));
        IngressRoute r = new IngressFixtures.Client(c).https("shop.example.com", "/cart");
        long expires = Math.floorDiv(IngressBalancer.DEFAULT_WALL_CLOCK_AT_ZERO + c.now(), 1000) + 172800;
        String when = DateTimeFormatter.ofPattern("EEE, dd-MMM-yy HH:mm:ss 'GMT'", Locale.ENGLISH)
                .format(Instant.ofEpochSecond(expires).atZone(ZoneOffset.UTC));
        assertTrue(r.setCookie().startsWith("route="), r.setCookie());
        assertTrue(r.setCookie().endsWith("; Expires=" + when + "; Max-Age=3600; Path=/; Secure; HttpOnly; "
                + "SameSite=Lax"), r.setCookie());
    }

    @Test
    void theCookieIsOnlySetAtLocationsWhoseIngressAsksForAffinity() {
        Cluster c = IngressFixtures.cluster(app("cart", 2, 8080),
                ingress("b-sticky", "nginx.ingress.kubernetes.io/affinity: cookie", "sticky.example.com",
                        "Prefix / cart"),
                ingress("a-plain", "", "plain.example.com", "Prefix / cart"));
        IngressFixtures.Client client = new IngressFixtures.Client(c);
        assertTrue(client.http("sticky.example.com", "/").setCookie() != null);
        IngressRoute plain = client.http("plain.example.com", "/");
        assertNull(plain.setCookie(), "the upstream balances by cookie, but this location sets none");
        assertTrue(plain.reason().contains("balanced affinity"), plain.reason());
    }
}
