package io.kubetutor.sim.net.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NslookupTest {
    private static final DnsScenario SHOP = DnsScenario.of(Scenarios.SHOP + """
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: db}
            spec: {type: ExternalName, externalName: db.example.com}
            """);
    private static final String HEADER = "Server:\t\t10.96.0.10\nAddress:\t10.96.0.10#53\n\n";

    private static Nslookup.Output nslookup(String name, String type) {
        return Nslookup.run(name, type, SHOP.resolvConf("default", "client"), SHOP.dns());
    }

    @Test
    void anAddressAnswerPrintsOneNameAddressPairAfterTheServerBlock() {
        Nslookup.Output o = nslookup("kubernetes.default", null);
        assertEquals(HEADER + "Name:\tkubernetes.default.svc.cluster.local\nAddress: 10.96.0.1\n\n", o.stdout());
        assertEquals(0, o.exitCode());
    }

    @Test
    void aCnameChainPrintsTheCanonicalNameThenTheTargetsAddress() {
        Nslookup.Output o = nslookup("db", "A");
        assertEquals(HEADER + "db.default.svc.cluster.local\tcanonical name = db.example.com.\n"
                + "Name:\tdb.example.com\nAddress: " + OutsideWorld.addressOf("db.example.com") + "\n\n", o.stdout());
    }

    @Test
    void srvRecordsPrintAsServiceLines() {
        Nslookup.Output o = nslookup("_http._tcp.web.shop.svc.cluster.local", "SRV");
        assertEquals(HEADER + "_http._tcp.web.shop.svc.cluster.local\tservice = 0 100 80 web.shop.svc.cluster.local.\n\n",
                o.stdout());
    }

    @Test
    void nxdomainPrintsServerCantFindAndExitsWith1() {
        Nslookup.Output o = nslookup("nosuch", null);
        assertEquals(HEADER + "** server can't find nosuch: NXDOMAIN\n\n", o.stdout());
        assertEquals(1, o.exitCode());
    }

    @Test
    void aForwardedAnswerIsMarkedNonAuthoritative() {
        Nslookup.Output o = nslookup("example.com", null);
        assertEquals(HEADER + "Non-authoritative answer:\nName:\texample.com\nAddress: "
                + OutsideWorld.addressOf("example.com") + "\n\n", o.stdout());
    }

    @Test
    void noReachableServerTimesOutWithExitCode1() {
        ResolvConf conf = SHOP.resolvConf("default", "client");
        Resolution r = StubResolver.resolve("web.shop", conf, SHOP.dns(), RecordType.A, server -> false);
        Nslookup.Output o = Nslookup.print("web.shop", "A", r, "10.96.0.10");
        assertEquals(";; connection timed out; no servers could be reached\n\n", o.stdout());
        assertEquals(1, o.exitCode());
    }

    @Test
    void anIpAddressIsLookedUpByItsReverseName() {
        Nslookup.Output o = nslookup("10.96.0.10", null);
        assertEquals(HEADER + "10.0.96.10.in-addr.arpa\tname = kube-dns.kube-system.svc.cluster.local.\n\n",
                o.stdout());
        Nslookup.Output miss = nslookup("10.99.99.99", null);
        assertEquals(HEADER + "** server can't find 99.99.99.10.in-addr.arpa: NXDOMAIN\n\n", miss.stdout());
    }

    @Test
    void nodataStopsNslookupWhereGlibcWouldSearchOn() {
        // shop.svc.cluster.local is the namespace: NOERROR without records stops nslookup's search.
        Nslookup.Output o = nslookup("shop", null);
        assertEquals(HEADER + "*** Can't find shop: No answer\n\n", o.stdout());
        assertEquals(0, o.exitCode());
    }

    @Test
    void aTxtAnswerIsQuoted() {
        Nslookup.Output o = nslookup("dns-version.cluster.local", "txt");
        assertEquals(HEADER + "dns-version.cluster.local\ttext = \"1.1.0\"\n\n", o.stdout());
    }

    @Test
    void aForwardedNonAddressQueryAddsTheAuthorityHeading() {
        Nslookup.Output o = nslookup("example.com.", "SRV");
        assertEquals(HEADER + "Non-authoritative answer:\n*** Can't find example.com.: No answer\n\n"
                + "Authoritative answers can be found from:\n\n", o.stdout());
    }
}
