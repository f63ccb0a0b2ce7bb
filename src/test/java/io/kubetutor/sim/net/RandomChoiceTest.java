package io.kubetutor.sim.net;

import static io.kubetutor.sim.net.Net.hop;
import static io.kubetutor.sim.net.Net.show;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.sim.Cluster;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * How kube-proxy picks a pod for each new connection: in iptables mode the statistic-module cascade
 * (rule i of n matches with probability 1/(n-i), printed %0.10f, the last rule always) gives every
 * endpoint 1/n — checked here with a chi-square test over a fixed-seed burst; in IPVS mode the rr
 * scheduler rotates through the endpoints in order.
 */
class RandomChoiceTest {
    static final int REQUESTS = 30_000;
    /** Reject uniformity only when a deviation this large would happen by chance less than 1 in 1000. */
    static final double SIGNIFICANCE = 0.001;

    static String service(int replicas) {
        return Net.deployment("web", replicas) + Net.clientPod("client", "node1") + """
                apiVersion: v1
                kind: Service
                metadata: {name: web}
                spec:
                  clusterIP: 10.96.100.9
                  selector: {app: web}
                  ports: [{name: http, port: 80, targetPort: http}]
                """;
    }

    @Test
    void threeEndpointsEachGetAThirdOfTheConnections() {
        assertUniform(3);
    }

    @Test
    void fiveEndpointsEachGetAFifthOfTheConnections() {
        assertUniform(5);
    }

    private static void assertUniform(int replicas) {
        Cluster c = Net.cluster(service(replicas));
        Burst b = c.dataPlane().burst("client", "http://10.96.100.9", RequestKind.CURL, REQUESTS, false, 0);

        assertEquals(Map.of(Outcome.DELIVERED, REQUESTS), b.perOutcome());
        Map<String, Integer> perPod = b.perPod();
        assertEquals(Set.copyOf(Net.podsNamed(c, "default", "web-").stream().map(n -> "default/" + n).toList()),
                perPod.keySet(), "every pod is hit");
        double chi = chiSquare(perPod.values().stream().mapToInt(Integer::intValue).toArray());
        double p = upperTail(chi, replicas - 1);
        assertTrue(p > SIGNIFICANCE, "chi-square " + chi + " with " + (replicas - 1) + " degrees of freedom, p = " + p
                + ": " + perPod);
        // Every source the pods saw is the client pod itself: ClusterIP traffic from a pod is not SNATed.
        assertEquals(Map.of(Net.podIp(c, "client"), REQUESTS), b.perSourceSeen());
    }

    /** The statistic can fail: the old bug of every rule at 1/n would give 1/3, 2/9, … and is rejected. */
    @Test
    void theChiSquareCheckRejectsACascadeWithEqualProbabilities() {
        // Rules at 1/3 each: 1/3, (2/3)(1/3) = 2/9, and the rest 4/9 to the last.
        int[] skewed = {REQUESTS / 3, REQUESTS * 2 / 9, REQUESTS - REQUESTS / 3 - REQUESTS * 2 / 9};
        assertTrue(upperTail(chiSquare(skewed), 2) < 1e-100);
        int[] fair = {10_050, 9_980, 9_970};
        assertTrue(upperTail(chiSquare(fair), 2) > SIGNIFICANCE);
    }

    @Test
    void eachPickNamesTheRuleThatMatchedAndItsProbability() {
        Cluster c = Net.cluster(service(3));
        Burst b = c.dataPlane().burst("client", "http://10.96.100.9", RequestKind.CURL, 200, false, 200);

        Set<String> seen = new HashSet<>();
        for (Trace t : b.traced()) {
            String reason = hop(t, Action.DNAT).reason();
            int of = reason.indexOf("picked endpoint ");
            assertTrue(of >= 0, reason);
            seen.add(reason.substring(of, reason.indexOf(" (", of)));
            assertEquals(Outcome.DELIVERED, t.outcome(), show(t));
        }
        assertEquals(Set.of("picked endpoint 1 of 3, probability 0.3333333333",
                "picked endpoint 2 of 3, probability 0.5000000000",
                "picked endpoint 3 of 3, the last rule, which always matches"), seen);
    }

    @Test
    void theVerdictsProbabilityIsKubeProxysFormatting() {
        Cluster c = Net.cluster(service(5));
        Burst b = c.dataPlane().burst("client", "http://10.96.100.9", RequestKind.CURL, 300, false, 300);

        Set<String> probabilities = new HashSet<>();
        for (Trace t : b.traced()) {
            String p = t.verdict().probability();
            probabilities.add(t.verdict().position() + "=" + p);
        }
        assertEquals(Set.of("0=0.2000000000", "1=0.2500000000", "2=0.3333333333", "3=0.5000000000", "4=null"),
                probabilities);
    }

    @Test
    void ipvsRoundRobinRotatesThroughTheEndpointsInOrder() {
        Cluster c = Net.cluster(Net.ipvs(), service(3));
        List<String> pods = new ArrayList<>();
        List<String> picks = new ArrayList<>();
        for (Trace t : c.dataPlane().send("client", "http://10.96.100.9", RequestKind.CURL, 7)) {
            assertEquals(Outcome.DELIVERED, t.outcome(), show(t));
            assertEquals(Net.podIp(c, "client"), t.sourceIpSeenByPod());
            pods.add(t.pod());
            String reason = hop(t, Action.DNAT).reason();
            picks.add(reason.substring(reason.indexOf("picked endpoint "), reason.indexOf(" (", reason.indexOf("picked"))));
        }
        assertEquals(List.of("picked endpoint 1 of 3 by round robin", "picked endpoint 2 of 3 by round robin",
                "picked endpoint 3 of 3 by round robin", "picked endpoint 1 of 3 by round robin",
                "picked endpoint 2 of 3 by round robin", "picked endpoint 3 of 3 by round robin",
                "picked endpoint 1 of 3 by round robin"), picks);
        assertEquals(3, Set.copyOf(pods.subList(0, 3)).size(), "three different pods in a row: " + pods);
        assertEquals(pods.subList(0, 3), pods.subList(3, 6));
        assertEquals(pods.get(0), pods.get(6));
    }

    @Test
    void ipvsRoundRobinSpreadsABurstExactlyEvenly() {
        Cluster c = Net.cluster(Net.ipvs(), service(3));
        Burst b = c.dataPlane().burst("client", "http://10.96.100.9", RequestKind.CURL, 3_000, false, 0);

        assertEquals(List.of(1_000, 1_000, 1_000), List.copyOf(b.perPod().values()));
    }

    /** Pearson's statistic against equal expected counts. */
    static double chiSquare(int[] counts) {
        long total = 0;
        for (int n : counts) {
            total += n;
        }
        double expected = (double) total / counts.length;
        double chi = 0;
        for (int n : counts) {
            chi += (n - expected) * (n - expected) / expected;
        }
        return chi;
    }

    /**
     * P(X ≥ x) for a chi-square variable with an even number {@code k} of degrees of freedom, in closed
     * form: e^(−x/2) Σ_{i<k/2} (x/2)^i / i!. (For k = 2 the 0.001 critical value is 13.82, for k = 4 18.47.)
     */
    static double upperTail(double x, int k) {
        if (k % 2 != 0) {
            throw new IllegalArgumentException("odd degrees of freedom: " + k);
        }
        double half = x / 2;
        double term = 1;
        double sum = 1;
        for (int i = 1; i < k / 2; i++) {
            term *= half / i;
            sum += term;
        }
        return Math.exp(-half) * sum;
    }
}
