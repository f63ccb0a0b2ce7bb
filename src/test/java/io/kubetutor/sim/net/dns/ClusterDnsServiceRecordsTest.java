package io.kubetutor.sim.net.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterDnsServiceRecordsTest {
    private static final DnsScenario SHOP = DnsScenario.of(Scenarios.SHOP);

    private static List<String> data(DnsAnswer a) {
        return a.answers().stream().map(DnsRecord::data).toList();
    }

    @Test
    void aClusterIpServiceAnswersItsClusterIpWithAuthorityAndTtl30() {
        DnsAnswer a = SHOP.dns().query("web.shop.svc.cluster.local", RecordType.A);
        assertEquals("web.shop.svc.cluster.local.", a.question());
        assertEquals(Rcode.NOERROR, a.rcode());
        assertTrue(a.authoritative());
        assertEquals(List.of(new DnsRecord("web.shop.svc.cluster.local.", RecordType.A, 30,
                new RecordData.A("10.96.20.20"))), a.answers());
    }

    @Test
    void namesMatchWhateverTheirCaseAndTheAnswerEchoesTheQuestionsCase() {
        DnsAnswer a = SHOP.dns().query("WEB.Shop.svc.cluster.local.", RecordType.A);
        assertEquals(List.of("10.96.20.20"), data(a));
        assertEquals("WEB.Shop.svc.cluster.local.", a.answers().get(0).name());
    }

    @Test
    void eachNamedPortHasAnSrvRecordPointingAtTheServiceName() {
        DnsAnswer http = SHOP.dns().query("_http._tcp.web.shop.svc.cluster.local", RecordType.SRV);
        assertEquals(List.of("0 100 80 web.shop.svc.cluster.local."), data(http));
        assertEquals(List.of("web.shop.svc.cluster.local.\t30\tIN\tA\t10.96.20.20"),
                http.additional().stream().map(DnsRecord::toString).toList());
        DnsAnswer metrics = SHOP.dns().query("_metrics._tcp.web.shop.svc.cluster.local", RecordType.SRV);
        assertEquals(List.of("0 100 9090 web.shop.svc.cluster.local."), data(metrics));
    }

    @Test
    void anSrvQueryOnTheBareServiceNameListsEveryPortWithTheWeightSplit() {
        DnsAnswer a = SHOP.dns().query("web.shop.svc.cluster.local", RecordType.SRV);
        assertEquals(List.of("0 50 80 web.shop.svc.cluster.local.", "0 50 9090 web.shop.svc.cluster.local."),
                data(a));
    }

    @Test
    void anUnnamedPortHasNoPortSrvNameButStillShowsOnTheBareName() {
        DnsScenario s = DnsScenario.of("""
                apiVersion: v1
                kind: Service
                metadata: {name: single}
                spec: {selector: {app: single}, ports: [{port: 8080}]}
                """);
        assertTrue(s.dns().query("_http._tcp.single.default.svc.cluster.local", RecordType.SRV).nxdomain());
        assertEquals(List.of("0 100 8080 single.default.svc.cluster.local."),
                data(s.dns().query("single.default.svc.cluster.local", RecordType.SRV)));
    }

    @Test
    void aWrongProtocolInTheSrvNameIsNxdomain() {
        assertTrue(SHOP.dns().query("_http._udp.web.shop.svc.cluster.local", RecordType.SRV).nxdomain());
    }

    @Test
    void anUnknownServiceOrNamespaceIsNxdomainAndNeverForwarded() {
        DnsAnswer noSvc = SHOP.dns().query("nosuch.shop.svc.cluster.local", RecordType.A);
        assertTrue(noSvc.nxdomain());
        assertTrue(noSvc.authoritative());
        assertTrue(SHOP.dns().query("web.nosuchns.svc.cluster.local", RecordType.A).nxdomain());
        assertTrue(SHOP.dns().query("web.shop.cluster.local", RecordType.A).nxdomain());
        assertTrue(SHOP.dns().query("a.b.web.shop.svc.cluster.local", RecordType.A).nxdomain(),
                "three labels before the service is too long a name");
    }

    @Test
    void anExistingNameWithoutRecordsOfTheTypeIsNodata() {
        DnsAnswer aaaa = SHOP.dns().query("web.shop.svc.cluster.local", RecordType.AAAA);
        assertTrue(aaaa.nodata());
        assertTrue(SHOP.dns().query("shop.svc.cluster.local", RecordType.A).nodata(), "a namespace exists");
        assertTrue(SHOP.dns().query("svc.cluster.local", RecordType.A).nodata());
        assertTrue(SHOP.dns().query("cluster.local", RecordType.A).nodata());
        assertTrue(SHOP.dns().query("web.shop.svc.cluster.local", RecordType.TXT).nodata());
        assertTrue(SHOP.dns().query("web.shop.svc.cluster.local", RecordType.CNAME).nodata());
    }

    @Test
    void aTxtQueryForANameThatDoesNotExistIsNxdomain() {
        assertTrue(SHOP.dns().query("nosuch.shop.svc.cluster.local", RecordType.TXT).nxdomain());
    }

    @Test
    void dnsVersionHoldsTheSchemaVersionCappedByTheCacheTo30Seconds() {
        DnsAnswer a = SHOP.dns().query("dns-version.cluster.local", RecordType.TXT);
        assertEquals(List.of("dns-version.cluster.local.\t30\tIN\tTXT\t\"1.1.0\""),
                a.answers().stream().map(DnsRecord::toString).toList());
        assertTrue(SHOP.dns().query("dns-version.cluster.local", RecordType.A).nxdomain(),
                "only the TXT record exists; other types go through the service parser, which rejects the name");
    }

    @Test
    void theKubeDnsServiceAnswersAtTheTenthAddressAndIsTheServerName() {
        ClusterDns dns = SHOP.dns();
        assertEquals("10.96.0.10", dns.dnsServiceIp());
        assertEquals("kube-dns.kube-system.svc.cluster.local", dns.serverName());
        assertEquals(List.of("10.96.0.10"), data(dns.query(dns.serverName(), RecordType.A)));
        assertEquals(List.of("10.96.0.1"), data(dns.query("kubernetes.default.svc.cluster.local", RecordType.A)));
    }

    @Test
    void theZonesNameserverNameAnswersTheKubeDnsAddress() {
        assertEquals(List.of("10.96.0.10"), data(SHOP.dns().query("ns.dns.cluster.local", RecordType.A)));
        assertTrue(SHOP.dns().query("ns.dns.cluster.local", RecordType.AAAA).nodata());
    }

    @Test
    void anEndpointOfAClusterIpServiceHasItsDashedAddressName() {
        String ip = SHOP.state().pods().stream().filter(p -> p.metadata().namespace().equals("shop"))
                .findFirst().orElseThrow().status().podIP();
        String name = ip.replace('.', '-') + ".web.shop.svc.cluster.local";
        assertEquals(List.of(ip), data(SHOP.dns().query(name, RecordType.A)));
        assertFalse(SHOP.dns().query("10-1-1-1.web.shop.svc.cluster.local", RecordType.A).hasRecords());
    }

    @Test
    void theClusterIpOfAServiceReversesToItsName() {
        DnsAnswer a = SHOP.dns().query("20.20.96.10.in-addr.arpa", RecordType.PTR);
        assertEquals(List.of("web.shop.svc.cluster.local."), data(a));
        assertTrue(a.authoritative());
    }

    @Test
    void anAddressTheClusterDoesNotKnowFallsThroughToTheUpstreamWhichSaysNxdomain() {
        DnsAnswer a = SHOP.dns().query("99.99.99.10.in-addr.arpa.", RecordType.PTR);
        assertTrue(a.nxdomain());
        assertFalse(a.authoritative(), "forwarded by fallthrough in-addr.arpa");
    }
}
