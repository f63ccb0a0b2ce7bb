package io.kubetutor.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.Container;
import io.kubetutor.model.Deployment;
import io.kubetutor.model.EndpointSlice;
import io.kubetutor.model.Endpoints;
import io.kubetutor.model.IntOrString;
import io.kubetutor.model.Pod;
import io.kubetutor.model.Probe;
import io.kubetutor.model.ReplicaSet;
import io.kubetutor.sim.workload.PodTemplateHash;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A fresh cluster runs CoreDNS as kubeadm v1.33 leaves it, and the engine treats it as any Deployment. */
class CoreDnsAtBootstrapTest {
    static List<Pod> coreDnsPods(Cluster c) {
        return c.snapshot().all(Pod.class).stream()
                .filter(p -> p.namespace().equals("kube-system") && !p.metadata().deleting()).toList();
    }

    static List<String> readyDns(Cluster c) {
        return c.get(Endpoints.class, "kube-system", "kube-dns").orElseThrow().subsets().stream()
                .flatMap(s -> s.addresses().stream()).map(Endpoints.Address::ip).toList();
    }

    @Test
    void kubeDnsHasTheTwoCoreDnsPodsAsReadyEndpointsAtStart() {
        Cluster c = Clusters.fresh();
        Endpoints ep = c.get(Endpoints.class, "kube-system", "kube-dns").orElseThrow();
        assertEquals(1, ep.subsets().size());
        Endpoints.Subset s = ep.subsets().get(0);
        assertEquals(List.of("10.244.0.2", "10.244.0.3"), s.addresses().stream().map(Endpoints.Address::ip).toList());
        assertEquals(List.of(), s.notReadyAddresses());
        assertTrue(s.addresses().stream().allMatch(a -> "node1".equals(a.nodeName())
                && a.targetRef().name().startsWith("coredns-")));
        assertEquals(List.of(new Endpoints.Port("dns", 53, "UDP", null), new Endpoints.Port("dns-tcp", 53, "TCP", null),
                new Endpoints.Port("metrics", 9153, "TCP", null)).stream().sorted(
                        java.util.Comparator.comparing(Endpoints.Port::name)).toList(),
                s.ports().stream().sorted(java.util.Comparator.comparing(Endpoints.Port::name)).toList());

        List<EndpointSlice> slices = c.snapshot().all(EndpointSlice.class).stream()
                .filter(e -> "kube-dns".equals(e.metadata().labels().get("kubernetes.io/service-name"))).toList();
        assertEquals(1, slices.size());
        assertEquals(List.of("10.244.0.2", "10.244.0.3"), slices.get(0).endpoints().stream()
                .flatMap(e -> e.addresses().stream()).sorted().toList());
        assertTrue(slices.get(0).endpoints().stream().allMatch(e -> Boolean.TRUE.equals(e.conditions().ready())));
    }

    @Test
    void theDeploymentIsTheOneKubeadmV133Writes() {
        Cluster c = Clusters.fresh();
        Deployment d = c.get(Deployment.class, "kube-system", "coredns").orElseThrow();
        assertEquals(Map.of("k8s-app", "kube-dns"), d.metadata().labels());
        assertEquals(2, d.spec().replicas());
        assertEquals(Map.of("k8s-app", "kube-dns"), d.spec().selector().matchLabels());
        assertEquals("RollingUpdate", d.spec().strategyType());
        assertEquals(new Deployment.RollingUpdate(IntOrString.of(1), IntOrString.of("25%")), d.spec().rollingUpdate(),
                "kubeadm sets maxUnavailable 1; the API server defaults maxSurge");
        assertEquals("Default", d.spec().template().spec().dnsPolicy());
        Container coredns = d.spec().template().spec().containers().get(0);
        assertEquals("coredns", coredns.name());
        assertEquals("registry.k8s.io/coredns/coredns:v1.12.0", coredns.image());
        assertEquals(List.of("-conf", "/etc/coredns/Corefile"), coredns.args());
        assertEquals(List.of(new Container.ContainerPort("dns", 53, "UDP", 0, ""),
                new Container.ContainerPort("dns-tcp", 53, "TCP", 0, ""),
                new Container.ContainerPort("metrics", 9153, "TCP", 0, "")), coredns.ports());
        assertEquals(new Probe(null, new Probe.HttpGet("/health", IntOrString.of(8080), "", "HTTP"), null, null,
                60, 5, 10, 1, 5), coredns.livenessProbe());
        assertEquals(new Probe(null, new Probe.HttpGet("/ready", IntOrString.of(8181), "", "HTTP"), null, null,
                0, 1, 10, 1, 3), coredns.readinessProbe());
    }

    @Test
    void itsReplicaSetIsNamedWithThePodTemplateHashAndItsPodsRunOnTheFirstNodesFirstAddresses() {
        Cluster c = Clusters.fresh();
        Deployment d = c.get(Deployment.class, "kube-system", "coredns").orElseThrow();
        List<ReplicaSet> sets = c.snapshot().all(ReplicaSet.class);
        assertEquals(1, sets.size());
        ReplicaSet rs = sets.get(0);
        String hash = PodTemplateHash.of(d.spec().template(), null);
        assertEquals("coredns-" + hash, rs.name());
        assertEquals(2, rs.spec().replicas());
        assertEquals(d.metadata().uid(), rs.metadata().controller().uid());
        assertEquals(Map.of("deployment.kubernetes.io/revision", "1", "deployment.kubernetes.io/desired-replicas", "2",
                "deployment.kubernetes.io/max-replicas", "3"), rs.metadata().annotations());
        List<Pod> pods = coreDnsPods(c);
        assertEquals(2, pods.size());
        assertEquals(List.of("10.244.0.2", "10.244.0.3"), pods.stream().map(p -> p.status().podIP()).sorted().toList());
        for (Pod p : pods) {
            assertTrue(p.name().matches("coredns-" + hash + "-[bcdfghjklmnpqrstvwxz2456789]{5}"), p.name());
            assertEquals(rs.metadata().uid(), p.metadata().controller().uid());
            assertEquals(Map.of("k8s-app", "kube-dns", "pod-template-hash", hash), p.metadata().labels());
            assertEquals("node1", p.spec().nodeName());
            assertEquals("192.168.1.2", p.status().hostIP());
            assertEquals("Running", p.status().phase());
            assertTrue(p.status().ready());
            assertEquals(0L, p.metadata().creationTimestamp());
        }
    }

    @Test
    void theControllersAndTheKubeletLeaveTheRunningCoreDnsAlone() {
        Cluster c = Clusters.fresh();
        List<Pod> before = coreDnsPods(c);
        assertTrue(c.events().all().stream().allMatch(e -> e.kind() == ClusterEvent.Kind.ENDPOINT_ADDED),
                () -> c.events().all().toString());
        c.advanceBy(10 * 60_000);
        List<Pod> after = coreDnsPods(c);
        assertEquals(before.stream().map(Pod::name).toList(), after.stream().map(Pod::name).toList());
        assertTrue(after.stream().allMatch(p -> p.status().ready()
                && p.status().containerStatuses().get(0).restartCount() == 0), "probes on 8080 and 8181 pass");
        assertEquals(1, c.snapshot().all(ReplicaSet.class).size());
        assertTrue(c.kubeEvents(new ObjectKey("apps", "Deployment", "kube-system", "coredns")).isEmpty(),
                "2 of 2 ready: the Deployment controller scales nothing");
        assertEquals(List.of(), before.stream().flatMap(p -> c.kubeEvents(ObjectKey.of(p)).stream()).toList());
    }

    @Test
    void aDeletedCoreDnsPodIsReplacedAndKubeDnsFollows() {
        Cluster c = Clusters.fresh();
        Pod victim = coreDnsPods(c).get(0);
        c.delete(ObjectKey.of(victim), "kubectl delete pod");
        List<Pod> live = coreDnsPods(c);
        assertEquals(2, live.size());
        Pod replacement = live.stream().filter(p -> !p.name().equals(victim.name()) && p.status().podIP().isEmpty())
                .findFirst().orElseThrow();
        assertEquals(victim.metadata().controller().uid(), replacement.metadata().controller().uid());
        assertNotEquals("node1", replacement.spec().nodeName(), "the scheduler spreads it from its sibling on node1");
        c.advanceBy(Kubelet.CONTAINER_START_MILLIS);
        Pod running = c.get(Pod.class, "kube-system", replacement.name()).orElseThrow();
        assertTrue(running.status().ready(), "its readiness probe on 8181 passes at once (no initial delay)");
        assertTrue(c.get(Pod.class, "kube-system", victim.name()).isEmpty());
        List<String> dns = readyDns(c);
        assertEquals(2, dns.size());
        assertFalse(dns.contains(victim.status().podIP()));
        assertTrue(dns.contains(running.status().podIP()));
    }

    @Test
    void aHungCoreDnsLeavesTheReadyEndpointsOfKubeDns() {
        Cluster c = Clusters.fresh();
        Pod p = coreDnsPods(c).get(0);
        c.setAppAnswers("kube-system", p.name(), false);
        c.advanceBy(30_000);
        assertFalse(readyDns(c).contains(p.status().podIP()), "three failed readiness probes on /ready");
        assertEquals(1, readyDns(c).size());
    }

    @Test
    void theCoreDnsPodNamesAreTheSameForEverySeed() {
        List<String> names = coreDnsPods(new Cluster(ClusterTopology.defaults(), 1)).stream().map(Pod::name).toList();
        for (long seed : new long[] {2, 42, 20_250_423L, -7}) {
            assertEquals(names, coreDnsPods(new Cluster(ClusterTopology.defaults(), seed)).stream()
                    .map(Pod::name).toList(), "seed " + seed);
        }
        ApiServer alone = new ApiServer(ClusterTopology.defaults(), new SplittableRandom(99));
        assertEquals(names, alone.snapshot().all(Pod.class).stream().map(Pod::name).toList());
    }

    @Test
    void theCoreDnsPodsDrawNothingFromTheSimulationsGenerator() {
        SplittableRandom used = new SplittableRandom(5);
        new Cluster(ClusterTopology.defaults(), used);
        SplittableRandom fresh = new SplittableRandom(5);
        // Only the kube-dns EndpointSlice's name suffix (5 draws) came from it, as before CoreDNS ran.
        for (int i = 0; i < 5; i++) {
            fresh.nextInt(27);
        }
        assertEquals(fresh.nextLong(), used.nextLong());
    }

    @Test
    void onAClusterWithAControlPlaneNodeCoreDnsRunsThere() {
        ClusterTopology d = ClusterTopology.defaults();
        ClusterTopology withControlPlane = new ClusterTopology(
                List.of(new ClusterTopology.Node("worker", "192.168.1.7", "10.244.0.0/24", false),
                        new ClusterTopology.Node("cp", "192.168.1.9", "10.244.1.0/24", true)),
                d.clients(), d.serviceCIDR(), d.nodePortRange(), d.cloudLoadBalancer(), d.proxyMode());
        Cluster c = new Cluster(withControlPlane, 1);
        List<Pod> pods = coreDnsPods(c);
        assertTrue(pods.stream().allMatch(p -> p.spec().nodeName().equals("cp") && p.status().ready()));
        assertEquals(List.of("10.244.1.2", "10.244.1.3"), pods.stream().map(p -> p.status().podIP()).sorted().toList());
        Clusters.apply(c, "apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec: {containers: [{name: c, image: nginx}]}\n");
        assertEquals("worker", Clusters.pod(c, "a").spec().nodeName());
    }

    @Test
    void thePodAddressesOfTheCoreDnsNodeAreTakenSoItsNextPodGetsDotFour() {
        Cluster c = Clusters.with("""
                apiVersion: v1
                kind: Pod
                metadata: {name: pinned}
                spec: {nodeName: node1, containers: [{name: c, image: nginx}]}
                """);
        c.advanceBy(Kubelet.CONTAINER_START_MILLIS);
        assertEquals("10.244.0.4", Clusters.pod(c, "pinned").status().podIP());
    }

    @Test
    void withoutNodesTheCoreDnsPodsWaitPendingForTheScheduler() {
        ClusterTopology d = ClusterTopology.defaults();
        Cluster c = new Cluster(new ClusterTopology(List.of(), d.clients(), d.serviceCIDR(), d.nodePortRange(),
                d.cloudLoadBalancer(), d.proxyMode()), 1);
        List<Pod> pods = coreDnsPods(c);
        assertEquals(2, pods.size());
        assertTrue(pods.stream().allMatch(p -> p.status().phase().equals("Pending") && p.spec().nodeName().isEmpty()));
        assertEquals(List.of(), readyDns(c));
        assertNull(c.get(Endpoints.class, "default", "kubernetes").orElse(null));
    }

    @Test
    void settlingAFreshClusterIsNotHeldByCoreDnssLivenessDelay() {
        Cluster c = Clusters.fresh();
        assertEquals(Settling.MIN_QUIET_MILLIS, c.settle(600_000), "running pods whose probes pass flip nothing");
    }
}
