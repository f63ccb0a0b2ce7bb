package io.kubetutor.sim.net.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterDnsHeadlessAndExternalTest {
    private static final DnsScenario STATEFUL = DnsScenario.of(Scenarios.STATEFUL);

    private static List<String> data(DnsAnswer a) {
        return a.answers().stream().map(DnsRecord::data).toList();
    }

    @Test
    void aHeadlessServiceAnswersTheAddressOfEachReadyPod() {
        String web0 = STATEFUL.podIp("default", "web-0");
        String web1 = STATEFUL.podIp("default", "web-1");
        assertEquals(List.of(web0, web1), data(STATEFUL.dns().query("nginx.default.svc.cluster.local", RecordType.A)));
    }

    @Test
    void eachStatefulSetPodHasItsOwnNameUnderTheGoverningService() {
        DnsAnswer a = STATEFUL.dns().query("web-0.nginx.default.svc.cluster.local", RecordType.A);
        assertEquals(List.of(STATEFUL.podIp("default", "web-0")), data(a));
        assertTrue(STATEFUL.dns().query("web-7.nginx.default.svc.cluster.local", RecordType.A).nxdomain());
    }

    @Test
    void headlessSrvRecordsTargetEachPodAndSplitTheWeight() {
        DnsAnswer a = STATEFUL.dns().query("_web._tcp.nginx.default.svc.cluster.local", RecordType.SRV);
        assertEquals(List.of("0 50 80 web-0.nginx.default.svc.cluster.local.",
                "0 50 80 web-1.nginx.default.svc.cluster.local."), data(a));
        assertEquals(List.of("web-0.nginx.default.svc.cluster.local.", "web-1.nginx.default.svc.cluster.local."),
                a.additional().stream().map(DnsRecord::name).toList());
    }

    @Test
    void threeEndpointsEachGetAWeightOf33() {
        DnsScenario s = DnsScenario.of(Scenarios.STATEFUL.replace("replicas: 2", "replicas: 3"));
        DnsAnswer a = s.dns().query("_web._tcp.nginx.default.svc.cluster.local", RecordType.SRV);
        assertEquals(List.of("0 33 80 web-0.nginx.default.svc.cluster.local.",
                "0 33 80 web-1.nginx.default.svc.cluster.local.", "0 33 80 web-2.nginx.default.svc.cluster.local."),
                data(a));
    }

    @Test
    void aPodsAddressReversesToItsEndpointName() {
        String web1 = STATEFUL.podIp("default", "web-1");
        DnsAnswer a = STATEFUL.dns().query(DnsNames.reverseName(web1), RecordType.PTR);
        assertEquals(List.of("web-1.nginx.default.svc.cluster.local."), data(a));
    }

    @Test
    void aHeadlessServiceWithoutReadyEndpointsIsNxdomain() {
        DnsScenario s = DnsScenario.of("""
                apiVersion: v1
                kind: Service
                metadata: {name: empty}
                spec: {clusterIP: None, selector: {app: nothing}, ports: [{port: 80}]}
                """);
        DnsAnswer a = s.dns().query("empty.default.svc.cluster.local", RecordType.A);
        assertTrue(a.nxdomain());
        assertTrue(a.authoritative());
    }

    @Test
    void unreadyPodsAreLeftOutOfTheHeadlessAnswer() {
        DnsScenario s = DnsScenario.of(Scenarios.STATEFUL.replace("ports: [{name: web, containerPort: 80}]",
                "ports: [{name: web, containerPort: 80}], readinessProbe: {httpGet: {port: 80}}"));
        String web0 = s.podIp("default", "web-0");
        s.cluster().setAppAnswers("default", "web-0", false);
        s.cluster().settle(120_000);
        List<String> answered = data(s.dns().query("nginx.default.svc.cluster.local", RecordType.A));
        assertFalse(answered.contains(web0), answered.toString());
        assertTrue(s.dns().query("web-0.nginx.default.svc.cluster.local", RecordType.A).nxdomain());
    }

    @Test
    void aPodWithoutHostnameIsNamedByItsDashedAddressUnderAHeadlessService() {
        DnsScenario s = DnsScenario.of("""
                apiVersion: v1
                kind: Service
                metadata: {name: peers}
                spec: {clusterIP: None, selector: {app: peer}}
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: peer, labels: {app: peer}}
                spec: {containers: [{name: p, image: nginx}]}
                """);
        String ip = s.podIp("default", "peer");
        String name = ip.replace('.', '-') + ".peers.default.svc.cluster.local";
        assertEquals(List.of(ip), data(s.dns().query(name, RecordType.A)));
        assertTrue(s.dns().query("peers.default.svc.cluster.local", RecordType.SRV).nodata(),
                "a Service without ports has endpoints but no SRV records");
    }

    @Test
    void anExternalNameServiceIsACnameAndCoreDnsAddsTheTargetsAddress() {
        DnsScenario s = DnsScenario.of("""
                apiVersion: v1
                kind: Service
                metadata: {name: db}
                spec: {type: ExternalName, externalName: db.example.com}
                """);
        DnsAnswer a = s.dns().query("db.default.svc.cluster.local", RecordType.A);
        assertEquals(List.of("db.default.svc.cluster.local.\t30\tIN\tCNAME\tdb.example.com.",
                        "db.example.com.\t30\tIN\tA\t" + OutsideWorld.addressOf("db.example.com")),
                a.answers().stream().map(DnsRecord::toString).toList());
        assertTrue(a.authoritative());
        assertEquals(List.of("db.example.com."), data(s.dns().query("db.default.svc.cluster.local", RecordType.CNAME)));
        assertTrue(s.dns().query("db.default.svc.cluster.local", RecordType.SRV).nodata());
    }

    @Test
    void anExternalNameWhoseTargetDoesNotExistAnswersTheCnameAlone() {
        DnsScenario s = DnsScenario.of("""
                apiVersion: v1
                kind: Service
                metadata: {name: legacy}
                spec: {type: ExternalName, externalName: db.corp.internal}
                """);
        DnsAnswer a = s.dns().query("legacy.default.svc.cluster.local", RecordType.A);
        assertEquals(Rcode.NOERROR, a.rcode());
        assertEquals(List.of("db.corp.internal."), data(a));
    }

    @Test
    void anExternalNameInsideTheClusterIsFollowedThere() {
        DnsScenario s = DnsScenario.of(Scenarios.SHOP + """
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: shopfront}
                spec: {type: ExternalName, externalName: web.shop.svc.cluster.local}
                """);
        DnsAnswer a = s.dns().query("shopfront.default.svc.cluster.local", RecordType.A);
        assertEquals(List.of("web.shop.svc.cluster.local.", "10.96.20.20"), data(a));
    }

    @Test
    void podNamesAnswerAnyDashedAddressInAnExistingNamespace() {
        ClusterDns dns = STATEFUL.dns();
        assertEquals(List.of("10.244.9.9"), data(dns.query("10-244-9-9.default.pod.cluster.local", RecordType.A)));
        assertTrue(dns.query("10-244-9-9.nosuchns.pod.cluster.local", RecordType.A).nxdomain());
        assertTrue(dns.query("web-0.default.pod.cluster.local", RecordType.A).nxdomain());
        assertTrue(dns.query("10-244-9-9.default.pod.cluster.local", RecordType.AAAA).nodata());
    }

    @Test
    void namesOutsideTheClusterAreForwardedAndOnlyTheDocumentationDomainsExist() {
        ClusterDns dns = STATEFUL.dns();
        DnsAnswer a = dns.query("www.example.org", RecordType.A);
        assertFalse(a.authoritative());
        assertEquals(List.of("www.example.org.\t30\tIN\tA\t" + OutsideWorld.addressOf("www.example.org.")),
                a.answers().stream().map(DnsRecord::toString).toList());
        assertTrue(dns.query("kubernetes.io", RecordType.A).nxdomain());
        assertTrue(dns.query("example.com", RecordType.AAAA).nodata());
    }

    @Test
    void outsideAddressesAreStableAndInsideTestNet2() {
        assertEquals(OutsideWorld.addressOf("EXAMPLE.com."), OutsideWorld.addressOf("example.com"));
        assertEquals("198.51.100.4", OutsideWorld.addressOf("example.com"), "1 + CRC-32(\"example.com\") mod 254");
        for (String n : List.of("a.example.net", "b.example.net", "example.org", "x.y.z.example.com")) {
            int host = Integer.parseInt(OutsideWorld.addressOf(n).substring("198.51.100.".length()));
            assertTrue(host >= 1 && host <= 254, n + " -> " + host);
        }
        assertFalse(OutsideWorld.knows("example.com.evil.net"));
        assertFalse(OutsideWorld.knows("notexample.com"));
    }
}
