package io.kubetutor.sim.net.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A pod in namespace default looks up the Service web of namespace shop (search list, ndots:5). */
class StubResolverSearchTest {
    private static final DnsScenario SHOP = DnsScenario.of(Scenarios.SHOP);

    private static Resolution fromClient(String name) {
        return SHOP.resolveFrom("default", "client", name, RecordType.A);
    }

    private static List<String> tried(Resolution r) {
        return r.attempts().stream().map(a -> a.qname() + " " + (a.replied() ? a.answer().rcode() : "-")
                + (a.replied() && a.answer().hasRecords() ? " " + a.answer().answers().size() : "")).toList();
    }

    @Test
    void aBareNameOnlyFindsServicesOfThePodsOwnNamespace() {
        Resolution r = fromClient("web");
        assertEquals(List.of("web.default.svc.cluster.local. NXDOMAIN", "web.svc.cluster.local. NXDOMAIN",
                "web.cluster.local. NXDOMAIN", "web. NXDOMAIN"), tried(r));
        assertFalse(r.found());
        assertTrue(r.addresses().isEmpty());
    }

    @Test
    void serviceDotNamespaceIsFoundOnTheSecondSearchDomain() {
        Resolution r = fromClient("web.shop");
        assertEquals(List.of("web.shop.default.svc.cluster.local. NXDOMAIN", "web.shop.svc.cluster.local. NOERROR 1"),
                tried(r));
        assertEquals(List.of("10.96.20.20"), r.addresses());
    }

    @Test
    void serviceDotNamespaceDotSvcIsFoundOnTheThirdSearchDomain() {
        Resolution r = fromClient("web.shop.svc");
        assertEquals(List.of("web.shop.svc.default.svc.cluster.local. NXDOMAIN",
                "web.shop.svc.svc.cluster.local. NXDOMAIN", "web.shop.svc.cluster.local. NOERROR 1"), tried(r));
        assertTrue(r.found());
    }

    @Test
    void theFullNameHasFewerDotsThanNdotsSoEverySearchDomainIsTriedFirst() {
        Resolution r = fromClient("web.shop.svc.cluster.local");
        assertEquals(List.of("web.shop.svc.cluster.local.default.svc.cluster.local. NXDOMAIN",
                "web.shop.svc.cluster.local.svc.cluster.local. NXDOMAIN",
                "web.shop.svc.cluster.local.cluster.local. NXDOMAIN",
                "web.shop.svc.cluster.local. NOERROR 1"), tried(r));
        assertEquals(List.of("10.96.20.20"), r.addresses());
    }

    @Test
    void aTrailingDotAsksTheNameAsIsAndNothingElse() {
        Resolution r = fromClient("web.shop.svc.cluster.local.");
        assertEquals(List.of("web.shop.svc.cluster.local. NOERROR 1"), tried(r));
        Resolution miss = fromClient("web.");
        assertEquals(List.of("web. NXDOMAIN"), tried(miss));
    }

    @Test
    void aNameWithNdotsDotsIsAskedAsIsFirst() {
        Resolution r = fromClient("_http._tcp.web.shop.svc.cluster.local");
        assertEquals("_http._tcp.web.shop.svc.cluster.local.", r.attempts().get(0).qname());
    }

    @Test
    void nodataDoesNotStopTheSearch() {
        // "shop" in namespace default: shop.default.svc... is NXDOMAIN, shop.svc.cluster.local is the
        // namespace itself (NODATA), and the walk goes on to the end.
        Resolution r = fromClient("shop");
        assertEquals(List.of("shop.default.svc.cluster.local. NXDOMAIN", "shop.svc.cluster.local. NOERROR",
                "shop.cluster.local. NXDOMAIN", "shop. NXDOMAIN"), tried(r));
        assertFalse(r.found());
    }

    @Test
    void anOutsideNameWalksTheWholeSearchListBeforeBeingForwarded() {
        Resolution r = fromClient("example.com");
        assertEquals(List.of("example.com.default.svc.cluster.local. NXDOMAIN",
                "example.com.svc.cluster.local. NXDOMAIN", "example.com.cluster.local. NXDOMAIN",
                "example.com. NOERROR 1"), tried(r));
        assertEquals(List.of(OutsideWorld.addressOf("example.com")), r.addresses());
        assertFalse(r.answer().authoritative());
    }

    @Test
    void anExternalNameIsFollowedToTheTargetsAddress() {
        DnsScenario s = DnsScenario.of(Scenarios.SHOP + """
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: db}
                spec: {type: ExternalName, externalName: db.example.net}
                """);
        Resolution r = s.resolveFrom("default", "client", "db", RecordType.A);
        assertEquals(List.of(OutsideWorld.addressOf("db.example.net")), r.addresses());
        assertEquals(1, r.attempts().size());
    }

    @Test
    void aCnameWithoutAddressStopsTheWalkYetFindsNothing() {
        DnsScenario s = DnsScenario.of(Scenarios.SHOP + """
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: legacy}
                spec: {type: ExternalName, externalName: db.corp.internal}
                """);
        Resolution r = s.resolveFrom("default", "client", "legacy", RecordType.A);
        assertEquals(1, r.attempts().size(), "an answer holding a CNAME ends the search");
        assertFalse(r.found());
    }

    @Test
    void withNoServerReachableTheSearchStopsAndTheNameIsStillTriedAsIs() {
        ResolvConf conf = SHOP.resolvConf("default", "client");
        Resolution r = StubResolver.resolve("web", conf, SHOP.dns(), RecordType.A, server -> false);
        assertEquals(List.of("web.default.svc.cluster.local. -", "web. -"), tried(r));
        assertFalse(r.serverReached());
        assertNull(r.answer());
        assertEquals("10.96.0.10", r.server());
    }

    @Test
    void aDefaultPolicyPodAsksTheLanResolverWhichKnowsNoClusterNames() {
        DnsScenario s = DnsScenario.of("""
                apiVersion: v1
                kind: Pod
                metadata: {name: plain}
                spec: {dnsPolicy: Default, containers: [{name: shell, image: busybox}]}
                """);
        Resolution svc = s.resolveFrom("default", "plain", "kubernetes.default.svc.cluster.local", RecordType.A);
        assertEquals(List.of("kubernetes.default.svc.cluster.local. NXDOMAIN"), tried(svc));
        assertEquals("192.168.1.1", svc.server());
        Resolution out = s.resolveFrom("default", "plain", "example.com", RecordType.A);
        assertEquals(List.of("example.com. NOERROR 1"), tried(out));
        assertEquals(OutsideWorld.TTL, out.answer().answers().get(0).ttl(), "no CoreDNS cache on this path");
    }
}
