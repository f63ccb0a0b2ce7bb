package io.kubetutor.sim.net;

import static io.kubetutor.sim.net.Net.nodeIp;
import static io.kubetutor.sim.net.Net.show;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.sim.Cluster;
import io.kubetutor.sim.net.dns.RecordType;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A node that is down (powered off) in the data plane: nothing on it answers or forwards, packets
 * sent there are lost (the client times out), kube-proxy elsewhere keeps sending to its pods until
 * their endpoints change, and the cloud load balancer's health checks leave it out.
 */
class FailedNodeTest {
    static final String WEB = Net.nginxPod("web-a", "node2", "web") + Net.nginxPod("web-b", "node3", "web")
            + Net.clientPod("client", "node1") + """
            apiVersion: v1
            kind: Service
            metadata: {name: web}
            spec:
              type: NodePort
              selector: {app: web}
              ports: [{name: http, port: 80, targetPort: http}]
            """;

    private static Trace lostOne(List<Trace> traces) {
        return traces.stream().filter(t -> t.outcome() == Outcome.DROPPED).findFirst()
                .orElseThrow(() -> new AssertionError("no request was lost"));
    }

    @Test
    void requestRoutedToAPodOnAFailedNodeGetsNoReply() {
        Cluster c = Net.cluster(WEB);
        c.setNodeReady("node2", false);
        List<Trace> traces = c.dataPlane().send("client", "http://web", RequestKind.CURL, 30);
        Set<String> delivered = traces.stream().filter(t -> t.outcome() == Outcome.DELIVERED).map(Trace::pod)
                .collect(Collectors.toSet());
        assertEquals(Set.of("web-b"), delivered, "only the pod on a running node answers");
        Trace lost = lostOne(traces);
        Hop drop = lost.hops().get(lost.hops().size() - 1);
        assertEquals(Action.DROP, drop.action(), show(lost));
        assertEquals(Place.node("node2"), drop.at());
        assertTrue(drop.reason().contains("web-a runs on node2, which is down"), drop.reason());
        assertTrue(drop.reason().contains("kube-proxy on node1 still picked it"), drop.reason());
        assertTrue(lost.summary().contains("node2 is down"), lost.summary());
    }

    @Test
    void onceTheControllerNoticesKubeProxyStopsSendingThere() {
        Cluster c = Net.cluster(WEB);
        c.setNodeReady("node2", false);
        c.advanceBy(60_000);
        for (Trace t : c.dataPlane().send("client", "http://web", RequestKind.CURL, 20)) {
            assertEquals(Outcome.DELIVERED, t.outcome(), show(t));
            assertEquals("web-b", t.pod());
        }
    }

    @Test
    void aNodePortOnAFailedNodeGetsNoReply() {
        Cluster c = Net.cluster(WEB);
        int nodePort = LoadBalancerTest.nodePort(c, "web");
        c.setNodeReady("node2", false);
        Trace t = c.dataPlane().send("laptop", nodeIp(c, "node2") + ":" + nodePort, RequestKind.CURL);
        assertEquals(Outcome.DROPPED, t.outcome(), show(t));
        assertEquals(Action.DROP, t.hops().get(t.hops().size() - 1).action());
        assertTrue(t.hops().get(t.hops().size() - 1).reason().contains("node2 is down"));
        Trace ping = c.dataPlane().send("laptop", nodeIp(c, "node2"), RequestKind.PING);
        assertEquals(Outcome.NO_REPLY, ping.outcome(), show(ping));
    }

    @Test
    void podsOnAFailedNodeCannotSend() {
        Cluster c = Net.cluster(WEB);
        c.setNodeReady("node2", false);
        Trace t = c.dataPlane().send("web-a", "http://web-b", RequestKind.CURL);
        assertEquals(Outcome.DROPPED, t.outcome(), show(t));
        assertEquals(1, t.hops().size());
        assertTrue(t.hops().get(0).reason().contains("runs on node2, which is down"), show(t));
        c.setNodeReady("node2", true);
        c.advanceBy(10_000);
        Trace again = c.dataPlane().send("web-a", "http://web", RequestKind.CURL);
        assertEquals(Outcome.DELIVERED, again.outcome(), show(again));
    }

    @Test
    void theLoadBalancersHealthChecksLeaveAFailedNodeOut() {
        Cluster c = Net.cluster(Net.cloudLoadBalancer(), LoadBalancerTest.WEB.replace("nodeName: node2",
                "nodeName: node3"));
        c.setNodeReady("node2", false);
        String vip = LoadBalancerTest.externalIp(c, "web");
        Burst b = c.dataPlane().burst("laptop", "http://" + vip, RequestKind.CURL, 30, false, 30);
        assertEquals(List.of("node1", "node3"), b.perEntryNode().keySet().stream().sorted().toList());
        Hop pick = b.traced().get(0).hops().stream().filter(h -> h.at().kind() == Place.Kind.LOAD_BALANCER
                && h.action() == Action.DNAT).findFirst().orElseThrow();
        assertTrue(pick.reason().contains("kube-proxy on node2 get no answer (down)"), pick.reason());
        for (Trace t : b.traced()) {
            assertEquals(Outcome.DELIVERED, t.outcome(), show(t));
        }
    }

    @Test
    void aLookupSentToCoreDnsOnAFailedNodeTimesOut() {
        // Both CoreDNS pods run on node1 (decision 0013).
        Cluster c = Net.cluster(Net.clientPod("client2", "node2"));
        c.setNodeReady("node1", false);
        Trace t = c.dataPlane().lookup("client2", "kubernetes", RecordType.A);
        assertEquals(Outcome.DROPPED, t.outcome(), show(t));
        assertTrue(t.hops().stream().anyMatch(h -> h.action() == Action.DROP && h.reason().contains("node1")),
                show(t));
        Trace curl = c.dataPlane().send("client2", "http://kubernetes", RequestKind.CURL);
        assertEquals(Outcome.DROPPED, curl.outcome(), show(curl));
        assertFalse(curl.hops().stream().anyMatch(h -> h.action() == Action.DNAT && h.dst().port() == 443),
                "no connection is attempted after the lookup was lost");
    }
}
