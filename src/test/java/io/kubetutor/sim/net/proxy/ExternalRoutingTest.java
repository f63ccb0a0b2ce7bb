package io.kubetutor.sim.net.proxy;

import static io.kubetutor.sim.net.proxy.Scenarios.ip;
import static io.kubetutor.sim.net.proxy.Scenarios.nodeIp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.ClusterTopology.ProxyMode;
import io.kubetutor.model.Service;
import io.kubetutor.sim.Cluster;
import io.kubetutor.sim.net.proxy.Verdict.Cause;
import io.kubetutor.sim.net.proxy.Verdict.Entry;
import io.kubetutor.sim.net.proxy.Verdict.Kind;
import io.kubetutor.sim.net.proxy.Verdict.Masquerade;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ExternalRoutingTest {
    private static final int LAPTOP = ip("192.168.1.10");
    private static final int SOME_POD = ip("10.244.1.77");

    private static KubeProxy proxy(ProxyMode mode) {
        return new KubeProxy(mode, new SplittableRandom(11));
    }

    /** The api Service as a LoadBalancer with externalTrafficPolicy Local: two pods on node1, one on node3, none on node2. */
    private static Cluster localLoadBalancer(ProxyMode mode, String extra) {
        return Scenarios.cluster(Scenarios.withLoadBalancer(mode),
                Scenarios.api("type: LoadBalancer\nexternalTrafficPolicy: Local\n" + extra));
    }

    private static Service api(Cluster c) {
        return c.get(Service.class, "default", "api").orElseThrow();
    }

    private static int nodePort(Cluster c) {
        return api(c).spec().ports().get(0).nodePort();
    }

    private static int lbIp(Cluster c) {
        return ip(api(c).status().loadBalancerIngress().get(0).ip());
    }

    @Test
    void aNodePortUnderClusterPolicyIsMasqueradedAndMayReachAnyEndpoint() {
        Cluster c = Scenarios.cluster(Scenarios.WEB);
        Verdict v = proxy(ProxyMode.IPTABLES).route("node2", Origin.EXTERNAL, LAPTOP, nodeIp(c, "node2"), 30080, "TCP",
                c.now(), Scenarios.rules(c));
        assertEquals(Kind.DNAT, v.kind());
        assertEquals(Entry.NODE_PORT, v.entry());
        assertEquals(Masquerade.EXTERNAL_TRAFFIC_CLUSTER, v.masqueradeWhy());
        assertEquals(3, v.n());
        assertFalse(v.localOnly());
    }

    @Test
    void aNodePortOnAnotherNodesAddressIsLeftToThatNode() {
        Cluster c = Scenarios.cluster(Scenarios.WEB);
        Verdict v = proxy(ProxyMode.IPTABLES).route("node2", Origin.POD, SOME_POD, nodeIp(c, "node1"), 30080, "TCP",
                c.now(), Scenarios.rules(c));
        assertEquals(Kind.NO_RULE, v.kind());
    }

    @Test
    void theNodesOwnProcessesReachNodePortsOnLocalhostInIptablesModeOnly() {
        Cluster c = Scenarios.cluster(Scenarios.WEB);
        ProxyRules rules = Scenarios.rules(c);
        int loopback = ip("127.0.0.1");
        Verdict v = proxy(ProxyMode.IPTABLES).route("node1", Origin.HOST, loopback, loopback, 30080, "TCP", c.now(), rules);
        assertEquals(Kind.DNAT, v.kind());
        assertEquals(Entry.NODE_PORT, v.entry());
        assertEquals(Kind.NO_RULE,
                proxy(ProxyMode.IPVS).route("node1", Origin.HOST, loopback, loopback, 30080, "TCP", c.now(), rules).kind());
    }

    @Test
    void externalTrafficPolicyLocalKeepsTheClientAddressAndUsesOnlyTheNodesEndpoints() {
        Cluster c = localLoadBalancer(ProxyMode.IPTABLES, "");
        Verdict v = proxy(ProxyMode.IPTABLES).route("node1", Origin.EXTERNAL, LAPTOP, nodeIp(c, "node1"), nodePort(c),
                "TCP", c.now(), Scenarios.rules(c));
        assertEquals(Kind.DNAT, v.kind());
        assertTrue(v.localOnly());
        assertFalse(v.masquerade());
        assertEquals("node1", v.endpoint().nodeName());
        assertEquals(2, v.n());
    }

    @Test
    void externalTrafficPolicyLocalDropsOutsideTrafficOnANodeWithoutEndpoints() {
        Cluster c = localLoadBalancer(ProxyMode.IPTABLES, "");
        ProxyRules rules = Scenarios.rules(c);
        KubeProxy kp = proxy(ProxyMode.IPTABLES);
        Verdict viaNodePort = kp.route("node2", Origin.EXTERNAL, LAPTOP, nodeIp(c, "node2"), nodePort(c), "TCP", c.now(),
                rules);
        assertEquals(Kind.DROP, viaNodePort.kind());
        assertEquals(Cause.NO_LOCAL_ENDPOINTS, viaNodePort.cause());
        assertEquals("default/api:http has no local endpoints", viaNodePort.ruleComment());
        Verdict viaLb = kp.route("node2", Origin.EXTERNAL, LAPTOP, lbIp(c), 80, "TCP", c.now(), rules);
        assertEquals(Entry.LOAD_BALANCER_IP, viaLb.entry());
        assertEquals(Kind.DROP, viaLb.kind());
        Verdict onNode3 = kp.route("node3", Origin.EXTERNAL, LAPTOP, lbIp(c), 80, "TCP", c.now(), rules);
        assertEquals(Kind.DNAT, onNode3.kind());
        assertEquals("10.244.2.2:8080", onNode3.endpoint().address());
    }

    @Test
    void podTrafficToAnExternalDestinationSkipsExternalTrafficPolicyLocal() {
        Cluster c = localLoadBalancer(ProxyMode.IPTABLES, "");
        Verdict v = proxy(ProxyMode.IPTABLES).route("node2", Origin.POD, SOME_POD, lbIp(c), 80, "TCP", c.now(),
                Scenarios.rules(c));
        assertEquals(Kind.DNAT, v.kind());
        assertTrue(v.podTrafficShortCircuit());
        assertFalse(v.localOnly());
        assertFalse(v.masquerade());
        assertEquals(3, v.n());
    }

    @Test
    void theNodeItselfReachesALocalPolicyServiceThroughAnyEndpointMasqueraded() {
        Cluster c = localLoadBalancer(ProxyMode.IPTABLES, "");
        int self = nodeIp(c, "node2");
        Verdict v = proxy(ProxyMode.IPTABLES).route("node2", Origin.HOST, self, self, nodePort(c), "TCP", c.now(),
                Scenarios.rules(c));
        assertEquals(Kind.DNAT, v.kind());
        assertEquals(Masquerade.HOST_ORIGINATED, v.masqueradeWhy());
        assertEquals(3, v.n());
    }

    @Test
    void anExternalIpIsCapturedOnEveryNode() {
        Cluster c = Scenarios.cluster(Scenarios.api("externalIPs: [198.51.100.7]"));
        ProxyRules rules = Scenarios.rules(c);
        for (String node : new String[] {"node1", "node2", "node3"}) {
            Verdict v = proxy(ProxyMode.IPTABLES).route(node, Origin.EXTERNAL, LAPTOP, ip("198.51.100.7"), 80, "TCP",
                    c.now(), rules);
            assertEquals(Entry.EXTERNAL_IP, v.entry());
            assertEquals(Masquerade.EXTERNAL_TRAFFIC_CLUSTER, v.masqueradeWhy());
        }
        assertEquals(Kind.NO_RULE, proxy(ProxyMode.IPTABLES).route("node1", Origin.EXTERNAL, LAPTOP,
                ip("198.51.100.7"), 443, "TCP", c.now(), rules).kind());
        Verdict ipvs = proxy(ProxyMode.IPVS).route("node1", Origin.EXTERNAL, LAPTOP, ip("198.51.100.7"), 443, "TCP",
                c.now(), rules);
        assertEquals(Kind.REJECT, ipvs.kind());
        assertEquals(Entry.EXTERNAL_IP, ipvs.entry());
    }

    @Test
    void ipvsForwardsOutsideTrafficToAnotherNodeWhenLocalPolicyFindsNoEndpointButTheReplyIsLost() {
        Cluster c = localLoadBalancer(ProxyMode.IPVS, "");
        ProxyRules rules = Scenarios.rules(c);
        KubeProxy kp = proxy(ProxyMode.IPVS);
        Verdict outside = kp.route("node2", Origin.EXTERNAL, LAPTOP, nodeIp(c, "node2"), nodePort(c), "TCP", c.now(),
                rules);
        assertEquals(Kind.DNAT, outside.kind());
        assertTrue(outside.localFallbackToCluster());
        assertTrue(outside.replyLost());
        assertFalse(outside.masquerade());
        assertTrue(outside.reason().contains("the connection times out"), outside.reason());
        Verdict fromPod = kp.route("node2", Origin.POD, SOME_POD, lbIp(c), 80, "TCP", c.now(), rules);
        assertTrue(fromPod.localFallbackToCluster());
        assertFalse(fromPod.replyLost());
        Verdict withLocal = kp.route("node1", Origin.EXTERNAL, LAPTOP, lbIp(c), 80, "TCP", c.now(), rules);
        assertTrue(withLocal.localOnly());
        assertEquals("node1", withLocal.endpoint().nodeName());
        Verdict podOnNode1 = kp.route("node1", Origin.POD, SOME_POD, lbIp(c), 80, "TCP", c.now(), rules);
        assertTrue(podOnNode1.localOnly(), "IPVS has no short-circuit for pod traffic");
        assertFalse(podOnNode1.podTrafficShortCircuit());
    }

    @Test
    void aLoadBalancerIpDropsSourcesOutsideLoadBalancerSourceRanges() {
        Cluster c = Scenarios.cluster(Scenarios.withLoadBalancer(ProxyMode.IPTABLES),
                Scenarios.api("type: LoadBalancer\nloadBalancerSourceRanges: [10.0.0.0/8]"));
        ProxyRules rules = Scenarios.rules(c);
        KubeProxy kp = proxy(ProxyMode.IPTABLES);
        Verdict laptop = kp.route("node1", Origin.EXTERNAL, LAPTOP, lbIp(c), 80, "TCP", c.now(), rules);
        assertEquals(Kind.DROP, laptop.kind());
        assertEquals(Cause.SOURCE_NOT_ALLOWED, laptop.cause());
        assertEquals(Kind.DNAT, kp.route("node1", Origin.EXTERNAL, ip("10.1.2.3"), lbIp(c), 80, "TCP", c.now(), rules)
                .kind());
        assertEquals(Kind.DNAT, kp.route("node1", Origin.EXTERNAL, LAPTOP, nodeIp(c, "node1"), nodePort(c), "TCP",
                c.now(), rules).kind(), "nodePorts are not subject to loadBalancerSourceRanges");
    }
}
