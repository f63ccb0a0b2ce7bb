package io.kubetutor.sim.net;

import static io.kubetutor.sim.net.Net.afterDns;
import static io.kubetutor.sim.net.Net.kinds;
import static io.kubetutor.sim.net.Net.nodeIp;
import static io.kubetutor.sim.net.Net.pod;
import static io.kubetutor.sim.net.Net.podIp;
import static io.kubetutor.sim.net.Net.show;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.sim.Cluster;
import io.kubetutor.sim.net.dns.DnsRecord;
import io.kubetutor.sim.net.dns.RecordType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Services that kube-proxy does not stand in front of, or that lead out of the cluster: a headless
 * Service is DNS only (pod addresses, StatefulSet pods by name; the connection goes straight to the
 * pod, no DNAT), an ExternalName is a CNAME (no proxying at all), and a selector-less Service with
 * hand-written Endpoints is DNATed to an address outside, where the packet leaves the cluster.
 */
class HeadlessAndExternalTest {
    /** The documentation's StatefulSet: headless nginx, pods web-0 and web-1. */
    static final String STATEFUL = """
            apiVersion: v1
            kind: Service
            metadata: {name: nginx}
            spec:
              clusterIP: None
              selector: {app: nginx}
              ports: [{name: web, port: 80}]
            ---
            apiVersion: apps/v1
            kind: StatefulSet
            metadata: {name: web}
            spec:
              serviceName: nginx
              replicas: 2
              selector: {matchLabels: {app: nginx}}
              template:
                metadata: {labels: {app: nginx}}
                spec: {containers: [{name: nginx, image: nginx:1.27, ports: [{name: web, containerPort: 80}]}]}
            ---
            """ + Net.clientPod("client", "node1");

    /** A direct connection from the client on node1 to a pod: forwarded across when the pod is elsewhere. */
    static List<String> direct(Cluster c, String pod) {
        boolean here = pod(c, pod).spec().nodeName().equals("node1");
        return here ? List.of("pod:route", "pod:deliver", "pod:reply", "pod:deliver")
                : List.of("pod:route", "node:forward", "pod:deliver", "pod:reply", "node:forward", "pod:deliver");
    }

    @Test
    void aHeadlessServiceAnswersWithThePodAddresses() {
        Cluster c = Net.cluster(STATEFUL);
        Trace t = c.dataPlane().lookup("client", "nginx", RecordType.A);

        assertEquals(Outcome.DELIVERED, t.outcome(), show(t));
        List<String> expected = new ArrayList<>(List.of(podIp(c, "web-0"), podIp(c, "web-1")));
        expected.sort(null);
        assertEquals(expected, t.dns().addresses().stream().sorted().toList());
        assertEquals(List.of("nginx.default.svc.cluster.local."), Net.queries(t));
    }

    @Test
    void curlToAHeadlessServiceGoesStraightToAPodWithoutDnat() {
        Cluster c = Net.cluster(STATEFUL);
        Trace t = c.dataPlane().send("client", "http://nginx", RequestKind.CURL);

        assertEquals(Outcome.DELIVERED, t.outcome(), show(t));
        String first = t.dns().addresses().get(0);
        assertEquals(first, t.podAddress().ip());
        assertTrue(t.pod().startsWith("web-"), t.pod());
        assertEquals(podIp(c, "client"), t.sourceIpSeenByPod());
        assertEquals(new HostPort(first, 80), t.connectedTo(), "the client connects to the pod's own address");
        assertNull(t.verdict(), "no kube-proxy decision");
        assertEquals(direct(c, t.pod()), kinds(afterDns(t)), show(t));
    }

    @Test
    void statefulSetPodsHaveStableNamesUnderTheHeadlessService() {
        Cluster c = Net.cluster(STATEFUL);
        for (String pod : List.of("web-0", "web-1")) {
            Trace t = c.dataPlane().send("client", "http://" + pod + ".nginx.default.svc.cluster.local",
                    RequestKind.CURL);

            assertEquals(Outcome.DELIVERED, t.outcome(), show(t));
            assertEquals(pod, t.pod());
            assertEquals(podIp(c, "client"), t.sourceIpSeenByPod());
            assertEquals(List.of(podIp(c, pod)), t.dns().addresses());
            assertEquals(direct(c, pod), kinds(afterDns(t)), show(t));
        }
        Trace shortName = c.dataPlane().lookup("client", "web-1.nginx", RecordType.A);
        assertEquals(List.of(podIp(c, "web-1")), shortName.dns().addresses());
    }

    static final String EXTERNAL = """
            apiVersion: v1
            kind: Service
            metadata: {name: search}
            spec:
              type: ExternalName
              externalName: www.example.com
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: db}
            spec:
              clusterIP: 10.96.100.30
              ports: [{port: 5432}]
            ---
            apiVersion: v1
            kind: Endpoints
            metadata: {name: db}
            subsets:
            - addresses: [{ip: 192.0.2.10}]
              ports: [{port: 5432}]
            ---
            """ + Net.clientPod("client", "node1");

    @Test
    void anExternalNameServiceIsACnameInDns() {
        Cluster c = Net.cluster(EXTERNAL);
        Trace t = c.dataPlane().lookup("client", "search", RecordType.A);

        assertEquals(Outcome.DELIVERED, t.outcome(), show(t));
        List<DnsRecord> records = t.dns().answer().answers();
        assertEquals(RecordType.CNAME, records.get(0).type());
        assertEquals("search.default.svc.cluster.local.", records.get(0).name());
        assertEquals("www.example.com.", records.get(0).data());
        assertTrue(t.summary().startsWith("search.default.svc.cluster.local. 30 IN CNAME www.example.com."),
                t.summary());
    }

    @Test
    void curlToAnExternalNameGoesOutWithoutAnyProxying() {
        Cluster c = Net.cluster(EXTERNAL);
        Trace t = c.dataPlane().send("client", "http://search", RequestKind.CURL);

        assertEquals(Outcome.DELIVERED, t.outcome(), show(t));
        assertNull(t.pod());
        assertNull(t.sourceIpSeenByPod());
        assertNull(t.verdict());
        String outside = t.dns().addresses().get(0);
        assertEquals(new HostPort(outside, 80), t.connectedTo());
        assertEquals(List.of("pod:route", "node:snat", "node:route", "outside:deliver", "outside:reply",
                "kube_proxy:un-snat", "pod:deliver"), kinds(afterDns(t)), show(t));
        Hop snat = afterDns(t).get(1);
        assertEquals(nodeIp(c, "node1"), snat.src().ip(), "the CNI masquerades pod traffic leaving the cluster");
        assertEquals(outside, afterDns(t).get(3).at().name());
    }

    @Test
    void aSelectorlessServiceWithHandWrittenEndpointsLeadsOutOfTheCluster() {
        Cluster c = Net.cluster(EXTERNAL);
        Trace t = c.dataPlane().send("client", "10.96.100.30:5432", RequestKind.CURL);

        assertEquals(Outcome.DELIVERED, t.outcome(), show(t));
        assertNull(t.pod(), "no pod: the endpoint is outside");
        assertNull(t.sourceIpSeenByPod());
        assertEquals(List.of("pod:route", "kube_proxy:dnat", "node:snat", "node:route", "outside:deliver",
                "outside:reply", "kube_proxy:un-dnat", "pod:deliver"), kinds(t), show(t));
        Hop dnat = t.hops().get(1);
        assertEquals(new HostPort("192.0.2.10", 5432), dnat.dst());
        assertTrue(dnat.reason().contains("ClusterIP 10.96.100.30:5432 → Service default/db"), dnat.reason());
        Hop outside = t.hops().get(4);
        assertEquals(Place.Kind.OUTSIDE, outside.at().kind());
        assertEquals("192.0.2.10", outside.at().name());
        assertEquals(nodeIp(c, "node1"), outside.src().ip());
        assertEquals(new HostPort("10.96.100.30", 5432), t.hops().get(t.hops().size() - 1).src());
    }
}
