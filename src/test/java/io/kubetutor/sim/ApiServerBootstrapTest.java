package io.kubetutor.sim;

import static io.kubetutor.sim.Manifests.FILE;
import static io.kubetutor.sim.Manifests.all;
import static io.kubetutor.sim.Manifests.server;
import static io.kubetutor.sim.Manifests.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.EndpointSlice;
import io.kubetutor.model.Endpoints;
import io.kubetutor.model.IntOrString;
import io.kubetutor.model.Namespace;
import io.kubetutor.model.Service;
import io.kubetutor.model.ServicePort;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiServerBootstrapTest {

    @Test
    void aFreshClusterHasTheFourKubeadmNamespacesLabelledWithTheirNames() {
        ApiServer s = server();
        for (String ns : List.of("default", "kube-system", "kube-public", "kube-node-lease")) {
            Namespace n = s.get(Namespace.class, "", ns).orElseThrow();
            assertEquals(ns, n.metadata().labels().get("kubernetes.io/metadata.name"));
        }
    }

    @Test
    void theKubernetesServiceHoldsTheFirstAddressAndPointsAtTheApiserver() {
        ApiServer s = server();
        Service k = s.get(Service.class, "default", "kubernetes").orElseThrow();
        assertEquals("10.96.0.1", k.spec().clusterIP());
        assertEquals(List.of("10.96.0.1"), k.spec().clusterIPs());
        assertEquals("ClusterIP", k.spec().type());
        assertNull(k.spec().selector());
        assertEquals(List.of(new ServicePort("https", "TCP", null, 443, IntOrString.of(6443), 0)), k.spec().ports());
        assertEquals(Map.of("component", "apiserver", "provider", "kubernetes"), k.metadata().labels());
        assertTrue(s.clusterIpAllocated("10.96.0.1"));
        // Stored as the registry stores any Service: defaulted, IP families initialised.
        assertEquals("None", k.spec().sessionAffinity());
        assertEquals("Cluster", k.spec().internalTrafficPolicy());
        assertEquals("SingleStack", k.spec().ipFamilyPolicy());
        assertEquals(List.of("IPv4"), k.spec().ipFamilies());

        Endpoints ep = s.get(Endpoints.class, "default", "kubernetes").orElseThrow();
        assertEquals("192.168.1.2", ep.subsets().get(0).addresses().get(0).ip());
        assertEquals(new Endpoints.Port("https", 6443, "TCP", null), ep.subsets().get(0).ports().get(0));
        EndpointSlice slice = s.get(EndpointSlice.class, "default", "kubernetes").orElseThrow();
        assertEquals(List.of("192.168.1.2"), slice.endpoints().get(0).addresses());
        assertEquals("kubernetes", slice.metadata().labels().get("kubernetes.io/service-name"));
    }

    @Test
    void theApiserverEndpointIsTheControlPlaneNodeWhenThereIsOne() {
        ClusterTopology d = ClusterTopology.defaults();
        ClusterTopology withControlPlane = new ClusterTopology(
                List.of(new ClusterTopology.Node("worker", "192.168.1.7", "10.244.0.0/24", false),
                        new ClusterTopology.Node("cp", "192.168.1.9", "10.244.1.0/24", true)),
                d.clients(), d.serviceCIDR(), d.nodePortRange(), d.cloudLoadBalancer(), d.proxyMode());
        ApiServer s = server(withControlPlane, 1);
        Endpoints ep = s.get(Endpoints.class, "default", "kubernetes").orElseThrow();
        assertEquals("192.168.1.9", ep.subsets().get(0).addresses().get(0).ip());
    }

    @Test
    void kubeDnsSitsAtTheTenthAddressWithCoreDnsPorts() {
        ApiServer s = server();
        Service dns = s.get(Service.class, "kube-system", "kube-dns").orElseThrow();
        assertEquals("10.96.0.10", dns.spec().clusterIP());
        assertEquals(Map.of("k8s-app", "kube-dns"), dns.spec().selector());
        assertEquals("CoreDNS", dns.metadata().labels().get("kubernetes.io/name"));
        assertEquals("true", dns.metadata().labels().get("kubernetes.io/cluster-service"));
        assertEquals(List.of(
                new ServicePort("dns", "UDP", null, 53, IntOrString.of(53), 0),
                new ServicePort("dns-tcp", "TCP", null, 53, IntOrString.of(53), 0),
                new ServicePort("metrics", "TCP", null, 9153, IntOrString.of(9153), 0)), dns.spec().ports());
    }

    @Test
    void theServerAloneAlreadyHoldsCoreDnsWithItsReplicaSetAndTwoRunningPods() {
        ApiServer s = server();
        io.kubetutor.model.Deployment d = s.get(io.kubetutor.model.Deployment.class, "kube-system", "coredns")
                .orElseThrow();
        io.kubetutor.model.ReplicaSet rs = s.snapshot().all(io.kubetutor.model.ReplicaSet.class).get(0);
        assertEquals(d.metadata().uid(), rs.metadata().controller().uid());
        List<io.kubetutor.model.Pod> pods = s.snapshot().all(io.kubetutor.model.Pod.class);
        assertEquals(2, pods.size());
        for (io.kubetutor.model.Pod p : pods) {
            assertEquals(rs.metadata().uid(), p.metadata().controller().uid());
            assertEquals("Running", p.status().phase());
            assertTrue(p.status().ready());
            assertEquals("node1", p.spec().nodeName());
        }
        assertEquals(List.of("10.244.0.2", "10.244.0.3"), pods.stream().map(p -> p.status().podIP()).toList());
        // What the system made is never pruned: kubeadm created it without a last-applied configuration.
        ApplyResult r = s.apply(FILE, all(service("kube-system", "web", b -> { })), true);
        assertTrue(r.lines().stream().noneMatch(l -> l.endsWith(" pruned")), () -> String.join("\n", r.lines()));
        assertEquals(2, s.snapshot().all(io.kubetutor.model.Pod.class).size());
    }

    @Test
    void theSystemAddressesFollowAnotherServiceCidr() {
        ClusterTopology d = ClusterTopology.defaults();
        ApiServer s = server(new ClusterTopology(d.nodes(), d.clients(), "10.0.0.0/24", d.nodePortRange(),
                d.cloudLoadBalancer(), d.proxyMode()), 1);
        assertEquals("10.0.0.1", s.get(Service.class, "default", "kubernetes").orElseThrow().spec().clusterIP());
        assertEquals("10.0.0.10", s.get(Service.class, "kube-system", "kube-dns").orElseThrow().spec().clusterIP());
    }

    @Test
    void askingForKubeDnsAddressGivesTheAlreadyAllocatedError() {
        ApiServer s = server();
        ApplyResult r = s.apply(FILE, all(service("", "dns2", b -> b.clusterIP = "10.96.0.10")), false);
        assertEquals(List.of("The Service \"dns2\" is invalid: spec.clusterIPs: Invalid value: [\"10.96.0.10\"]: "
                + "failed to allocate IP 10.96.0.10: provided IP is already allocated"), r.lines());
    }

    @Test
    void aSnapshotDoesNotChangeWhenTheClusterDoes() {
        ApiServer s = server();
        ClusterSnapshot before = s.snapshot();
        s.apply(FILE, all(service("", "web", b -> { })), false);
        assertTrue(before.get(Service.class, "default", "web").isEmpty());
        assertTrue(s.snapshot().get(Service.class, "default", "web").isPresent());
        assertEquals(before.objects().size() + 1, s.objects().size());
        assertEquals(3, s.snapshot().all(Service.class).size());
    }
}
