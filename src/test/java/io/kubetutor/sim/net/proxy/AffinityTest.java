package io.kubetutor.sim.net.proxy;

import static io.kubetutor.sim.net.proxy.Scenarios.ip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.ClusterTopology.ProxyMode;
import io.kubetutor.model.Pod;
import io.kubetutor.model.Service;
import io.kubetutor.sim.Cluster;
import io.kubetutor.sim.ObjectKey;
import io.kubetutor.sim.net.proxy.Verdict.PickedBy;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AffinityTest {
    private static final int LAPTOP = ip("192.168.1.10");
    private static final String STICKY = Scenarios.WEB.replace("type: NodePort",
            "type: NodePort\n  sessionAffinity: ClientIP\n  sessionAffinityConfig: {clientIP: {timeoutSeconds: 60}}");

    private static int webIp(Cluster c) {
        return ip(c.get(Service.class, "default", "web").orElseThrow().spec().clusterIP());
    }

    private static Verdict route(KubeProxy kp, Cluster c, String node, long now, ProxyRules rules) {
        return kp.route(node, Origin.EXTERNAL, LAPTOP, webIp(c), 80, "TCP", now, rules);
    }

    @Test
    void aClientStaysWithItsEndpointWhileItKeepsComingBackWithinTheTimeout() {
        Cluster c = Scenarios.cluster(STICKY);
        ProxyRules rules = Scenarios.rules(c);
        KubeProxy kp = new KubeProxy(ProxyMode.IPTABLES, new SplittableRandom(1));
        long t0 = c.now();
        Verdict first = route(kp, c, "node1", t0, rules);
        assertEquals(PickedBy.RANDOM, first.pickedBy());
        assertEquals(t0 + 60_000, first.pinnedUntilMillis());
        for (long t = t0 + 30_000; t <= t0 + 300_000; t += 55_000) {
            Verdict again = route(kp, c, "node1", t, rules);
            assertEquals(PickedBy.AFFINITY, again.pickedBy(), "each connection renews the pin (recent --set)");
            assertSame(first.endpoint(), again.endpoint());
            assertEquals(t + 60_000, again.pinnedUntilMillis());
        }
    }

    @Test
    void aPinExpiresWhenTheClientStaysAwayLongerThanTheTimeout() {
        Cluster c = Scenarios.cluster(STICKY);
        ProxyRules rules = Scenarios.rules(c);
        KubeProxy kp = new KubeProxy(ProxyMode.IPTABLES, new SplittableRandom(1));
        long t0 = c.now();
        Verdict first = route(kp, c, "node1", t0, rules);
        List<AffinityPin> pins = kp.pins(t0 + 60_000);
        assertEquals(List.of(new AffinityPin("node1", "default/web:http", "192.168.1.10", first.endpoint().address(),
                first.endpoint().podName(), t0 + 60_000)), pins);
        assertEquals(List.of(), kp.pins(t0 + 60_001));
        Verdict later = route(kp, c, "node1", t0 + 60_001, rules);
        assertEquals(PickedBy.RANDOM, later.pickedBy());
    }

    @Test
    void pinsBelongToTheNodeThatMadeThem() {
        Cluster c = Scenarios.cluster(STICKY);
        ProxyRules rules = Scenarios.rules(c);
        KubeProxy kp = new KubeProxy(ProxyMode.IPTABLES, new SplittableRandom(1));
        route(kp, c, "node1", c.now(), rules);
        assertEquals(PickedBy.RANDOM, route(kp, c, "node2", c.now(), rules).pickedBy());
        assertEquals(List.of("node1", "node2"), kp.pins(c.now()).stream().map(AffinityPin::node).toList());
    }

    @Test
    void aPinnedEndpointThatLeavesTheSetIsReplacedByANewPick() {
        Cluster c = Scenarios.cluster(STICKY);
        KubeProxy kp = new KubeProxy(ProxyMode.IPTABLES, new SplittableRandom(1));
        Verdict first = route(kp, c, "node1", c.now(), Scenarios.rules(c));
        c.delete(ObjectKey.of(Scenarios.pod(c, first.endpoint().podName())), "kubectl delete pod");
        ProxyRules after = Scenarios.rules(c);
        Verdict next = route(kp, c, "node1", c.now(), after);
        assertEquals(PickedBy.RANDOM, next.pickedBy());
        assertNotEquals(first.endpoint().address(), next.endpoint().address());
        assertEquals(PickedBy.AFFINITY, route(kp, c, "node1", c.now() + 1, after).pickedBy());
    }

    @Test
    void aClientInSeveralRecentListsGoesToTheFirstOfThoseEndpointsInRuleOrder() {
        String endpoints = """
                apiVersion: v1
                kind: Service
                metadata: {name: legacy}
                spec: {sessionAffinity: ClientIP, ports: [{port: 80, targetPort: 9376}]}
                ---
                apiVersion: v1
                kind: Endpoints
                metadata: {name: legacy}
                subsets:
                - addresses: [%s]
                  notReadyAddresses: [%s]
                  ports: [{port: 9376}]
                """;
        Cluster c = Scenarios.cluster(endpoints.formatted("{ip: 10.0.0.1}, {ip: 10.0.0.2}", ""));
        int vip = ip(c.get(Service.class, "default", "legacy").orElseThrow().spec().clusterIP());
        KubeProxy kp = new KubeProxy(ProxyMode.IPTABLES, new SplittableRandom(1));
        Verdict first = kp.route("node1", Origin.EXTERNAL, LAPTOP, vip, 80, "TCP", c.now(), Scenarios.rules(c));
        String pinned = first.endpoint().ip();
        String other = pinned.equals("10.0.0.1") ? "10.0.0.2" : "10.0.0.1";
        Scenarios.apply(c, endpoints.formatted("{ip: " + other + "}", "{ip: " + pinned + "}"));
        Verdict second = kp.route("node1", Origin.EXTERNAL, LAPTOP, vip, 80, "TCP", c.now(), Scenarios.rules(c));
        assertEquals(other, second.endpoint().ip());
        Scenarios.apply(c, endpoints.formatted("{ip: 10.0.0.1}, {ip: 10.0.0.2}", ""));
        Verdict third = kp.route("node1", Origin.EXTERNAL, LAPTOP, vip, 80, "TCP", c.now(), Scenarios.rules(c));
        assertEquals(PickedBy.AFFINITY, third.pickedBy());
        assertEquals("10.0.0.1", third.endpoint().ip(), "the affinity rules are checked in endpoint order");
    }

    @Test
    void ipvsPersistenceKeepsTheClientOnItsEndpointInsteadOfRotating() {
        Cluster c = Scenarios.cluster(STICKY);
        ProxyRules rules = Scenarios.rules(c);
        KubeProxy kp = new KubeProxy(ProxyMode.IPVS, new SplittableRandom(1));
        Verdict first = route(kp, c, "node1", c.now(), rules);
        assertEquals(PickedBy.ROUND_ROBIN, first.pickedBy());
        for (int i = 1; i <= 3; i++) {
            Verdict v = route(kp, c, "node1", c.now() + i * 1000L, rules);
            assertEquals(PickedBy.AFFINITY, v.pickedBy());
            assertSame(first.endpoint(), v.endpoint());
        }
        assertEquals(1, kp.pins(c.now()).size());
        assertEquals(PickedBy.ROUND_ROBIN, route(kp, c, "node1", c.now() + 3000 + 60_001, rules).pickedBy());
    }

    @Test
    void theReasonNamesThePinnedPodAndUntilWhenInVirtualTime() {
        Cluster c = Scenarios.cluster(Scenarios.WEB.replace("type: NodePort", "type: NodePort\n  sessionAffinity: ClientIP"));
        ProxyRules rules = Scenarios.rules(c);
        KubeProxy kp = new KubeProxy(ProxyMode.IPTABLES, new SplittableRandom(1));
        long now = 7_000;
        Verdict v = kp.route("node1", Origin.EXTERNAL, LAPTOP, webIp(c), 80, "TCP", now, rules);
        Pod pod = Scenarios.pod(c, v.endpoint().podName());
        assertTrue(v.reason().contains("\nClientIP affinity: 192.168.1.10 pinned to " + pod.name() + " until 03:00:07"),
                v.reason());
        Verdict again = kp.route("node1", Origin.EXTERNAL, LAPTOP, webIp(c), 80, "TCP", now + 3_600_000, rules);
        assertTrue(again.reason().contains("\nClientIP affinity: 192.168.1.10 is pinned to " + pod.name()
                + "; the pin is renewed until 04:00:07"), again.reason());
    }
}
