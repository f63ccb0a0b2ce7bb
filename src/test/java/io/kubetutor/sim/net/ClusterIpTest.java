package io.kubetutor.sim.net;

import static io.kubetutor.sim.net.Net.bridgeIp;
import static io.kubetutor.sim.net.Net.hop;
import static io.kubetutor.sim.net.Net.kinds;
import static io.kubetutor.sim.net.Net.nodeIp;
import static io.kubetutor.sim.net.Net.podIp;
import static io.kubetutor.sim.net.Net.show;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.sim.Cluster;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A ClusterIP is a virtual address that lives only in kube-proxy's rules: curl from a pod or a node
 * works (DNAT to a pod), the laptop has no route to it, and ping gets no answer in iptables mode while
 * IPVS mode, which binds every ClusterIP to kube-ipvs0, lets the node answer.
 */
class ClusterIpTest {
    static final String VIP = "10.96.100.3";

    /** One nginx pod on node2 behind ClusterIP 10.96.100.3:80, a client pod on node1. */
    static final String WEB = Net.nginxPod("web-a", "node2", "web") + Net.clientPod("client", "node1") + """
            apiVersion: v1
            kind: Service
            metadata: {name: web}
            spec:
              clusterIP: 10.96.100.3
              selector: {app: web}
              ports: [{name: http, port: 80, targetPort: http}]
            """;

    @Test
    void curlFromAPodIsDnatedToThePodOnAnotherNodeAndThePodSeesTheSendersAddress() {
        Cluster c = Net.cluster(WEB);
        Trace t = c.dataPlane().send("client", "http://" + VIP, RequestKind.CURL);

        assertEquals(Outcome.DELIVERED, t.outcome(), show(t));
        assertEquals("web-a", t.pod());
        assertEquals("node2", t.node());
        assertEquals(podIp(c, "client"), t.sourceIpSeenByPod());
        assertEquals(200, t.httpStatus());
        assertEquals(List.of("pod:route", "kube_proxy:dnat", "node:forward", "pod:deliver",
                "pod:reply", "node:forward", "kube_proxy:un-dnat", "pod:deliver"), kinds(t), show(t));
        Hop dnat = hop(t, Action.DNAT);
        assertEquals("node1", dnat.at().name());
        assertEquals(new HostPort(podIp(c, "web-a"), 80), dnat.dst());
        assertTrue(dnat.reason().contains("ClusterIP " + VIP + ":80 → Service default/web:http"), dnat.reason());
        // The reply is un-DNATed back to the ClusterIP, so the client sees the address it sent to.
        Hop last = t.hops().get(t.hops().size() - 1);
        assertEquals(new HostPort(VIP, 80), last.src());
        assertEquals(new HostPort(VIP, 80), t.connectedTo());
    }

    @Test
    void curlFromAPodOnTheSameNodeNeedsNoForwardHop() {
        Cluster c = Net.cluster(WEB + "---\n" + Net.clientPod("neighbour", "node2"));
        Trace t = c.dataPlane().send("neighbour", "http://" + VIP, RequestKind.CURL);

        assertEquals(Outcome.DELIVERED, t.outcome(), show(t));
        assertEquals("web-a", t.pod());
        assertEquals(podIp(c, "neighbour"), t.sourceIpSeenByPod());
        assertEquals(List.of("pod:route", "kube_proxy:dnat", "pod:deliver", "pod:reply", "kube_proxy:un-dnat",
                "pod:deliver"), kinds(t), show(t));
    }

    @Test
    void curlFromANodeWorksAndIsMasqueradedBehindTheNodesAddress() {
        Cluster c = Net.cluster(WEB);
        Trace t = c.dataPlane().send("node1", "http://" + VIP, RequestKind.CURL);

        assertEquals(Outcome.DELIVERED, t.outcome(), show(t));
        assertEquals("web-a", t.pod());
        assertEquals(nodeIp(c, "node1"), t.sourceIpSeenByPod());
        assertEquals(List.of("node:route", "kube_proxy:dnat", "kube_proxy:snat", "node:forward", "pod:deliver",
                "pod:reply", "node:forward", "kube_proxy:un-dnat", "node:deliver"), kinds(t), show(t));
        assertTrue(hop(t, Action.SNAT).reason().contains("the node itself sent it"), show(t));
    }

    @Test
    void curlFromTheNodeOfThePodIsMasqueradedBehindItsBridgeAddress() {
        Cluster c = Net.cluster(WEB);
        Trace t = c.dataPlane().send("node2", "http://" + VIP, RequestKind.CURL);

        assertEquals(Outcome.DELIVERED, t.outcome(), show(t));
        assertEquals("web-a", t.pod());
        assertEquals(bridgeIp(c, "node2"), t.sourceIpSeenByPod());
        assertEquals(List.of("node:route", "kube_proxy:dnat", "kube_proxy:snat", "pod:deliver", "pod:reply",
                "kube_proxy:un-dnat", "node:deliver"), kinds(t), show(t));
    }

    @Test
    void theLaptopHasNoRouteToAClusterIp() {
        Cluster c = Net.cluster(WEB);
        Trace t = c.dataPlane().send("laptop", "http://" + VIP, RequestKind.CURL);

        assertEquals(Outcome.UNREACHABLE, t.outcome(), show(t));
        assertNull(t.pod());
        assertNull(t.sourceIpSeenByPod());
        assertEquals(List.of("client:drop"), kinds(t));
        Hop drop = t.hops().get(0);
        assertEquals("laptop", drop.at().name());
        assertTrue(drop.reason().contains("is in the Service range 10.96.0.0/12: a ClusterIP is virtual"),
                drop.reason());
    }

    @Test
    void pingOfAClusterIpFromAPodGetsNoReplyInIptablesMode() {
        Cluster c = Net.cluster(WEB);
        Trace t = c.dataPlane().send("client", VIP, RequestKind.PING);

        assertEquals(Outcome.NO_REPLY, t.outcome(), show(t));
        assertNull(t.pod());
        assertNull(t.sourceIpSeenByPod());
        assertEquals(List.of("pod:route", "kube_proxy:drop"), kinds(t), show(t));
        assertTrue(hop(t, Action.DROP).reason().contains("iptables rules match only TCP, UDP and SCTP ports"),
                show(t));
        assertTrue(t.summary().contains("curl works, ping does not"), t.summary());
    }

    @Test
    void pingOfAClusterIpIsAnsweredByTheSendersNodeInIpvsMode() {
        Cluster c = Net.cluster(Net.ipvs(), WEB);
        Trace t = c.dataPlane().send("client", VIP, RequestKind.PING);

        assertEquals(Outcome.DELIVERED, t.outcome(), show(t));
        assertNull(t.pod(), "no pod is involved: the node's kernel answers");
        assertEquals(List.of("pod:route", "kube_proxy:deliver", "node:deliver", "node:reply", "pod:deliver"),
                kinds(t), show(t));
        assertEquals("node1", t.hops().get(2).at().name());
        assertTrue(hop(t, Action.DELIVER).reason().contains("binds every ClusterIP to the kube-ipvs0 interface"),
                show(t));
    }

    @Test
    void curlStillWorksInIpvsMode() {
        Cluster c = Net.cluster(Net.ipvs(), WEB);
        Trace t = c.dataPlane().send("client", "http://" + VIP, RequestKind.CURL);

        assertEquals(Outcome.DELIVERED, t.outcome(), show(t));
        assertEquals("web-a", t.pod());
        assertEquals(podIp(c, "client"), t.sourceIpSeenByPod());
        assertEquals(List.of("pod:route", "kube_proxy:dnat", "node:forward", "pod:deliver",
                "pod:reply", "node:forward", "kube_proxy:un-dnat", "pod:deliver"), kinds(t), show(t));
    }

    @Test
    void anAddressInTheServiceRangeThatNoServiceHoldsIsLost() {
        Cluster c = Net.cluster(WEB);
        Trace t = c.dataPlane().send("client", "http://10.96.200.200", RequestKind.CURL);

        assertEquals(Outcome.DROPPED, t.outcome(), show(t));
        assertNull(t.pod());
        assertEquals(List.of("pod:route", "node:drop"), kinds(t), show(t));
        assertTrue(hop(t, Action.DROP).reason().contains("no Service has the ClusterIP 10.96.200.200"), show(t));
    }
}
