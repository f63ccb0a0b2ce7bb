package io.kubetutor.sim.net;

import static io.kubetutor.sim.net.Net.bridgeIp;
import static io.kubetutor.sim.net.Net.hop;
import static io.kubetutor.sim.net.Net.kinds;
import static io.kubetutor.sim.net.Net.names;
import static io.kubetutor.sim.net.Net.nodeIp;
import static io.kubetutor.sim.net.Net.podIp;
import static io.kubetutor.sim.net.Net.show;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.sim.Cluster;
import io.kubetutor.sim.ObjectKey;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The corners of kube-proxy's endpoint choice: internalTrafficPolicy Local (only the sender's node,
 * none there → dropped), serving-terminating endpoints as the fallback when none is ready, hairpin
 * (a pod reaching itself through its Service is masqueraded), and pod traffic to a NodePort under
 * externalTrafficPolicy Local, which skips the policy on any node.
 */
class TrafficPolicyTest {
    static final String ONLY = Net.nginxPod("only", "node2", "only") + Net.clientPod("client", "node1")
            + Net.clientPod("client2", "node2") + """
            apiVersion: v1
            kind: Service
            metadata: {name: only}
            spec:
              clusterIP: 10.96.100.7
              selector: {app: only}
              ports: [{name: http, port: 80, targetPort: http}]
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: only-itp}
            spec:
              clusterIP: 10.96.100.8
              internalTrafficPolicy: Local
              selector: {app: only}
              ports: [{name: http, port: 80, targetPort: http}]
            """;

    @Test
    void internalTrafficPolicyLocalDropsWhenTheSendersNodeHasNoEndpoint() {
        Cluster c = Net.cluster(ONLY);
        Trace t = c.dataPlane().send("client", "http://10.96.100.8", RequestKind.CURL);

        assertEquals(Outcome.DROPPED, t.outcome(), show(t));
        assertNull(t.pod());
        assertNull(t.sourceIpSeenByPod());
        assertEquals(List.of("client:route", "node1:drop"), names(t), show(t));
        Hop drop = hop(t, Action.DROP);
        assertEquals(Place.Kind.KUBE_PROXY, drop.at().kind());
        assertTrue(drop.reason().contains("no local endpoint on node1 under internalTrafficPolicy Local: dropped "
                + "(\"default/only-itp:http has no local endpoints\")"), drop.reason());
    }

    @Test
    void internalTrafficPolicyLocalServesFromTheSendersNode() {
        Cluster c = Net.cluster(ONLY + "---\n" + Net.nginxPod("far", "node3", "only"));
        Burst b = c.dataPlane().burst("client2", "http://10.96.100.8", RequestKind.CURL, 200, false, 1);

        assertEquals(Map.of("default/only", 200), b.perPod(), "never the pod on node3");
        Trace t = b.traced().get(0);
        assertEquals(podIp(c, "client2"), t.sourceIpSeenByPod());
        assertEquals(List.of("client2:route", "node2:dnat", "only:deliver", "only:reply", "node2:un-dnat",
                "client2:deliver"), names(t), show(t));
        assertTrue(hop(t, Action.DNAT).reason().contains("internalTrafficPolicy Local: only endpoints on node2"),
                show(t));
        // Without the policy the pod on node3 serves too.
        Burst all = c.dataPlane().burst("client2", "http://10.96.100.7", RequestKind.CURL, 200, false, 0);
        assertEquals(List.of("default/far", "default/only"), all.perPod().keySet().stream().sorted().toList());
    }

    @Test
    void aTerminatingPodStillServesWhileNoOtherEndpointIsReady() {
        Cluster c = Net.cluster(ONLY);
        c.delete(new ObjectKey("", "Pod", "default", "only"), "kubectl delete pod");

        Trace during = c.dataPlane().send("client", "http://10.96.100.7", RequestKind.CURL);
        assertEquals(Outcome.DELIVERED, during.outcome(), show(during));
        assertEquals("only", during.pod());
        assertEquals(podIp(c, "client"), during.sourceIpSeenByPod());
        assertEquals(List.of("pod:route", "kube_proxy:dnat", "node:forward", "pod:deliver", "pod:reply",
                "node:forward", "kube_proxy:un-dnat", "pod:deliver"), kinds(during), show(during));
        assertTrue(during.verdict().terminatingFallback());
        assertTrue(hop(during, Action.DNAT).reason().contains("no ready endpoint: kube-proxy falls back to the 1 "
                + "serving, terminating endpoint"), show(during));

        // The simulated app exits one second after SIGTERM; then the pod and its endpoint are gone.
        c.advanceBy(1_000);
        Trace gone = c.dataPlane().send("client", "http://10.96.100.7", RequestKind.CURL);
        assertEquals(Outcome.REFUSED, gone.outcome(), show(gone));
        assertNull(gone.pod());
        assertEquals(List.of("pod:route", "kube_proxy:reject", "pod:deliver"), kinds(gone), show(gone));
    }

    @Test
    void aTerminatingPodIsNotUsedWhileAnotherIsReady() {
        Cluster c = Net.cluster(ONLY + "---\n" + Net.nginxPod("other", "node3", "only"));
        c.delete(new ObjectKey("", "Pod", "default", "only"), "kubectl delete pod");
        Burst b = c.dataPlane().burst("client", "http://10.96.100.7", RequestKind.CURL, 100, false, 1);

        assertEquals(Map.of("default/other", 100), b.perPod());
        assertTrue(hop(b.traced().get(0), Action.DNAT).reason().contains("picked its only endpoint"));
    }

    @Test
    void aPodReachingItselfThroughItsServiceIsMasqueradedBehindTheBridge() {
        Cluster c = Net.cluster(ONLY);
        Trace t = c.dataPlane().send("only", "http://10.96.100.7", RequestKind.CURL);

        assertEquals(Outcome.DELIVERED, t.outcome(), show(t));
        assertEquals("only", t.pod());
        assertEquals(bridgeIp(c, "node2"), t.sourceIpSeenByPod(), "not its own address");
        assertEquals(List.of("only:route", "node2:dnat", "node2:snat", "only:deliver", "only:reply",
                "node2:un-dnat", "only:deliver"), names(t), show(t));
        Hop snat = hop(t, Action.SNAT);
        assertEquals(Place.Kind.KUBE_PROXY, snat.at().kind());
        assertTrue(snat.reason().startsWith("hairpin: the pod reached itself through its Service"), snat.reason());
        assertEquals(new HostPort(podIp(c, "only"), 80), snat.dst());
    }

    @Test
    void podTrafficToANodePortUnderLocalIsServedEvenViaANodeWithoutALocalPod() {
        Cluster c = Net.cluster(Net.nginxPod("web-a", "node2", "web") + Net.clientPod("client", "node1") + """
                apiVersion: v1
                kind: Service
                metadata: {name: web-local}
                spec:
                  type: NodePort
                  externalTrafficPolicy: Local
                  selector: {app: web}
                  ports: [{name: http, port: 80, targetPort: http, nodePort: 30081}]
                """);
        Trace t = c.dataPlane().send("client", "http://" + nodeIp(c, "node3") + ":30081", RequestKind.CURL);

        assertEquals(Outcome.DELIVERED, t.outcome(), show(t));
        assertEquals("web-a", t.pod());
        assertEquals(podIp(c, "client"), t.sourceIpSeenByPod(), "the pod's address is kept");
        assertEquals(List.of("client:route", "node1:forward", "node3:dnat", "node3:forward", "web-a:deliver",
                "web-a:reply", "node2:forward", "node3:un-dnat", "node3:forward", "client:deliver"), names(t), show(t));
        assertTrue(hop(t, Action.DNAT).reason().contains("pod traffic for default/web-local:http external "
                + "destinations: a pod's packet skips externalTrafficPolicy Local"), show(t));
        // The laptop, by contrast, is dropped at node3.
        Trace laptop = c.dataPlane().send("laptop", "http://" + nodeIp(c, "node3") + ":30081", RequestKind.CURL);
        assertEquals(Outcome.DROPPED, laptop.outcome(), show(laptop));
    }
}
