package io.kubetutor.sim.net;

import static io.kubetutor.sim.net.Net.bridgeIp;
import static io.kubetutor.sim.net.Net.hop;
import static io.kubetutor.sim.net.Net.kinds;
import static io.kubetutor.sim.net.Net.nodeIp;
import static io.kubetutor.sim.net.Net.show;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.Service;
import io.kubetutor.sim.Cluster;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * LoadBalancer Services with the topology's cloud load balancer: the laptop sends to the external
 * IP, the load balancer keeps the client address and passes the packet to a healthy node's NodePort,
 * and kube-proxy there does the rest. Under externalTrafficPolicy Local the load balancer's health
 * checks (healthCheckNodePort, 503 without a local endpoint) keep nodes without a local pod out.
 * Without a cloud load balancer EXTERNAL-IP stays {@code <pending>}. externalIPs route too.
 */
class LoadBalancerTest {
    static final String WEB = Net.nginxPod("web-a", "node2", "web") + """
            apiVersion: v1
            kind: Service
            metadata: {name: web}
            spec:
              type: LoadBalancer
              selector: {app: web}
              ports: [{name: http, port: 80, targetPort: http}]
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: web-local}
            spec:
              type: LoadBalancer
              externalTrafficPolicy: Local
              selector: {app: web}
              ports: [{name: http, port: 80, targetPort: http}]
            """;

    static String externalIp(Cluster c, String service) {
        Service s = c.get(Service.class, "default", service).orElseThrow();
        return s.status().loadBalancerIngress().get(0).ip();
    }

    static int nodePort(Cluster c, String service) {
        return c.get(Service.class, "default", service).orElseThrow().spec().ports().get(0).nodePort();
    }

    @Test
    void theLaptopReachesThePodThroughTheLoadBalancerAndANodesNodePort() {
        Cluster c = Net.cluster(Net.cloudLoadBalancer(), WEB);
        String vip = externalIp(c, "web");
        int nodePort = nodePort(c, "web");
        Burst b = c.dataPlane().burst("laptop", "http://" + vip, RequestKind.CURL, 30, false, 30);

        assertEquals(List.of("node1", "node2", "node3"), b.perEntryNode().keySet().stream().sorted().toList(),
                "any node will do under Cluster");
        for (Trace t : b.traced()) {
            assertEquals(Outcome.DELIVERED, t.outcome(), show(t));
            assertEquals("web-a", t.pod());
            String entry = t.entryNode();
            Hop lb = hop(t, Action.DNAT);
            assertEquals(Place.Kind.LOAD_BALANCER, lb.at().kind());
            assertEquals(new HostPort(nodeIp(c, entry), nodePort), lb.dst());
            assertEquals("192.168.1.10", lb.src().ip(), "the load balancer keeps the client address");
            assertTrue(lb.reason().contains("of 3 healthy nodes"), lb.reason());
            if (entry.equals("node2")) {
                assertEquals(bridgeIp(c, "node2"), t.sourceIpSeenByPod());
                assertEquals(List.of("client:route", "load_balancer:dnat", "kube_proxy:dnat", "kube_proxy:snat",
                        "pod:deliver", "pod:reply", "kube_proxy:un-dnat", "load_balancer:un-dnat", "client:deliver"),
                        kinds(t), show(t));
            } else {
                assertEquals(nodeIp(c, entry), t.sourceIpSeenByPod());
                assertEquals(List.of("client:route", "load_balancer:dnat", "kube_proxy:dnat", "kube_proxy:snat",
                        "node:forward", "pod:deliver", "pod:reply", "node:forward", "kube_proxy:un-dnat",
                        "load_balancer:un-dnat", "client:deliver"), kinds(t), show(t));
            }
            // The reply comes from the external address the laptop sent to.
            assertEquals(new HostPort(vip, 80), t.hops().get(t.hops().size() - 1).src());
        }
    }

    @Test
    void underLocalTheHealthCheckKeepsNodesWithoutALocalPodOut() {
        Cluster c = Net.cluster(Net.cloudLoadBalancer(), WEB);
        Burst b = c.dataPlane().burst("laptop", "http://" + externalIp(c, "web-local"), RequestKind.CURL, 500,
                true, 1);

        assertEquals(Map.of("node2", 500), b.perEntryNode(), "node1 and node3 fail the health check");
        assertEquals(Map.of(Outcome.DELIVERED, 500), b.perOutcome());
        assertEquals(500, b.perSourceSeen().size(), "every client's own address reaches the pod");
        Trace t = b.traced().get(0);
        assertEquals("web-a", t.pod());
        assertEquals("198.18.0.1", t.sourceIpSeenByPod());
        assertEquals(List.of("client:route", "load_balancer:dnat", "kube_proxy:dnat", "pod:deliver", "pod:reply",
                "kube_proxy:un-dnat", "load_balancer:un-dnat", "client:deliver"), kinds(t), show(t));
        String health = hop(t, Action.DNAT).reason();
        int hc = c.get(Service.class, "default", "web-local").orElseThrow().spec().healthCheckNodePort();
        assertTrue(health.contains("picks node2 of 1 healthy node (health checks on healthCheckNodePort " + hc
                + ": node1 503 (0 local), node2 200 (1 local), node3 503 (0 local))"), health);
    }

    @Test
    void underLocalTheLaptopsOwnAddressReachesThePod() {
        Cluster c = Net.cluster(Net.cloudLoadBalancer(), WEB);
        Trace t = c.dataPlane().send("laptop", "loadbalancer:web-local", RequestKind.CURL);

        assertEquals(Outcome.DELIVERED, t.outcome(), show(t));
        assertEquals("web-a", t.pod());
        assertEquals("node2", t.entryNode());
        assertEquals("192.168.1.10", t.sourceIpSeenByPod());
        assertFalse(Net.has(t, Action.SNAT), show(t));
    }

    @Test
    void aPodSendingToTheExternalIpIsCapturedByItsOwnNodeAndMasqueraded() {
        Cluster c = Net.cluster(Net.cloudLoadBalancer(), WEB + "---\n" + Net.clientPod("client", "node1"));
        Trace t = c.dataPlane().send("client", "http://" + externalIp(c, "web"), RequestKind.CURL);

        assertEquals(Outcome.DELIVERED, t.outcome(), show(t));
        assertEquals("web-a", t.pod());
        assertEquals(nodeIp(c, "node1"), t.sourceIpSeenByPod(), "the EXT chain masquerades pod traffic too");
        assertEquals(List.of("pod:route", "kube_proxy:dnat", "kube_proxy:snat", "node:forward", "pod:deliver",
                "pod:reply", "node:forward", "kube_proxy:un-dnat", "pod:deliver"), kinds(t), show(t));
        assertTrue(hop(t, Action.DNAT).reason().contains("load balancer IP " + externalIp(c, "web") + ":80"), show(t));
        assertTrue(hop(t, Action.SNAT).reason().contains("masquerades all traffic to the Service's external "
                + "addresses"), show(t));
    }

    @Test
    void controlPlaneNodesAreLeftOutOfTheLoadBalancer() {
        Cluster c = Net.cluster(Net.withControlPlane(), WEB);
        Burst b = c.dataPlane().burst("laptop", "loadbalancer:web", RequestKind.CURL, 600, true, 0);

        assertEquals(List.of("node1", "node2", "node3"), b.perEntryNode().keySet().stream().sorted().toList());
        assertEquals(Map.of(Outcome.DELIVERED, 600), b.perOutcome());
    }

    @Test
    void aWorkerLabelledToBeExcludedFromExternalLoadBalancersIsLeftOutToo() {
        ClusterTopology d = Net.cloudLoadBalancer();
        List<ClusterTopology.Node> nodes = new java.util.ArrayList<>(d.nodes());
        ClusterTopology.Node n3 = nodes.get(2);
        nodes.set(2, new ClusterTopology.Node(n3.name(), n3.ip(), n3.podCIDR(), false,
                Map.of("node.kubernetes.io/exclude-from-external-load-balancers", "")));
        Cluster c = Net.cluster(new ClusterTopology(nodes, d.clients(), d.serviceCIDR(), d.nodePortRange(),
                d.cloudLoadBalancer(), d.proxyMode(), d.ingressController()), WEB);
        Burst b = c.dataPlane().burst("laptop", "loadbalancer:web", RequestKind.CURL, 600, true, 0);

        assertEquals(List.of("node1", "node2"), b.perEntryNode().keySet().stream().sorted().toList());
        assertEquals(Map.of(Outcome.DELIVERED, 600), b.perOutcome());
    }

    @Test
    void withoutACloudLoadBalancerTheExternalIpIsPendingAndNothingCanBeSent() {
        Cluster c = Net.cluster(WEB);
        assertTrue(c.get(Service.class, "default", "web").orElseThrow().status().loadBalancerIngress().isEmpty());
        Trace t = c.dataPlane().send("laptop", "loadbalancer:web", RequestKind.CURL);

        assertEquals(Outcome.UNREACHABLE, t.outcome(), show(t));
        assertNull(t.pod());
        assertNull(t.sourceIpSeenByPod());
        assertNull(t.connectedTo());
        assertEquals(List.of("client:drop"), kinds(t));
        assertTrue(t.hops().get(0).reason().contains("EXTERNAL-IP is <pending>"), show(t));
    }

    @Test
    void theNodePortOfAPendingLoadBalancerStillWorks() {
        Cluster c = Net.cluster(WEB);
        Trace t = c.dataPlane().send("laptop", "http://" + nodeIp(c, "node2") + ":" + nodePort(c, "web"),
                RequestKind.CURL);

        assertEquals(Outcome.DELIVERED, t.outcome(), show(t));
        assertEquals("web-a", t.pod());
        assertEquals(bridgeIp(c, "node2"), t.sourceIpSeenByPod());
    }

    @Test
    void aPortTheLoadBalancerHasNoListenerForIsDroppedThere() {
        Cluster c = Net.cluster(Net.cloudLoadBalancer(), WEB);
        Trace t = c.dataPlane().send("laptop", externalIp(c, "web") + ":8080", RequestKind.CURL);

        assertEquals(Outcome.DROPPED, t.outcome(), show(t));
        assertNull(t.pod());
        assertEquals(List.of("client:route", "load_balancer:drop"), kinds(t), show(t));
        assertTrue(hop(t, Action.DROP).reason().contains("no listener on port 8080"), show(t));
    }

    @Test
    void anExternalIpRoutesToTheService() {
        Cluster c = Net.cluster(Net.nginxPod("web-a", "node2", "web") + """
                apiVersion: v1
                kind: Service
                metadata: {name: web-ext}
                spec:
                  selector: {app: web}
                  externalIPs: [192.168.1.50]
                  ports: [{name: http, port: 8080, targetPort: http}]
                """);
        Trace t = c.dataPlane().send("laptop", "http://192.168.1.50:8080", RequestKind.CURL);

        assertEquals(Outcome.DELIVERED, t.outcome(), show(t));
        assertEquals("web-a", t.pod());
        assertEquals("node1", t.entryNode(), "the LAN hands externalIPs to the first worker");
        assertEquals(nodeIp(c, "node1"), t.sourceIpSeenByPod());
        assertEquals(List.of("client:route", "kube_proxy:dnat", "kube_proxy:snat", "node:forward", "pod:deliver",
                "pod:reply", "node:forward", "kube_proxy:un-dnat", "client:deliver"), kinds(t), show(t));
        assertTrue(hop(t, Action.DNAT).reason().contains("externalIP 192.168.1.50:8080 → Service default/web-ext:http"),
                show(t));
        assertEquals(new HostPort("192.168.1.50", 8080), t.hops().get(t.hops().size() - 1).src());
    }
}
