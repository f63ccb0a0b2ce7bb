package io.kubetutor.sim.net.proxy;

import static io.kubetutor.sim.net.proxy.Scenarios.ip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.ClusterTopology.ProxyMode;
import io.kubetutor.model.Service;
import io.kubetutor.sim.Cluster;
import io.kubetutor.sim.ObjectKey;
import io.kubetutor.sim.net.proxy.Verdict.Kind;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A deleted pod stays an endpoint (serving, terminating) until its containers exit; kube-proxy falls back to it. */
class TerminatingFallbackTest {
    private static final int SOME_POD = ip("10.244.1.77");
    private static final String SOLO = Scenarios.podOn("solo", "node2", "solo") + """
            apiVersion: v1
            kind: Service
            metadata: {name: solo}
            spec: {selector: {app: solo}, ports: [{name: http, port: 80, targetPort: http}]}
            """;

    private static int vip(Cluster c, String svc) {
        return ip(c.get(Service.class, "default", svc).orElseThrow().spec().clusterIP());
    }

    @Test
    void aTerminatingEndpointServesOnlyWhenNoReadyOneIsLeft() {
        Cluster c = Scenarios.cluster(SOLO);
        c.delete(ObjectKey.of(Scenarios.pod(c, "solo")), "kubectl delete pod");
        ServicePortRule rule = Scenarios.rules(c).rulesOf("default", "solo").get(0);
        ProxyEndpoint e = rule.endpoints().get(0);
        assertFalse(e.ready());
        assertTrue(e.serving());
        assertTrue(e.terminating());
        assertTrue(rule.hasEndpoints());
        assertTrue(rule.clusterSet().terminatingFallback());
        Verdict v = new KubeProxy(ProxyMode.IPTABLES, new SplittableRandom(1)).route("node1", Origin.POD, SOME_POD,
                vip(c, "solo"), 80, "TCP", c.now(), Scenarios.rules(c));
        assertEquals(Kind.DNAT, v.kind());
        assertTrue(v.terminatingFallback());
        assertTrue(v.reason().contains("\nno ready endpoint: kube-proxy falls back to the 1 serving, terminating endpoint"),
                v.reason());
        c.settle(60_000);
        Verdict gone = new KubeProxy(ProxyMode.IPTABLES, new SplittableRandom(1)).route("node1", Origin.POD, SOME_POD,
                vip(c, "solo"), 80, "TCP", c.now(), Scenarios.rules(c));
        assertEquals(Kind.REJECT, gone.kind(), "once the pod is gone the Service has no endpoints");
    }

    @Test
    void aTerminatingEndpointIsLeftOutWhileReadyOnesRemain() {
        Cluster c = Scenarios.cluster(Scenarios.WEB);
        String victim = Scenarios.rules(c).rulesOf("default", "web").get(0).endpoints().get(0).podName();
        c.delete(ObjectKey.of(Scenarios.pod(c, victim)), "kubectl delete pod");
        ServicePortRule rule = Scenarios.rules(c).rulesOf("default", "web").get(0);
        assertTrue(rule.endpoints().stream().anyMatch(e -> victim.equals(e.podName()) && e.terminating()));
        assertFalse(rule.clusterSet().terminatingFallback());
        assertTrue(rule.clusterSet().endpoints().stream().noneMatch(e -> victim.equals(e.podName())));
        assertEquals(2, rule.clusterSet().size());
    }

    @Test
    void theFallbackIsDecidedForEachNodesLocalSetOnItsOwn() {
        Cluster c = Scenarios.cluster(Scenarios.podOn("a", "node1", "pair") + Scenarios.podOn("b", "node2", "pair") + """
                apiVersion: v1
                kind: Service
                metadata: {name: pair}
                spec: {selector: {app: pair}, internalTrafficPolicy: Local, ports: [{port: 80, targetPort: http}]}
                """);
        c.delete(ObjectKey.of(Scenarios.pod(c, "a")), "kubectl delete pod");
        ServicePortRule rule = Scenarios.rules(c).rulesOf("default", "pair").get(0);
        assertTrue(rule.localSet("node1").terminatingFallback());
        assertEquals(List.of("a"), rule.localSet("node1").endpoints().stream().map(ProxyEndpoint::podName).toList());
        assertFalse(rule.localSet("node2").terminatingFallback());
        assertEquals(List.of("b"), rule.localSet("node2").endpoints().stream().map(ProxyEndpoint::podName).toList());
        assertFalse(rule.clusterSet().terminatingFallback());
        assertEquals(List.of("b"), rule.clusterSet().endpoints().stream().map(ProxyEndpoint::podName).toList());
        Verdict v = new KubeProxy(ProxyMode.IPTABLES, new SplittableRandom(1)).route("node1", Origin.POD, SOME_POD,
                vip(c, "pair"), 80, "TCP", c.now(), Scenarios.rules(c));
        assertEquals("a", v.endpoint().podName());
        assertTrue(v.terminatingFallback());
        assertTrue(v.reason().contains("\nno ready endpoint on node1: kube-proxy falls back"), v.reason());
    }
}
