package io.kubetutor.sim.net.proxy;

import static io.kubetutor.sim.net.proxy.Scenarios.ip;
import static io.kubetutor.sim.net.proxy.Scenarios.nodeIp;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubetutor.model.ClusterTopology.ProxyMode;
import io.kubetutor.model.Service;
import io.kubetutor.sim.Cluster;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class VerdictReasonTest {
    private static final int LAPTOP = ip("192.168.1.10");

    private static Cluster localLoadBalancer() {
        return Scenarios.cluster(Scenarios.withLoadBalancer(ProxyMode.IPTABLES),
                Scenarios.api("type: LoadBalancer\nexternalTrafficPolicy: Local"));
    }

    private static int nodePort(Cluster c, String svc) {
        return c.get(Service.class, "default", svc).orElseThrow().spec().ports().get(0).nodePort();
    }

    @Test
    void aRandomPickNamesTheRuleItsProbabilityAndTheSnat() {
        Cluster c = Scenarios.cluster(Scenarios.WEB);
        ProxyRules rules = Scenarios.rules(c);
        KubeProxy kp = new KubeProxy(ProxyMode.IPTABLES, new SplittableRandom(9));
        Verdict v;
        do {
            v = kp.route("node2", Origin.EXTERNAL, LAPTOP, nodeIp(c, "node2"), 30080, "TCP", c.now(), rules);
        } while (v.position() != 1);
        assertEquals("kube-proxy on node2: NodePort 30080 → Service default/web:http; picked endpoint 2 of 3, "
                + "probability 0.5000000000 (" + v.endpoint().address() + ")\n"
                + "masquerade: externalTrafficPolicy Cluster SNATs the packet to node2's address, so the pod does not "
                + "see the client address 192.168.1.10", v.reason());
        do {
            v = kp.route("node2", Origin.EXTERNAL, LAPTOP, nodeIp(c, "node2"), 30080, "TCP", c.now(), rules);
        } while (v.position() != 2);
        assertEquals("kube-proxy on node2: NodePort 30080 → Service default/web:http; picked endpoint 3 of 3, the last "
                + "rule, which always matches (" + v.endpoint().address() + ")", v.reason().lines().findFirst().get());
    }

    @Test
    void aDropUnderExternalTrafficPolicyLocalQuotesKubeProxysComment() {
        Cluster c = localLoadBalancer();
        int port = nodePort(c, "api");
        Verdict v = new KubeProxy(ProxyMode.IPTABLES, new SplittableRandom(1)).route("node2", Origin.EXTERNAL, LAPTOP,
                nodeIp(c, "node2"), port, "TCP", c.now(), Scenarios.rules(c));
        assertEquals("kube-proxy on node2: NodePort " + port + " → Service default/api:http\n"
                + "no local endpoint on node2 under externalTrafficPolicy Local: dropped (\"default/api:http has no "
                + "local endpoints\"); the client waits until it times out", v.reason());
    }

    @Test
    void aLocalPickSaysTheClientAddressIsKept() {
        Cluster c = localLoadBalancer();
        Verdict v = new KubeProxy(ProxyMode.IPTABLES, new SplittableRandom(1)).route("node3", Origin.EXTERNAL, LAPTOP,
                nodeIp(c, "node3"), nodePort(c, "api"), "TCP", c.now(), Scenarios.rules(c));
        assertEquals("kube-proxy on node3: NodePort " + nodePort(c, "api") + " → Service default/api:http; picked its "
                + "only endpoint (10.244.2.2:8080)\n"
                + "externalTrafficPolicy Local: only endpoints on node3 are eligible; no SNAT, so the pod sees the "
                + "client address 192.168.1.10", v.reason());
    }

    @Test
    void podTrafficToAnExternalDestinationSaysItShortCircuits() {
        Cluster c = localLoadBalancer();
        Verdict v = new KubeProxy(ProxyMode.IPTABLES, new SplittableRandom(1)).route("node2", Origin.POD,
                ip("10.244.1.9"), nodeIp(c, "node2"), nodePort(c, "api"), "TCP", c.now(), Scenarios.rules(c));
        assertEquals("pod traffic for default/api:http external destinations: a pod's packet skips "
                + "externalTrafficPolicy Local and may go to any endpoint", v.reason().lines().skip(1).findFirst().get());
    }

    @Test
    void aServiceWithoutEndpointsIsRefusedInPlainWords() {
        Cluster c = Scenarios.cluster("""
                apiVersion: v1
                kind: Service
                metadata: {name: web}
                spec: {selector: {app: nobody}, ports: [{name: http, port: 80, targetPort: 8080}]}
                """);
        Service web = c.get(Service.class, "default", "web").orElseThrow();
        Verdict v = new KubeProxy(ProxyMode.IPTABLES, new SplittableRandom(1)).route("node1", Origin.POD,
                ip("10.244.0.9"), ip(web.spec().clusterIP()), 80, "TCP", c.now(), Scenarios.rules(c));
        assertEquals("kube-proxy on node1: ClusterIP " + web.spec().clusterIP() + ":80 → Service default/web:http\n"
                + "Service default/web:http has no endpoints: kube-proxy rejects (connection refused) — REJECT rule "
                + "\"default/web:http has no endpoints\"", v.reason());
    }
}
