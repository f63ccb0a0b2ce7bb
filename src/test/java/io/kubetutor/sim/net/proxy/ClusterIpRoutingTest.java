package io.kubetutor.sim.net.proxy;

import static io.kubetutor.sim.net.proxy.Scenarios.ip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
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

class ClusterIpRoutingTest {
    private static final int LAPTOP = ip("192.168.1.10");
    private static final int SOME_POD = ip("10.244.1.77");

    private static int clusterIp(Cluster c, String svc) {
        return ip(c.get(Service.class, "default", svc).orElseThrow().spec().clusterIP());
    }

    private static KubeProxy iptables() {
        return new KubeProxy(ProxyMode.IPTABLES, new SplittableRandom(3));
    }

    private static KubeProxy ipvs() {
        return new KubeProxy(ProxyMode.IPVS, new SplittableRandom(3));
    }

    @Test
    void podTrafficToAClusterIpIsDnatedToAnEndpointWithItsSourceKept() {
        Cluster c = Scenarios.cluster(Scenarios.WEB);
        ProxyRules rules = Scenarios.rules(c);
        Verdict v = iptables().route("node2", Origin.POD, SOME_POD, clusterIp(c, "web"), 80, "TCP", c.now(), rules);
        assertEquals(Kind.DNAT, v.kind());
        assertEquals(Entry.CLUSTER_IP, v.entry());
        assertEquals("default/web:http", v.rule().servicePortName());
        assertEquals(3, v.n());
        assertSame(v.rule().clusterSet().get(v.position()), v.endpoint());
        assertEquals(8080, v.endpoint().port());
        assertFalse(v.masquerade());
        assertEquals(-1, v.pinnedUntilMillis());
        assertFalse(v.localOnly());
    }

    @Test
    void aClusterIpReachedFromTheNodeOrFromOutsideThePodNetworkIsMasqueraded() {
        Cluster c = Scenarios.cluster(Scenarios.WEB);
        ProxyRules rules = Scenarios.rules(c);
        KubeProxy kp = iptables();
        Verdict host = kp.route("node1", Origin.HOST, ip("192.168.1.2"), clusterIp(c, "web"), 80, "TCP", c.now(), rules);
        assertEquals(Masquerade.HOST_ORIGINATED, host.masqueradeWhy());
        Verdict outside = kp.route("node1", Origin.EXTERNAL, LAPTOP, clusterIp(c, "web"), 80, "TCP", c.now(), rules);
        assertEquals(Kind.DNAT, outside.kind());
        assertEquals(Masquerade.OFF_CLUSTER_SOURCE, outside.masqueradeWhy());
    }

    @Test
    void aPodReachingItselfThroughItsServiceIsMasqueraded() {
        Cluster c = Scenarios.cluster(Scenarios.podOn("solo", "node2", "solo") + """
                apiVersion: v1
                kind: Service
                metadata: {name: solo}
                spec: {selector: {app: solo}, ports: [{port: 80, targetPort: http}]}
                """);
        int podIp = ip(Scenarios.pod(c, "solo").status().podIP());
        Verdict v = iptables().route("node2", Origin.POD, podIp, clusterIp(c, "solo"), 80, "TCP", c.now(),
                Scenarios.rules(c));
        assertEquals(podIp, v.endpoint().ipBits());
        assertTrue(v.masquerade());
        assertEquals(Masquerade.HAIRPIN, v.masqueradeWhy());
        Verdict other = iptables().route("node2", Origin.POD, SOME_POD, clusterIp(c, "solo"), 80, "TCP", c.now(),
                Scenarios.rules(c));
        assertFalse(other.masquerade());
    }

    @Test
    void aClusterIpOnAPortTheServiceDoesNotExposeMatchesNoIptablesRuleButIpvsRejectsIt() {
        Cluster c = Scenarios.cluster(Scenarios.WEB);
        ProxyRules rules = Scenarios.rules(c);
        int vip = clusterIp(c, "web");
        Verdict v = iptables().route("node1", Origin.POD, SOME_POD, vip, 81, "TCP", c.now(), rules);
        assertEquals(Kind.DROP, v.kind());
        assertEquals(Cause.PORT_NOT_EXPOSED, v.cause());
        assertEquals(Entry.CLUSTER_IP, v.entry());
        assertNull(v.rule());
        assertEquals("web", v.service().metadata().name());
        assertTrue(v.reason().contains("does not expose 81/TCP (it exposes 80/TCP)"), v.reason());
        Verdict udp = iptables().route("node1", Origin.POD, SOME_POD, vip, 80, "UDP", c.now(), rules);
        assertEquals(Cause.PORT_NOT_EXPOSED, udp.cause());
        Verdict viaIpvs = ipvs().route("node1", Origin.POD, SOME_POD, vip, 81, "TCP", c.now(), rules);
        assertEquals(Kind.REJECT, viaIpvs.kind());
        assertEquals(Cause.PORT_NOT_EXPOSED, viaIpvs.cause());
        assertTrue(viaIpvs.reason().contains("KUBE-IPVS-FILTER"), viaIpvs.reason());
    }

    @Test
    void anAddressThatIsNoServiceIpHasNoRule() {
        Cluster c = Scenarios.cluster(Scenarios.WEB);
        ProxyRules rules = Scenarios.rules(c);
        Verdict v = iptables().route("node1", Origin.POD, SOME_POD, ip("10.244.2.2"), 8080, "TCP", c.now(), rules);
        assertEquals(Kind.NO_RULE, v.kind());
        assertNull(v.entry());
        assertNull(v.endpoint());
        assertEquals("kube-proxy on node1: no rule matches 10.244.2.2:8080, so the packet is routed normally", v.reason());
        Verdict ping = iptables().route("node1", Origin.HOST, ip("192.168.1.2"), clusterIp(c, "web"), 0, "ICMP",
                c.now(), rules);
        assertEquals(Kind.DROP, ping.kind(), "nothing answers a ping to a ClusterIP in iptables mode");
        assertTrue(ping.reason().contains("match only TCP, UDP and SCTP, not ICMP"), ping.reason());
    }

    @Test
    void aServiceWithoutEndpointsIsRejectedWithKubeProxysComment() {
        Cluster c = Scenarios.cluster("""
                apiVersion: v1
                kind: Service
                metadata: {name: ghost}
                spec: {selector: {app: nobody}, ports: [{name: http, port: 80, targetPort: 8080}]}
                """);
        ProxyRules rules = Scenarios.rules(c);
        Verdict v = iptables().route("node1", Origin.POD, SOME_POD, clusterIp(c, "ghost"), 80, "TCP", c.now(), rules);
        assertEquals(Kind.REJECT, v.kind());
        assertEquals(Cause.NO_ENDPOINTS, v.cause());
        assertEquals("default/ghost:http has no endpoints", v.ruleComment());
        assertNull(v.endpoint());
        Verdict viaIpvs = ipvs().route("node1", Origin.POD, SOME_POD, clusterIp(c, "ghost"), 80, "TCP", c.now(), rules);
        assertEquals(Kind.REJECT, viaIpvs.kind());
        assertNull(viaIpvs.ruleComment(), "IPVS refuses through the kernel, not through a commented rule");
    }

    @Test
    void internalTrafficPolicyLocalUsesOnlyTheClientsNodeAndDropsWhereThereIsNone() {
        Cluster c = Scenarios.cluster(Scenarios.api("internalTrafficPolicy: Local"));
        ProxyRules rules = Scenarios.rules(c);
        int vip = clusterIp(c, "api");
        KubeProxy kp = iptables();
        Verdict onNode1 = kp.route("node1", Origin.POD, SOME_POD, vip, 80, "TCP", c.now(), rules);
        assertEquals(Kind.DNAT, onNode1.kind());
        assertTrue(onNode1.localOnly());
        assertEquals("node1", onNode1.endpoint().nodeName());
        assertEquals(2, onNode1.n());
        Verdict onNode2 = kp.route("node2", Origin.POD, SOME_POD, vip, 80, "TCP", c.now(), rules);
        assertEquals(Kind.DROP, onNode2.kind());
        assertEquals(Cause.NO_LOCAL_ENDPOINTS, onNode2.cause());
        assertTrue(onNode2.localOnly());
        assertEquals("default/api:http has no local endpoints", onNode2.ruleComment());
    }

    @Test
    void ipvsFallsBackToAllEndpointsWhenInternalTrafficPolicyLocalFindsNone() {
        Cluster c = Scenarios.cluster(Scenarios.api("internalTrafficPolicy: Local"));
        Verdict v = ipvs().route("node2", Origin.POD, SOME_POD, clusterIp(c, "api"), 80, "TCP", c.now(),
                Scenarios.rules(c));
        assertEquals(Kind.DNAT, v.kind());
        assertTrue(v.localFallbackToCluster());
        assertFalse(v.localOnly());
        assertEquals(3, v.n());
        assertFalse(v.replyLost(), "the reply returns through the node that translated it");
    }

    @Test
    void routingOnANodeTheTopologyDoesNotHaveIsRefused() {
        Cluster c = Scenarios.cluster(Scenarios.WEB);
        ProxyRules rules = Scenarios.rules(c);
        assertThrows(IllegalArgumentException.class,
                () -> iptables().route("node9", Origin.POD, SOME_POD, clusterIp(c, "web"), 80, "TCP", 0, rules));
    }
}
