package io.kubetutor.sim.net.ingress;

import static io.kubetutor.sim.net.ingress.IngressFixtures.app;
import static io.kubetutor.sim.net.ingress.IngressFixtures.ingress;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.IntOrString;
import io.kubetutor.sim.Cluster;
import org.junit.jupiter.api.Test;

class TlsAndErrorPagesTest {
    static final String UNAVAILABLE = "<html>\r\n<head><title>503 Service Temporarily Unavailable</title></head>\r\n"
            + "<body>\r\n<center><h1>503 Service Temporarily Unavailable</h1></center>\r\n"
            + "<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
    static final String REDIRECT = "<html>\r\n<head><title>308 Permanent Redirect</title></head>\r\n<body>\r\n"
            + "<center><h1>308 Permanent Redirect</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n"
            + "</html>\r\n";
    static final String SECRET = """
            apiVersion: v1
            kind: Secret
            metadata: {name: shop-tls}
            type: kubernetes.io/tls
            data: {tls.crt: LS0t, tls.key: LS0t}
            """;

    /** The shop Ingress with a TLS section for shop.example.com and extra annotations. */
    static String tlsShop(String annotations) {
        return ingress("shop", annotations, "shop.example.com", "Prefix / cart")
                .replace("spec:\n", "spec:\n  tls: [{hosts: [shop.example.com], secretName: shop-tls}]\n");
    }

    @Test
    void plainHttpToATlsHostGets308ToHttpsWithoutTheTrailingSlash() {
        Cluster c = IngressFixtures.cluster(app("cart", 2, 8080), tlsShop(""));
        IngressFixtures.Client client = new IngressFixtures.Client(c);
        IngressRoute r = client.http("shop.example.com", "/");
        assertEquals(308, r.status());
        assertEquals("https://shop.example.com", r.headers().get("Location"));
        assertEquals(REDIRECT, r.body());
        assertNull(r.endpoint());
        assertEquals("https://shop.example.com/cart/?id=7", client.http("shop.example.com:80", "/cart/?id=7")
                .headers().get("Location"), "only a slash ending $request_uri, query included, is dropped");
        assertEquals("https://shop.example.com/cart/x", client.http("shop.example.com", "/cart/x/")
                .headers().get("Location"));
        assertEquals("Host shop.example.com, path / matched Prefix / of Ingress default/shop; the host has a TLS "
                + "certificate and ssl-redirect is true: plain http gets 308 Permanent Redirect to https", r.reason());
    }

    @Test
    void preserveTrailingSlashKeepsItInTheRedirect() {
        Cluster c = IngressFixtures.cluster(app("cart", 1, 8080),
                tlsShop("nginx.ingress.kubernetes.io/preserve-trailing-slash: 'true'"));
        assertEquals("https://shop.example.com/cart/", new IngressFixtures.Client(c).http("shop.example.com", "/cart/")
                .headers().get("Location"));
    }

    @Test
    void sslRedirectFalseServesPlainHttpOnATlsHost() {
        Cluster c = IngressFixtures.cluster(app("cart", 1, 8080),
                tlsShop("nginx.ingress.kubernetes.io/ssl-redirect: 'false'"));
        IngressRoute r = new IngressFixtures.Client(c).http("shop.example.com", "/");
        assertEquals(200, r.status());
        assertEquals("cart", r.serviceName());
    }

    @Test
    void aHostWithoutTlsIsServedOnHttpAndForceSslRedirectRedirectsItAnyway() {
        Cluster c = IngressFixtures.cluster(app("cart", 1, 8080),
                ingress("plain", "", "plain.example.com", "Prefix / cart"),
                ingress("forced", "nginx.ingress.kubernetes.io/force-ssl-redirect: 'true'", "forced.example.com",
                        "Prefix / cart"));
        IngressFixtures.Client client = new IngressFixtures.Client(c);
        assertEquals(200, client.http("plain.example.com", "/").status());
        IngressRoute forced = client.http("forced.example.com", "/a");
        assertEquals(308, forced.status());
        assertEquals("https://forced.example.com/a", forced.headers().get("Location"));
    }

    @Test
    void httpsEndsAtTheControllerWithTheSecretsCertificateOrTheFakeOneWhenItIsMissing() {
        Cluster c = IngressFixtures.cluster(app("cart", 1, 8080), tlsShop(""),
                ingress("plain", "", "plain.example.com", "Prefix / cart"));
        IngressFixtures.Client client = new IngressFixtures.Client(c);
        IngressRoute missing = client.https("shop.example.com", "/");
        assertTrue(missing.tls());
        assertEquals(200, missing.status());
        assertEquals("its default certificate, \"Kubernetes Ingress Controller Fake Certificate\" (Secret "
                + "default/shop-tls not found)", missing.certificate());
        assertEquals("its default certificate, \"Kubernetes Ingress Controller Fake Certificate\"",
                client.https("plain.example.com", "/").certificate());
        IngressFixtures.apply(c, SECRET);
        IngressRoute present = client.https("shop.example.com", "/");
        assertEquals("the certificate of Secret default/shop-tls", present.certificate());
        assertTrue(present.reason().endsWith("; TLS ends at the controller, which presents the certificate of Secret "
                + "default/shop-tls"), present.reason());
        assertEquals(308, client.http("shop.example.com", "/").status(), "a missing Secret still redirects");
    }

    @Test
    void aServiceWithoutReadyEndpointsGetsNginxs503() {
        Cluster c = IngressFixtures.cluster(app("cart", 0, 8080), ingress("shop", "", "shop.example.com",
                "Prefix / cart"));
        IngressRoute r = new IngressFixtures.Client(c).http("shop.example.com", "/");
        assertEquals(503, r.status());
        assertEquals(UNAVAILABLE, r.body());
        assertEquals("Host shop.example.com, path / matched Prefix / of Ingress default/shop → Service cart port 80, but "
                + "Service cart has no ready endpoints: nginx answers 503", r.reason());
    }

    @Test
    void aMissingServiceOrAPortItLacksGets503() {
        Cluster c = IngressFixtures.cluster(app("cart", 1, 8080),
                ingress("shop", "", "shop.example.com", "Prefix /gone nowhere", "Prefix /port cart:8443"));
        IngressFixtures.Client client = new IngressFixtures.Client(c);
        IngressRoute gone = client.http("shop.example.com", "/gone");
        assertEquals(503, gone.status());
        assertTrue(gone.reason().endsWith("but Service default/nowhere not found: nginx answers 503"), gone.reason());
        IngressRoute port = client.http("shop.example.com", "/port");
        assertEquals(503, port.status());
        assertTrue(port.reason().endsWith("but Service cart has no port 8443: nginx answers 503"), port.reason());
    }

    @Test
    void aBackendPortIsFoundByNumberByNameOrByTargetPortAndTheControllerUsesTheEndpointPort() {
        Cluster c = IngressFixtures.cluster(app("cart", 1, 8080),
                ingress("shop", "", "shop.example.com", "Prefix /byname cart:web", "Prefix /bytarget cart:http",
                        "Prefix /bynumber cart:80"));
        IngressFixtures.Client client = new IngressFixtures.Client(c);
        for (String p : new String[] {"/byname", "/bytarget", "/bynumber"}) {
            IngressRoute r = client.http("shop.example.com", p);
            assertEquals(200, r.status(), p);
            assertEquals(8080, r.endpoint().port());
            assertEquals(IntOrString.of("http"), r.targetPort());
            assertTrue(r.endpoint().pod());
        }
        assertEquals("web", client.http("shop.example.com", "/byname").servicePort());
    }

    @Test
    void anExternalNameBackendIsProxiedToItsDnsNameOutsideTheCluster() {
        Cluster c = IngressFixtures.cluster("""
                apiVersion: v1
                kind: Service
                metadata: {name: docs}
                spec: {type: ExternalName, externalName: docs.example.org}
                """, ingress("shop", "", "shop.example.com", "Prefix /docs docs:443"));
        IngressRoute r = new IngressFixtures.Client(c).http("shop.example.com", "/docs");
        assertEquals(200, r.status());
        assertEquals("docs.example.org:443", r.endpoint().address());
        assertFalse(r.endpoint().pod());
        assertTrue(r.reason().endsWith("; an ExternalName Service: nginx resolves that name and proxies outside the "
                + "cluster"), r.reason());
    }
}
