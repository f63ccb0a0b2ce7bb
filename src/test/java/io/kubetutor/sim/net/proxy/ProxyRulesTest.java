package io.kubetutor.sim.net.proxy;

import static io.kubetutor.sim.net.proxy.Scenarios.ip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.ClusterTopology.ProxyMode;
import io.kubetutor.model.Service;
import io.kubetutor.sim.Cluster;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProxyRulesTest {

    private static Service service(Cluster c, String name) {
        return c.get(Service.class, "default", name).orElseThrow();
    }

    @Test
    void aServicePortsRuleIsFoundByItsClusterIpAndNodePortAndCarriesKubeProxysName() {
        Cluster c = Scenarios.cluster(Scenarios.WEB);
        ProxyRules rules = Scenarios.rules(c);
        Service web = service(c, "web");
        int clusterIp = ip(web.spec().clusterIP());
        ServicePortRule rule = rules.byClusterIp(clusterIp, 80, "TCP");
        assertEquals("default/web:http", rule.servicePortName());
        assertEquals("http", rule.portName());
        assertEquals(web.spec().clusterIP(), rule.clusterIp());
        assertEquals(30080, rule.nodePort());
        assertEquals("TCP", rule.protocol());
        assertSame(rule, rules.byNodePort(30080, "TCP"));
        assertNull(rules.byNodePort(30080, "UDP"));
        assertNull(rules.byClusterIp(clusterIp, 80, "UDP"));
        assertNull(rules.byClusterIp(clusterIp, 81, "TCP"));
        assertSame(web, rules.serviceAtClusterIp(clusterIp));
        assertEquals(List.of(rule), rules.rulesOf("default", "web"));
        assertFalse(rule.externalTrafficPolicyLocal());
        assertFalse(rule.internalTrafficPolicyLocal());
        assertFalse(rule.clientIpAffinity());
        // node1 runs the two CoreDNS pods at .2 and .3, so its first pod of ours is .4.
        assertEquals(List.of("10.244.0.4:8080", "10.244.1.2:8080", "10.244.2.2:8080"),
                rule.endpoints().stream().map(ProxyEndpoint::address).toList());
        assertEquals(List.of("node1", "node2", "node3"), rule.endpoints().stream().map(ProxyEndpoint::nodeName).toList());
        assertTrue(rule.endpoints().stream().allMatch(e -> e.podName().startsWith("web-") && e.ready()));
        assertEquals(3, rule.clusterSet().size());
    }

    @Test
    void anUnnamedPortPrintsAsTheServiceNameAlone() {
        Cluster c = Scenarios.cluster(Scenarios.podOn("p", "node1", "plain") + """
                apiVersion: v1
                kind: Service
                metadata: {name: plain}
                spec: {selector: {app: plain}, ports: [{port: 80, targetPort: 8080}]}
                """);
        ServicePortRule rule = Scenarios.rules(c).rulesOf("default", "plain").get(0);
        assertEquals("default/plain", rule.servicePortName());
        assertEquals(List.of("10.244.0.4:8080"), rule.endpoints().stream().map(ProxyEndpoint::address).toList());
    }

    @Test
    void headlessAndExternalNameServicesGetNoRules() {
        Cluster c = Scenarios.cluster(Scenarios.podOn("p", "node1", "db") + """
                apiVersion: v1
                kind: Service
                metadata: {name: db}
                spec: {clusterIP: None, selector: {app: db}, ports: [{port: 5432}]}
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: ext}
                spec: {type: ExternalName, externalName: example.com}
                """);
        ProxyRules rules = Scenarios.rules(c);
        assertEquals(List.of(), rules.rulesOf("default", "db"));
        assertEquals(List.of(), rules.rulesOf("default", "ext"));
        assertTrue(rules.rules().stream().noneMatch(r -> r.name().equals("db") || r.name().equals("ext")));
    }

    @Test
    void endpointsAreInTheOrderOfTheirIpPortText() {
        Cluster c = Scenarios.cluster("""
                apiVersion: v1
                kind: Service
                metadata: {name: legacy}
                spec: {ports: [{name: web, port: 80, targetPort: 9376}]}
                ---
                apiVersion: v1
                kind: Endpoints
                metadata: {name: legacy}
                subsets:
                - addresses: [{ip: 10.0.0.9}, {ip: 10.0.0.10}, {ip: 10.0.0.100}]
                  notReadyAddresses: [{ip: 10.0.0.11}]
                  ports: [{name: web, port: 9376}]
                """);
        ServicePortRule rule = Scenarios.rules(c).rulesOf("default", "legacy").get(0);
        assertEquals(List.of("10.0.0.100:9376", "10.0.0.10:9376", "10.0.0.11:9376", "10.0.0.9:9376"),
                rule.endpoints().stream().map(ProxyEndpoint::address).toList());
        assertEquals(List.of(true, true, false, true), rule.endpoints().stream().map(ProxyEndpoint::ready).toList());
        assertEquals(List.of("10.0.0.100:9376", "10.0.0.10:9376", "10.0.0.9:9376"),
                rule.clusterSet().endpoints().stream().map(ProxyEndpoint::address).toList());
        assertFalse(rule.clusterSet().terminatingFallback());
    }

    @Test
    void aSelectorlessServiceTakesItsEndpointsPortByPortName() {
        Cluster c = Scenarios.cluster("""
                apiVersion: v1
                kind: Service
                metadata: {name: legacy}
                spec:
                  ports:
                  - {name: web, port: 80, targetPort: 9376}
                  - {name: admin, port: 81, targetPort: 9377}
                ---
                apiVersion: v1
                kind: Endpoints
                metadata: {name: legacy}
                subsets:
                - addresses: [{ip: 10.0.0.9}]
                  ports: [{name: web, port: 9376}, {name: metrics, port: 9377}]
                """);
        List<ServicePortRule> rules = Scenarios.rules(c).rulesOf("default", "legacy");
        assertEquals("default/legacy:web", rules.get(0).servicePortName());
        assertEquals(List.of("10.0.0.9:9376"), rules.get(0).endpoints().stream().map(ProxyEndpoint::address).toList());
        assertEquals(List.of(), rules.get(1).endpoints(), "admin matches no Endpoints port by name");
        assertFalse(rules.get(1).hasEndpoints());
    }

    @Test
    void endpointsMarkedSkipMirrorAreNotMirroredIntoSlices() {
        Cluster c = Scenarios.cluster("""
                apiVersion: v1
                kind: Service
                metadata: {name: legacy}
                spec: {ports: [{port: 80, targetPort: 9376}]}
                ---
                apiVersion: v1
                kind: Endpoints
                metadata:
                  name: legacy
                  labels: {endpointslice.kubernetes.io/skip-mirror: "true"}
                subsets:
                - addresses: [{ip: 10.0.0.9}]
                  ports: [{port: 9376}]
                """);
        assertEquals(List.of(), Scenarios.rules(c).rulesOf("default", "legacy").get(0).endpoints());
    }

    @Test
    void theKubernetesServiceReachesTheApiserverThroughItsSlice() {
        Cluster c = new Cluster(io.kubetutor.model.ClusterTopology.defaults(), 7);
        ServicePortRule rule = Scenarios.rules(c).rulesOf("default", "kubernetes").get(0);
        assertEquals("default/kubernetes:https", rule.servicePortName());
        assertEquals(List.of("192.168.1.2:6443"), rule.endpoints().stream().map(ProxyEndpoint::address).toList());
    }

    @Test
    void externalIpsAndLoadBalancerIngressCaptureTheServicePort() {
        Cluster c = Scenarios.cluster(Scenarios.withLoadBalancer(ProxyMode.IPTABLES),
                Scenarios.api("type: LoadBalancer\nexternalIPs: [198.51.100.7]"));
        ProxyRules rules = Scenarios.rules(c);
        ServicePortRule rule = rules.rulesOf("default", "api").get(0);
        String lbIp = service(c, "api").status().loadBalancerIngress().get(0).ip();
        assertEquals(List.of(lbIp), rule.loadBalancerIps());
        assertEquals(List.of("198.51.100.7"), rule.externalIps());
        assertSame(rule, rules.byLoadBalancerIp(ip(lbIp), 80, "TCP"));
        assertSame(rule, rules.byExternalIp(ip("198.51.100.7"), 80, "TCP"));
        assertNull(rules.byExternalIp(ip("198.51.100.7"), 8080, "TCP"));
        assertNull(rules.byExternalIp(ip(lbIp), 80, "TCP"));
        assertSame(rule, rules.byNodePort(rule.nodePort(), "TCP"));
    }

    @Test
    void localSetsHoldOnlyEachNodesOwnEndpoints() {
        Cluster c = Scenarios.cluster(Scenarios.withLoadBalancer(ProxyMode.IPTABLES),
                Scenarios.api("type: LoadBalancer\nexternalTrafficPolicy: Local"));
        ServicePortRule rule = Scenarios.rules(c).rulesOf("default", "api").get(0);
        assertTrue(rule.externalTrafficPolicyLocal());
        assertTrue(rule.healthCheckNodePort() >= 30000);
        assertEquals(List.of("10.244.0.4:8080", "10.244.0.5:8080"),
                rule.localSet("node1").endpoints().stream().map(ProxyEndpoint::address).toList());
        assertEquals(0, rule.localSet("node2").size());
        assertEquals(List.of("10.244.2.2:8080"),
                rule.localSet("node3").endpoints().stream().map(ProxyEndpoint::address).toList());
        assertEquals(0, rule.localSet("no-such-node").size());
        assertEquals(3, rule.clusterSet().size());
    }

    @Test
    void sessionAffinityAndTrafficPoliciesAreReadFromTheSpec() {
        Cluster c = Scenarios.cluster(Scenarios.api("""
                internalTrafficPolicy: Local
                sessionAffinity: ClientIP
                sessionAffinityConfig: {clientIP: {timeoutSeconds: 60}}"""));
        ServicePortRule rule = Scenarios.rules(c).rulesOf("default", "api").get(0);
        assertTrue(rule.internalTrafficPolicyLocal());
        assertTrue(rule.clientIpAffinity());
        assertEquals(60, rule.affinityTimeoutSeconds());
        assertFalse(rule.externalTrafficPolicyLocal(), "a ClusterIP Service is not externally reachable");
        assertEquals(0, rule.healthCheckNodePort());
    }

    @Test
    void clientIpAffinityWithoutATimeoutSticksForThreeHours() {
        Cluster c = Scenarios.cluster(Scenarios.api("sessionAffinity: ClientIP"));
        assertEquals(10800, Scenarios.rules(c).rulesOf("default", "api").get(0).affinityTimeoutSeconds());
    }
}
