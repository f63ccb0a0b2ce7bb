package io.kubetutor.sim.net.proxy;

import static io.kubetutor.sim.net.proxy.Scenarios.ip;
import static io.kubetutor.sim.net.proxy.Scenarios.nodeIp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.ClusterTopology.ProxyMode;
import io.kubetutor.model.Service;
import io.kubetutor.sim.Cluster;
import io.kubetutor.sim.net.proxy.Verdict.PickedBy;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LoadBalancingTest {
    private static final int SOME_POD = ip("10.244.1.77");

    private static int webIp(Cluster c) {
        return ip(c.get(Service.class, "default", "web").orElseThrow().spec().clusterIP());
    }

    @Test
    void iptablesSpreadsConnectionsUniformlyOverTheEndpoints() {
        Cluster c = Scenarios.cluster(Scenarios.WEB);
        ProxyRules rules = Scenarios.rules(c);
        KubeProxy kp = new KubeProxy(ProxyMode.IPTABLES, new SplittableRandom(2024));
        int rounds = 30_000;
        int[] counts = new int[3];
        for (int i = 0; i < rounds; i++) {
            Verdict v = kp.route("node1", Origin.POD, SOME_POD, webIp(c), 80, "TCP", c.now(), rules);
            assertEquals(PickedBy.RANDOM, v.pickedBy());
            counts[v.position()]++;
        }
        double expected = rounds / 3.0;
        double sum = 0;
        for (int n : counts) {
            sum += (n - expected) * (n - expected) / expected;
        }
        double chiSquare = sum;
        // χ² with 2 degrees of freedom stays below 13.816 with probability 0.999 for a uniform choice.
        assertTrue(chiSquare < 13.816, () -> "χ² = " + chiSquare + " for " + java.util.Arrays.toString(counts));
    }

    @Test
    void eachPickNamesTheProbabilityOfTheIptablesRuleThatMatched() {
        Cluster c = Scenarios.cluster(Scenarios.WEB);
        ProxyRules rules = Scenarios.rules(c);
        KubeProxy kp = new KubeProxy(ProxyMode.IPTABLES, new SplittableRandom(5));
        String[] seen = new String[3];
        boolean[] hit = new boolean[3];
        for (int i = 0; i < 200; i++) {
            Verdict v = kp.route("node1", Origin.POD, SOME_POD, webIp(c), 80, "TCP", c.now(), rules);
            seen[v.position()] = v.probability();
            hit[v.position()] = true;
        }
        assertTrue(hit[0] && hit[1] && hit[2]);
        assertEquals("0.3333333333", seen[0]);
        assertEquals("0.5000000000", seen[1]);
        assertNull(seen[2], "the last rule carries no --probability");
    }

    @Test
    void probabilitiesAreFormattedAsGoFormatsThem() {
        assertEquals("0.5000000000", Probabilities.text(2));
        assertEquals("0.1428571429", Probabilities.text(7));
        assertEquals("0.0010000000", Probabilities.text(1000));
        // 1/2048 = 0.00048828125 exactly: Go rounds the tie to even, Java's %f would round it up.
        assertEquals("0.0004882812", Probabilities.text(2048));
    }

    @Test
    void ipvsRoundRobinRotatesStrictlyAndSeparatelyOnEachNode() {
        Cluster c = Scenarios.cluster(Scenarios.WEB);
        ProxyRules rules = Scenarios.rules(c);
        KubeProxy kp = new KubeProxy(ProxyMode.IPVS, new SplittableRandom(5));
        List<Integer> node1 = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Verdict v = kp.route("node1", Origin.POD, SOME_POD, webIp(c), 80, "TCP", c.now(), rules);
            assertEquals(PickedBy.ROUND_ROBIN, v.pickedBy());
            assertNull(v.probability());
            node1.add(v.position());
        }
        assertEquals(List.of(0, 1, 2, 0, 1, 2, 0), node1);
        assertEquals(0, kp.route("node2", Origin.POD, SOME_POD, webIp(c), 80, "TCP", c.now(), rules).position());
    }

    @Test
    void ipvsKeepsOneRotationPerVirtualServer() {
        Cluster c = Scenarios.cluster(Scenarios.WEB);
        ProxyRules rules = Scenarios.rules(c);
        KubeProxy kp = new KubeProxy(ProxyMode.IPVS, new SplittableRandom(5));
        kp.route("node1", Origin.POD, SOME_POD, webIp(c), 80, "TCP", c.now(), rules);
        kp.route("node1", Origin.POD, SOME_POD, webIp(c), 80, "TCP", c.now(), rules);
        Verdict nodePort = kp.route("node1", Origin.EXTERNAL, ip("192.168.1.10"), nodeIp(c, "node1"), 30080, "TCP",
                c.now(), rules);
        assertEquals(0, nodePort.position(), "the NodePort virtual server has its own rr position");
        assertEquals(2, kp.route("node1", Origin.POD, SOME_POD, webIp(c), 80, "TCP", c.now(), rules).position());
    }
}
