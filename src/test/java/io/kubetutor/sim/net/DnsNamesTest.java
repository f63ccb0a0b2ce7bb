package io.kubetutor.sim.net;

import static io.kubetutor.sim.net.Net.afterDns;
import static io.kubetutor.sim.net.Net.kinds;
import static io.kubetutor.sim.net.Net.podIp;
import static io.kubetutor.sim.net.Net.queries;
import static io.kubetutor.sim.net.Net.show;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.sim.Cluster;
import io.kubetutor.sim.net.dns.RecordType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Service names as a pod's stub resolver finds them: resolv.conf's search list
 * ({@code <ns>.svc.cluster.local svc.cluster.local cluster.local}, ndots:5) tried in order, each query
 * a UDP packet to kube-dns's ClusterIP that kube-proxy sends to a CoreDNS pod; SRV records for named
 * ports; NXDOMAIN when no try finds the name; nodes ask the LAN's resolver, which knows no cluster name.
 */
class DnsNamesTest {
    static final String SHOP = """
            apiVersion: v1
            kind: Namespace
            metadata: {name: shop}
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web, namespace: shop}
            spec:
              replicas: 2
              selector: {matchLabels: {app: web}}
              template:
                metadata: {labels: {app: web}}
                spec: {containers: [{name: web, image: nginx:1.27, ports: [{name: http, containerPort: 80}]}]}
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: web, namespace: shop}
            spec:
              clusterIP: 10.96.20.20
              selector: {app: web}
              ports:
              - {name: http, port: 80, targetPort: http}
              - {name: metrics, port: 9090, targetPort: 9090}
            ---
            """ + Net.clientPod("client", "node1");

    static final List<String> SEARCH = List.of("default.svc.cluster.local.", "svc.cluster.local.", "cluster.local.",
            "");

    /** The names the resolver tries for {@code name}: each search domain appended, then the name itself. */
    static List<String> tries(String name, int count) {
        return SEARCH.subList(0, count).stream().map(d -> name + "." + d).toList();
    }

    @Test
    void theBareNameOfAServiceInAnotherNamespaceDoesNotResolve() {
        Cluster c = Net.cluster(SHOP);
        Trace t = c.dataPlane().lookup("client", "web", RecordType.A);

        assertEquals(Outcome.NXDOMAIN, t.outcome(), show(t));
        assertEquals(tries("web", 4), queries(t));
        assertTrue(t.hops().get(0).reason().contains("(try 1 of 4: the search list default.svc.cluster.local "
                + "svc.cluster.local cluster.local, options ndots:5)"), show(t));
        assertEquals("NXDOMAIN: web. does not exist", t.summary());
    }

    @Test
    void theNameWithItsNamespaceResolvesOnTheSecondTry() {
        Cluster c = Net.cluster(SHOP);
        Trace t = c.dataPlane().lookup("client", "web.shop", RecordType.A);

        assertEquals(Outcome.DELIVERED, t.outcome(), show(t));
        assertEquals(tries("web.shop", 2), queries(t));
        assertEquals(List.of("10.96.20.20"), t.dns().addresses());
        assertNull(t.pod(), "a lookup reaches no app");
        assertEquals("web.shop.svc.cluster.local. 30 IN A 10.96.20.20", t.summary());
        // Each query is a packet to kube-dns's ClusterIP, sent by kube-proxy to a CoreDNS pod and back.
        List<String> oneExchange = List.of("pod:dns-query", "kube_proxy:dnat", "pod:deliver", "pod:dns-answer",
                "kube_proxy:un-dnat", "pod:deliver");
        assertEquals(oneExchange, kinds(t).subList(0, 6), show(t));
        Hop query = t.hops().get(0);
        assertEquals(new HostPort("10.96.0.10", 53), query.dst());
        assertEquals(podIp(c, "client"), query.src().ip());
        assertTrue(t.hops().get(1).reason().contains("ClusterIP 10.96.0.10:53/UDP → Service kube-system/kube-dns:dns"),
                show(t));
        assertTrue(t.hops().get(2).at().name().startsWith("coredns-"), show(t));
    }

    @Test
    void theLongerFormsResolveAfterAsManyTriesAsTheSearchListMakesThem() {
        Cluster c = Net.cluster(SHOP);
        Trace svc = c.dataPlane().lookup("client", "web.shop.svc", RecordType.A);
        assertEquals(Outcome.DELIVERED, svc.outcome(), show(svc));
        assertEquals(tries("web.shop.svc", 3), queries(svc));

        // Four dots are fewer than ndots:5, so even the full name goes through the search list first.
        Trace full = c.dataPlane().lookup("client", "web.shop.svc.cluster.local", RecordType.A);
        assertEquals(Outcome.DELIVERED, full.outcome(), show(full));
        assertEquals(tries("web.shop.svc.cluster.local", 4), queries(full));
        assertEquals(List.of("10.96.20.20"), full.dns().addresses());

        Trace absolute = c.dataPlane().lookup("client", "web.shop.svc.cluster.local.", RecordType.A);
        assertEquals(List.of("web.shop.svc.cluster.local."), queries(absolute));
        assertEquals(List.of("10.96.20.20"), absolute.dns().addresses());
    }

    @Test
    void aPodInTheServicesNamespaceResolvesTheBareNameAtOnce() {
        Cluster c = Net.cluster(SHOP + "---\n" + """
                apiVersion: v1
                kind: Pod
                metadata: {name: insider, namespace: shop}
                spec: {nodeName: node3, containers: [{name: shell, image: busybox, command: [sleep, infinity]}]}
                """);
        Trace t = c.dataPlane().lookup("shop/insider", "web", RecordType.A);

        assertEquals(Outcome.DELIVERED, t.outcome(), show(t));
        assertEquals(List.of("web.shop.svc.cluster.local."), queries(t));
        assertEquals(List.of("10.96.20.20"), t.dns().addresses());
    }

    @Test
    void curlByNameLooksUpFirstThenConnectsToTheClusterIp() {
        Cluster c = Net.cluster(SHOP);
        Trace t = c.dataPlane().send("client", "http://web.shop", RequestKind.CURL);

        assertEquals(Outcome.DELIVERED, t.outcome(), show(t));
        assertEquals("shop", t.podNamespace());
        assertTrue(t.pod().startsWith("web-"), t.pod());
        assertEquals(podIp(c, "client"), t.sourceIpSeenByPod());
        assertEquals(new HostPort("10.96.20.20", 80), t.connectedTo());
        assertEquals(tries("web.shop", 2), queries(t));
        List<Hop> conn = afterDns(t);
        assertEquals(new HostPort("10.96.20.20", 80), conn.get(0).dst());
        assertEquals(List.of("pod:route", "kube_proxy:dnat"), kinds(conn).subList(0, 2), show(t));
    }

    @Test
    void anSrvLookupForANamedPortGivesItsNumberAndTheServiceName() {
        Cluster c = Net.cluster(SHOP);
        Trace http = c.dataPlane().lookup("client", "_http._tcp.web.shop", RecordType.SRV);
        Trace metrics = c.dataPlane().lookup("client", "_metrics._tcp.web.shop", RecordType.SRV);

        assertEquals(Outcome.DELIVERED, http.outcome(), show(http));
        assertEquals(tries("_http._tcp.web.shop", 2), queries(http));
        assertEquals("_http._tcp.web.shop.svc.cluster.local. 30 IN SRV 0 100 80 web.shop.svc.cluster.local.",
                http.summary());
        assertEquals("_metrics._tcp.web.shop.svc.cluster.local. 30 IN SRV 0 100 9090 web.shop.svc.cluster.local.",
                metrics.summary());
        assertEquals(RecordType.SRV, http.dns().type());
    }

    @Test
    void anUnknownNameEndsInNxdomainWithoutAConnection() {
        Cluster c = Net.cluster(SHOP);
        Trace t = c.dataPlane().send("client", "http://nope.shop", RequestKind.CURL);

        assertEquals(Outcome.NXDOMAIN, t.outcome(), show(t));
        assertNull(t.pod());
        assertNull(t.sourceIpSeenByPod());
        assertNull(t.connectedTo());
        assertEquals(tries("nope.shop", 4), queries(t));
        assertTrue(t.hops().stream().noneMatch(h -> h.action() == Action.ROUTE), "nothing was sent: " + show(t));
        assertEquals("could not resolve nope.shop: NXDOMAIN: nope.shop. does not exist", t.summary());
    }

    @Test
    void aNodeAsksTheLansResolverWhichKnowsNoClusterName() {
        Cluster c = Net.cluster(SHOP);
        Trace t = c.dataPlane().lookup("node1", "web.shop.svc.cluster.local", RecordType.A);

        assertEquals(Outcome.NXDOMAIN, t.outcome(), show(t));
        assertEquals(List.of("node:dns-query", "outside:dns-answer"), kinds(t), show(t));
        assertEquals(new HostPort("192.168.1.1", 53), t.hops().get(0).dst());
    }
}
