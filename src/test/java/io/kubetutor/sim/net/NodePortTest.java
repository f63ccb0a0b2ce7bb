package io.kubetutor.sim.net;

import static io.kubetutor.sim.net.Net.bridgeIp;
import static io.kubetutor.sim.net.Net.hop;
import static io.kubetutor.sim.net.Net.kinds;
import static io.kubetutor.sim.net.Net.names;
import static io.kubetutor.sim.net.Net.nodeIp;
import static io.kubetutor.sim.net.Net.show;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.sim.Cluster;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A NodePort is open on every node. Under externalTrafficPolicy Cluster any node forwards to any
 * endpoint (the extra hop when the pod is elsewhere) and masquerades, so the pod sees the node's
 * address — the node's LAN address when the packet crosses to another node, the cni0 bridge address
 * (.1 of the node's podCIDR) when the pod is on the receiving node, as MASQUERADE takes the address
 * of the interface the packet leaves by. Under Local the client address is kept and only local pods
 * serve; a node without one drops the packet.
 */
class NodePortTest {
    /** One pod on node2; web (Cluster) on 30080 and web-local (Local) on 30081. */
    static final String WEB = Net.nginxPod("web-a", "node2", "web") + Net.clientPod("client", "node1") + """
            apiVersion: v1
            kind: Service
            metadata: {name: web}
            spec:
              type: NodePort
              selector: {app: web}
              ports: [{name: http, port: 80, targetPort: http, nodePort: 30080}]
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: web-local}
            spec:
              type: NodePort
              externalTrafficPolicy: Local
              selector: {app: web}
              ports: [{name: http, port: 80, targetPort: http, nodePort: 30081}]
            """;

    static final String LAPTOP = "192.168.1.10";

    @Test
    void theNodePortIsOpenOnEveryNode() {
        Cluster c = Net.cluster(WEB);
        for (String node : List.of("node1", "node2", "node3")) {
            Trace t = c.dataPlane().send("laptop", "http://" + nodeIp(c, node) + ":30080", RequestKind.CURL);
            assertEquals(Outcome.DELIVERED, t.outcome(), show(t));
            assertEquals("web-a", t.pod());
            assertEquals(node, t.entryNode());
            assertEquals(node, hop(t, Action.DNAT).at().name());
            assertTrue(hop(t, Action.DNAT).reason().contains("NodePort 30080 → Service default/web:http"), show(t));
            assertEquals(200, t.httpStatus());
        }
    }

    @Test
    void viaAnotherNodeThePacketTakesTheExtraHopAndThePodSeesThatNodesAddress() {
        Cluster c = Net.cluster(WEB);
        Trace t = c.dataPlane().send("laptop", "http://" + nodeIp(c, "node1") + ":30080", RequestKind.CURL);

        assertEquals(Outcome.DELIVERED, t.outcome(), show(t));
        assertEquals("web-a", t.pod());
        assertEquals("node2", t.node());
        assertEquals(nodeIp(c, "node1"), t.sourceIpSeenByPod());
        assertEquals(List.of("laptop:route", "node1:dnat", "node1:snat", "node1:forward", "web-a:deliver",
                "web-a:reply", "node2:forward", "node1:un-dnat", "laptop:deliver"), names(t), show(t));
        assertEquals(List.of("client:route", "kube_proxy:dnat", "kube_proxy:snat", "node:forward", "pod:deliver",
                "pod:reply", "node:forward", "kube_proxy:un-dnat", "client:deliver"), kinds(t));
        assertTrue(hop(t, Action.FORWARD).reason().contains("the extra hop"), show(t));
        assertTrue(hop(t, Action.SNAT).reason().contains("externalTrafficPolicy Cluster"), show(t));
        // The laptop gets its answer from the address it sent to.
        assertEquals(new HostPort(nodeIp(c, "node1"), 30080), t.hops().get(t.hops().size() - 1).src());
    }

    @Test
    void onThePodsOwnNodeThereIsNoExtraHopAndThePodSeesTheBridgeAddress() {
        Cluster c = Net.cluster(WEB);
        Trace t = c.dataPlane().send("laptop", "http://" + nodeIp(c, "node2") + ":30080", RequestKind.CURL);

        assertEquals(Outcome.DELIVERED, t.outcome(), show(t));
        assertEquals("web-a", t.pod());
        assertEquals("10.244.1.1", bridgeIp(c, "node2"));
        assertEquals(bridgeIp(c, "node2"), t.sourceIpSeenByPod(), "cni0 of node2, not the laptop");
        assertEquals(List.of("laptop:route", "node2:dnat", "node2:snat", "web-a:deliver", "web-a:reply",
                "node2:un-dnat", "laptop:deliver"), names(t), show(t));
        assertTrue(hop(t, Action.SNAT).reason().contains("node2's cni0 bridge"), show(t));
    }

    @Test
    void localKeepsTheClientAddressOnANodeWithALocalPod() {
        Cluster c = Net.cluster(WEB);
        Trace t = c.dataPlane().send("laptop", "http://" + nodeIp(c, "node2") + ":30081", RequestKind.CURL);

        assertEquals(Outcome.DELIVERED, t.outcome(), show(t));
        assertEquals("web-a", t.pod());
        assertEquals(LAPTOP, t.sourceIpSeenByPod());
        assertEquals(List.of("laptop:route", "node2:dnat", "web-a:deliver", "web-a:reply", "node2:un-dnat",
                "laptop:deliver"), names(t), show(t));
        assertTrue(hop(t, Action.DNAT).reason().contains("externalTrafficPolicy Local: only endpoints on node2"),
                show(t));
    }

    @Test
    void localDropsOnANodeWithoutALocalPod() {
        Cluster c = Net.cluster(WEB);
        for (String node : List.of("node1", "node3")) {
            Trace t = c.dataPlane().send("laptop", "http://" + nodeIp(c, node) + ":30081", RequestKind.CURL);

            assertEquals(Outcome.DROPPED, t.outcome(), show(t));
            assertNull(t.pod());
            assertNull(t.sourceIpSeenByPod());
            assertEquals(List.of("laptop:route", node + ":drop"), names(t), show(t));
            Hop drop = hop(t, Action.DROP);
            assertEquals(Place.Kind.KUBE_PROXY, drop.at().kind());
            assertTrue(drop.reason().contains("\"default/web-local:http has no local endpoints\""), drop.reason());
            assertTrue(t.summary().contains("the client waits until it times out"), t.summary());
        }
    }

    @Test
    void localOnlyUsesThePodsOfTheReceivingNode() {
        Cluster c = Net.cluster(Net.nginxPod("web-a", "node2", "web") + Net.nginxPod("web-b", "node2", "web")
                + Net.nginxPod("web-c", "node3", "web") + """
                apiVersion: v1
                kind: Service
                metadata: {name: web-local}
                spec:
                  type: NodePort
                  externalTrafficPolicy: Local
                  selector: {app: web}
                  ports: [{name: http, port: 80, targetPort: http, nodePort: 30081}]
                """);
        Burst b = c.dataPlane().burst("laptop", "http://" + nodeIp(c, "node2") + ":30081", RequestKind.CURL, 400,
                false, 1);

        assertEquals(List.of("default/web-a", "default/web-b"), b.perPod().keySet().stream().sorted().toList());
        assertEquals(java.util.Map.of(LAPTOP, 400), b.perSourceSeen());
        assertTrue(hop(b.traced().get(0), Action.DNAT).reason().contains("of 2"), show(b.traced().get(0)));
    }

    @Test
    void aNodePortWithoutEndpointsIsRefused() {
        Cluster c = Net.cluster("""
                apiVersion: v1
                kind: Service
                metadata: {name: lonely}
                spec:
                  type: NodePort
                  selector: {app: nobody}
                  ports: [{port: 80, nodePort: 30090}]
                """);
        Trace t = c.dataPlane().send("laptop", "http://" + nodeIp(c, "node3") + ":30090", RequestKind.CURL);

        assertEquals(Outcome.REFUSED, t.outcome(), show(t));
        assertNull(t.pod());
        assertEquals(List.of("laptop:route", "node3:reject", "laptop:deliver"), names(t), show(t));
        assertTrue(hop(t, Action.REJECT).reason().contains("\"default/lonely has no endpoints\""), show(t));
    }

    @Test
    void aPortThatIsNoNodePortIsRefusedByTheNodesKernel() {
        Cluster c = Net.cluster(WEB);
        Trace t = c.dataPlane().send("laptop", "http://" + nodeIp(c, "node1") + ":30099", RequestKind.CURL);

        assertEquals(Outcome.REFUSED, t.outcome(), show(t));
        assertNull(t.pod());
        assertEquals(List.of("client:route", "node:reject", "node:reply", "client:deliver"), kinds(t), show(t));
        assertTrue(t.summary().contains("no Service has NodePort 30099"), t.summary());
    }

    @Test
    void aPodUsingItsOwnNodesNodePortUnderLocalIsNotSubjectToThePolicy() {
        Cluster c = Net.cluster(WEB);
        Trace t = c.dataPlane().send("client", "http://" + nodeIp(c, "node1") + ":30081", RequestKind.CURL);

        assertEquals(Outcome.DELIVERED, t.outcome(), show(t));
        assertEquals("web-a", t.pod());
        assertEquals(Net.podIp(c, "client"), t.sourceIpSeenByPod());
        assertEquals(List.of("client:route", "node1:dnat", "node1:forward", "web-a:deliver", "web-a:reply",
                "node2:forward", "node1:un-dnat", "client:deliver"), names(t), show(t));
        assertTrue(hop(t, Action.DNAT).reason().contains("pod traffic for default/web-local:http external "
                + "destinations"), show(t));
    }
}
