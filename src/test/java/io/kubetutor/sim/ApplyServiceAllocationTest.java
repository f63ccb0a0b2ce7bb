package io.kubetutor.sim;

import static io.kubetutor.sim.Manifests.FILE;
import static io.kubetutor.sim.Manifests.all;
import static io.kubetutor.sim.Manifests.server;
import static io.kubetutor.sim.Manifests.service;
import static io.kubetutor.sim.Manifests.stored;
import static io.kubetutor.sim.Manifests.tcp;
import static io.kubetutor.sim.Manifests.udp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.Diagnostic;
import io.kubetutor.model.Ipv4;
import io.kubetutor.model.Service;
import io.kubetutor.model.ServicePort;
import io.kubetutor.model.Severity;
import io.kubetutor.model.SourcePos;
import io.kubetutor.sim.Change.Pool;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApplyServiceAllocationTest {

    @Test
    void aNewServiceIsCreatedInTheDefaultNamespaceWithAnAddressFromTheUpperBand() {
        ApiServer s = server();
        ApplyResult r = s.apply(FILE, all(service("web", "ClusterIP", tcp("", 80))), false);
        assertEquals(List.of("service/web created"), r.lines());
        Service web = stored(s, "default", "web");
        Ipv4 ip = Ipv4.parseSloppy(web.spec().clusterIP()).orElseThrow();
        assertTrue(ip.compareTo(Ipv4.parseSloppy("10.96.1.1").orElseThrow()) >= 0, web.spec().clusterIP());
        assertEquals(List.of(web.spec().clusterIP()), web.spec().clusterIPs());
        assertEquals(List.of("IPv4"), web.spec().ipFamilies());
        assertEquals("SingleStack", web.spec().ipFamilyPolicy());
        assertEquals(List.of(new Change.Created(web),
                new Change.Allocated(ObjectKey.service("default", "web"), Pool.CLUSTER_IP, web.spec().clusterIP())),
                r.changes());
        assertFalse(r.failed());
    }

    @Test
    void theSameSeedAndManifestsGiveTheSameAllocations() {
        List<Service> manifests = List.of(service("a", "NodePort", tcp("", 80)), service("b", "LoadBalancer",
                tcp("http", 80), tcp("https", 443)));
        ApiServer one = server(ClusterTopology.defaults(), 2024);
        ApiServer two = server(ClusterTopology.defaults(), 2024);
        one.apply(FILE, List.copyOf(manifests), false);
        two.apply(FILE, List.copyOf(manifests), false);
        assertEquals(stored(one, "default", "b").spec(), stored(two, "default", "b").spec());
        assertEquals(stored(one, "default", "a").spec(), stored(two, "default", "a").spec());
    }

    @Test
    void anExplicitClusterIpInEitherBandIsKept() {
        ApiServer s = server();
        s.apply(FILE, all(service("", "low", b -> b.clusterIP = "10.96.0.53"),
                service("", "high", b -> b.clusterIP = "10.100.0.7")), false);
        assertEquals("10.96.0.53", stored(s, "default", "low").spec().clusterIP());
        assertEquals(List.of("10.100.0.7"), stored(s, "default", "high").spec().clusterIPs());
        assertTrue(s.clusterIpAllocated("10.96.0.53"));
    }

    @Test
    void aClusterIpOutsideTheServiceCidrIsRefusedAtTheClusterIPsPath() {
        ApiServer s = server();
        Service svc = Manifests.withOrigin(service("", "my-custom-service", b -> b.clusterIP = "1.1.1.1"),
                Manifests.at(3, Map.of("spec.clusterIPs", new SourcePos(9, 14))));
        ApplyResult r = s.apply(FILE, all(svc), false);
        String text = "The Service \"my-custom-service\" is invalid: spec.clusterIPs: Invalid value: [\"1.1.1.1\"]: "
                + "failed to allocate IP 1.1.1.1: the provided network does not match the current range";
        assertEquals(List.of(text), r.lines());
        Diagnostic d = r.diagnostics().get(0);
        assertEquals(Severity.ERROR, d.severity());
        assertEquals(new SourcePos(9, 14), d.pos());
        assertEquals(text, d.message());
        assertEquals(1, d.details().size());
        assertTrue(s.get(Service.class, "default", "my-custom-service").isEmpty());
    }

    @Test
    void anExhaustedServiceRangeIsAnInternalErrorAsKubectlPrintsIt() {
        ClusterTopology d = ClusterTopology.defaults();
        // /28: 14 usable addresses, two of them taken by kubernetes and kube-dns.
        ApiServer s = server(new ClusterTopology(d.nodes(), d.clients(), "10.0.0.0/28", d.nodePortRange(),
                d.cloudLoadBalancer(), d.proxyMode()), 5);
        for (int i = 0; i < 12; i++) {
            assertFalse(s.apply(FILE, all(service("s" + i, "ClusterIP", tcp("", 80))), false).failed());
        }
        ApplyResult r = s.apply(FILE, all(service("web", "ClusterIP", tcp("", 80))), false);
        assertEquals(List.of("Error from server (InternalError): error when creating \"web.yaml\": Internal error "
                + "occurred: failed to allocate a serviceIP: range is full"), r.lines());
    }

    @Test
    void aNodePortServiceGetsOnePortFromTheUpperBandPerPort() {
        ApiServer s = server();
        s.apply(FILE, all(service("web", "NodePort", tcp("http", 80), tcp("https", 443))), false);
        List<ServicePort> ports = stored(s, "default", "web").spec().ports();
        assertNotEquals(ports.get(0).nodePort(), ports.get(1).nodePort());
        for (ServicePort p : ports) {
            assertTrue(p.nodePort() >= 30086 && p.nodePort() <= 32767, p.toString());
            assertTrue(s.nodePortAllocated(p.nodePort()));
        }
    }

    @Test
    void tcpAndUdpOfOnePortNumberShareOneNodePort() {
        ApiServer s = server();
        ApplyResult r = s.apply(FILE, all(service("dns", "NodePort", udp("dns", 53), tcp("dns-tcp", 53))), false);
        List<ServicePort> ports = stored(s, "default", "dns").spec().ports();
        assertEquals(ports.get(0).nodePort(), ports.get(1).nodePort());
        long nodePortAllocations = r.changes().stream()
                .filter(c -> c instanceof Change.Allocated a && a.pool() == Pool.NODE_PORT).count();
        assertEquals(1, nodePortAllocations);
    }

    @Test
    void aRequestedNodePortIsReusedForLaterEntriesWithTheSamePortNumber() {
        ApiServer s = server();
        s.apply(FILE, all(service("dns", "NodePort", udp("dns", 53), tcp("dns-tcp", 53, 30053))), false);
        List<ServicePort> ports = stored(s, "default", "dns").spec().ports();
        assertEquals(30053, ports.get(0).nodePort());
        assertEquals(30053, ports.get(1).nodePort());
    }

    @Test
    void nodePortOutsideRangeIsRefusedWithTheAllocatorsMessage() {
        ApiServer s = server();
        ApplyResult r = s.apply(FILE, all(service("web", "NodePort", tcp("", 80, 80))), false);
        assertEquals(List.of("The Service \"web\" is invalid: spec.ports[0].nodePort: Invalid value: 80: provided "
                + "port is not in the valid range. The range of valid ports is 30000-32767"), r.lines());
    }

    @Test
    void aNodePortHeldByAnotherServiceIsRefusedAndTheClusterIpIsGivenBack() {
        ApiServer s = server();
        s.apply(FILE, all(service("a", "NodePort", tcp("", 80, 30080))), false);
        int ipsBefore = s.objects().size();
        ApplyResult r = s.apply(FILE, all(service("b", "NodePort", tcp("", 8080, 30080))), false);
        assertEquals(List.of("The Service \"b\" is invalid: spec.ports[0].nodePort: Invalid value: 30080: provided "
                + "port is already allocated"), r.lines());
        assertEquals(ipsBefore, s.objects().size());
        assertTrue(r.changes().isEmpty());
        // Only kubernetes, kube-dns and a hold addresses; only a holds a port.
        assertEquals(3, countAllocatedIps(s));
        assertEquals(1, s.nodePortsInUse());
    }

    @Test
    void twoPortNumbersRequestingOneNodePortFailOnTheSecondAndRollBackTheFirst() {
        ApiServer s = server();
        ApplyResult r = s.apply(FILE, all(service("web", "NodePort", tcp("http", 80, 30080),
                tcp("https", 443, 30080))), false);
        assertEquals(List.of("The Service \"web\" is invalid: spec.ports[1].nodePort: Invalid value: 30080: provided "
                + "port is already allocated"), r.lines());
        assertFalse(s.nodePortAllocated(30080));
        assertEquals(0, s.nodePortsInUse());
        assertEquals(2, countAllocatedIps(s));
    }

    @Test
    void loadBalancerWithLocalPolicyGetsAHealthCheckNodePortFromTheSamePool() {
        ApiServer s = server();
        s.apply(FILE, all(service("", "lb", b -> {
            b.type = "LoadBalancer";
            b.externalTrafficPolicy = "Local";
        })), false);
        Service lb = stored(s, "default", "lb");
        int hc = lb.spec().healthCheckNodePort();
        assertTrue(hc >= 30086 && hc <= 32767, Integer.toString(hc));
        assertNotEquals(hc, lb.spec().ports().get(0).nodePort());
        assertTrue(s.nodePortAllocated(hc));
    }

    @Test
    void nodePortWithLocalPolicyAndLoadBalancerWithClusterPolicyGetNoHealthCheckNodePort() {
        ApiServer s = server();
        s.apply(FILE, all(service("", "np", b -> {
            b.type = "NodePort";
            b.externalTrafficPolicy = "Local";
        }), service("lb", "LoadBalancer", tcp("", 80))), false);
        assertEquals(0, stored(s, "default", "np").spec().healthCheckNodePort());
        assertEquals(0, stored(s, "default", "lb").spec().healthCheckNodePort());
    }

    @Test
    void aRequestedHealthCheckNodePortInUseIsAnInternalError() {
        ApiServer s = server();
        s.apply(FILE, all(service("a", "NodePort", tcp("", 80, 30080))), false);
        ApplyResult r = s.apply(FILE, all(service("", "lb", b -> {
            b.type = "LoadBalancer";
            b.externalTrafficPolicy = "Local";
            b.healthCheckNodePort = 30080;
        })), false);
        assertEquals(List.of("Error from server (InternalError): error when creating \"web.yaml\": Internal error "
                + "occurred: failed to allocate requested HealthCheck NodePort 30080: provided port is already "
                + "allocated"), r.lines());
        assertTrue(s.get(Service.class, "default", "lb").isEmpty());
    }

    @Test
    void aLoadBalancerThatDeclinesNodePortsGetsNone() {
        ApiServer s = server();
        s.apply(FILE, all(service("", "lb", b -> {
            b.type = "LoadBalancer";
            b.allocateLoadBalancerNodePorts = false;
        })), false);
        assertEquals(0, stored(s, "default", "lb").spec().ports().get(0).nodePort());
    }

    @Test
    void externalNameAndHeadlessServicesTakeNoAddress() {
        ApiServer s = server();
        s.apply(FILE, all(service("", "db", b -> {
            b.type = "ExternalName";
            b.externalName = "db.example.com";
        }), service("", "pods", b -> b.clusterIP = "None"), service("", "bare", b -> {
            b.clusterIP = "None";
            b.selector = null;
        })), false);
        assertEquals(2, countAllocatedIps(s));
        Service db = stored(s, "default", "db");
        assertEquals("", db.spec().clusterIP());
        assertNull(db.spec().ipFamilyPolicy());
        Service pods = stored(s, "default", "pods");
        assertEquals(List.of("None"), pods.spec().clusterIPs());
        assertEquals("SingleStack", pods.spec().ipFamilyPolicy());
        assertEquals(List.of("IPv4"), pods.spec().ipFamilies());
        Service bare = stored(s, "default", "bare");
        assertEquals("RequireDualStack", bare.spec().ipFamilyPolicy());
        assertEquals(List.of("IPv4", "IPv6"), bare.spec().ipFamilies());
    }

    @Test
    void familiesTheClusterDoesNotHaveAreRefusedBeforeAllocation() {
        ApiServer s = server();
        ApplyResult v6 = s.apply(FILE, all(service("", "v6", b -> b.ipFamilies = List.of("IPv6"))), false);
        assertEquals(List.of("The Service \"v6\" is invalid: spec.ipFamilies[0]: Invalid value: \"IPv6\": not "
                + "configured on this cluster"), v6.lines());
        ApplyResult dual = s.apply(FILE, all(service("", "dual", b -> b.ipFamilyPolicy = "RequireDualStack")), false);
        assertEquals(List.of("The Service \"dual\" is invalid: spec.ipFamilyPolicy: Invalid value: "
                + "\"RequireDualStack\": this cluster is not configured for dual-stack services"), dual.lines());
        ApplyResult v6ip = s.apply(FILE, all(service("", "v6ip", b -> b.clusterIP = "fd00::10")), false);
        assertEquals(List.of("The Service \"v6ip\" is invalid: spec.clusterIPs[0]: Invalid value: [\"fd00::10\"]: "
                + "IPv6 is not configured on this cluster"), v6ip.lines());
        assertEquals(2, countAllocatedIps(s));
    }

    @Test
    void preferDualStackOnASingleStackClusterGetsOneIpv4Address() {
        ApiServer s = server();
        s.apply(FILE, all(service("", "web", b -> b.ipFamilyPolicy = "PreferDualStack")), false);
        Service web = stored(s, "default", "web");
        assertEquals(List.of("IPv4"), web.spec().ipFamilies());
        assertEquals(1, web.spec().clusterIPs().size());
    }

    @Test
    void anExhaustedNodePortRangeIsAnInternalErrorForPortsAndHealthChecks() {
        ClusterTopology d = ClusterTopology.defaults();
        ApiServer s = server(new ClusterTopology(d.nodes(), d.clients(), d.serviceCIDR(),
                new ClusterTopology.PortRange(30000, 30001), d.cloudLoadBalancer(), d.proxyMode()), 8);
        s.apply(FILE, all(service("a", "NodePort", tcp("http", 80), tcp("https", 443))), false);
        ApplyResult full = s.apply(FILE, all(service("b", "NodePort", tcp("", 80))), false);
        assertEquals(List.of("Error from server (InternalError): error when creating \"web.yaml\": Internal error "
                + "occurred: failed to allocate a nodePort: range is full"), full.lines());
        ApplyResult hc = s.apply(FILE, all(service("", "lb", b -> {
            b.type = "LoadBalancer";
            b.allocateLoadBalancerNodePorts = false;
            b.externalTrafficPolicy = "Local";
        })), false);
        assertEquals(List.of("Error from server (InternalError): error when creating \"web.yaml\": Internal error "
                + "occurred: failed to allocate a HealthCheck NodePort 0: range is full"), hc.lines());
        assertEquals(2, s.nodePortsInUse());
        assertEquals(3, s.clusterIpsInUse());
    }

    static int countAllocatedIps(ApiServer s) {
        return s.clusterIpsInUse();
    }
}
