package io.kubetutor.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.Pod;
import io.kubetutor.model.ReplicaSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WorkloadTest {
    static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              replicas: 3
              selector: {matchLabels: {app: web}}
              template:
                metadata: {labels: {app: web}}
                spec: {containers: [{name: web, image: nginx:1.27, ports: [{containerPort: 80}]}]}
            """;

    /** The learner's live pods (the default namespace; CoreDNS runs in kube-system). */
    static List<Pod> livePods(Cluster c) {
        return Clusters.inDefault(c, Pod.class).stream().filter(p -> !p.metadata().deleting()).toList();
    }

    @Test
    void aDeploymentMakesAReplicaSetWhosePodsCarryItsNameAndHash() {
        Cluster c = Clusters.with(DEPLOYMENT);
        List<ReplicaSet> sets = Clusters.inDefault(c, ReplicaSet.class);
        assertEquals(1, sets.size());
        String rs = sets.get(0).name();
        assertTrue(rs.matches("web-[bcdfghjklmnpqrstvwxz2456789]{6,10}"), rs);
        List<Pod> pods = livePods(c);
        assertEquals(3, pods.size());
        for (Pod p : pods) {
            assertTrue(p.name().matches(rs + "-[bcdfghjklmnpqrstvwxz2456789]{5}"), p.name());
            assertEquals(rs, p.metadata().controller().name());
        }
        assertEquals(Set.of("node1", "node2", "node3"),
                pods.stream().map(p -> p.spec().nodeName()).collect(Collectors.toSet()));
    }

    @Test
    void aDeletedPodIsReplacedAtOnceByOneWithANewNameAndLaterANewAddress() {
        Cluster c = Clusters.with(DEPLOYMENT);
        c.advanceBy(5_000);
        Pod victim = livePods(c).get(0);
        c.delete(ObjectKey.of(victim), "kubectl delete pod");
        List<Pod> live = livePods(c);
        assertEquals(3, live.size());
        Pod replacement = live.stream().filter(p -> p.status().podIP().isEmpty()).findFirst().orElseThrow();
        assertNotEquals(victim.name(), replacement.name());
        c.advanceBy(Kubelet.CONTAINER_START_MILLIS);
        Pod running = Clusters.pod(c, replacement.name());
        assertTrue(running.status().ready());
        assertNotEquals(victim.status().podIP(), running.status().podIP());
        assertTrue(c.get(Pod.class, "default", victim.name()).isEmpty());
    }

    @Test
    void scalingDownRemovesPodsAndScalingUpAddsThem() {
        Cluster c = Clusters.with(DEPLOYMENT);
        c.advanceBy(5_000);
        Clusters.apply(c, DEPLOYMENT.replace("replicas: 3", "replicas: 1"));
        assertEquals(1, livePods(c).size());
        Clusters.apply(c, DEPLOYMENT.replace("replicas: 3", "replicas: 5"));
        assertEquals(5, livePods(c).size());
        assertEquals(1, Clusters.inDefault(c, ReplicaSet.class).size(), "scaling does not roll out");
    }

    @Test
    void aRelabelledPodIsReleasedAndReplaced() {
        Cluster c = Clusters.with(DEPLOYMENT);
        c.advanceBy(5_000);
        Pod p = livePods(c).get(0);
        WriteOutcome w = c.update(p.withMetadata(p.metadata().withLabels(java.util.Map.of("app", "debug"))));
        assertEquals(null, w.error());
        Pod released = Clusters.pod(c, p.name());
        assertEquals(null, released.metadata().controller());
        assertEquals(4, livePods(c).size(), "the ReplicaSet made a replacement; the released pod still runs");
    }

    @Test
    void aNewTemplateRollsOutToANewReplicaSetAndTheOldOneEndsAtZero() {
        Cluster c = Clusters.with(DEPLOYMENT);
        c.advanceBy(5_000);
        Clusters.apply(c, DEPLOYMENT.replace("nginx:1.27", "nginx:1.28"));
        c.advanceBy(60_000);
        List<ReplicaSet> sets = Clusters.inDefault(c, ReplicaSet.class);
        assertEquals(2, sets.size());
        assertEquals(0, (int) sets.get(0).spec().replicas());
        assertEquals(3, (int) sets.get(1).spec().replicas());
        List<Pod> pods = livePods(c);
        assertEquals(3, pods.size());
        assertTrue(pods.stream().allMatch(p -> p.metadata().controller().name().equals(sets.get(1).name())));
    }

    @Test
    void deletingTheDeploymentTakesItsReplicaSetAndPods() {
        Cluster c = Clusters.with(DEPLOYMENT);
        c.advanceBy(5_000);
        c.delete(new ObjectKey("apps", "Deployment", "default", "web"), "kubectl delete");
        assertTrue(Clusters.inDefault(c, ReplicaSet.class).isEmpty());
        c.advanceBy(Kubelet.APP_EXIT_MILLIS);
        assertTrue(Clusters.inDefault(c, Pod.class).isEmpty());
    }

    @Test
    void aStatefulSetMakesOrderedPodsAndADeletedOneReturnsUnderItsNameWithANewAddress() {
        Cluster c = Clusters.with("""
                apiVersion: apps/v1
                kind: StatefulSet
                metadata: {name: db}
                spec:
                  serviceName: db
                  replicas: 2
                  selector: {matchLabels: {app: db}}
                  template:
                    metadata: {labels: {app: db}}
                    spec: {containers: [{name: db, image: redis}]}
                """);
        assertEquals(List.of("db-0"), livePods(c).stream().map(Pod::name).toList());
        c.advanceBy(Kubelet.CONTAINER_START_MILLIS);
        assertEquals(List.of("db-0", "db-1"), livePods(c).stream().map(Pod::name).toList());
        c.advanceBy(Kubelet.CONTAINER_START_MILLIS);
        Pod first = Clusters.pod(c, "db-0");
        assertEquals("db-0", first.spec().hostname());
        assertEquals("db", first.spec().subdomain());
        c.delete(ObjectKey.of(first), "kubectl delete pod");
        c.advanceBy(Kubelet.APP_EXIT_MILLIS + Kubelet.CONTAINER_START_MILLIS);
        Pod again = Clusters.pod(c, "db-0");
        assertNotEquals(first.metadata().uid(), again.metadata().uid());
        assertNotEquals(first.status().podIP(), again.status().podIP());
        assertFalse(again.status().podIP().isEmpty());
    }

    @Test
    void aReplicationControllerKeepsItsReplicasUnderItsOwnName() {
        Cluster c = Clusters.with("""
                apiVersion: v1
                kind: ReplicationController
                metadata: {name: legacy}
                spec:
                  replicas: 2
                  selector: {app: legacy}
                  template:
                    metadata: {labels: {app: legacy}}
                    spec: {containers: [{name: app, image: nginx}]}
                """);
        List<Pod> pods = livePods(c);
        assertEquals(2, pods.size());
        for (Pod p : pods) {
            assertTrue(p.name().matches("legacy-[bcdfghjklmnpqrstvwxz2456789]{5}"), p.name());
            assertEquals("ReplicationController", p.metadata().controller().kind());
        }
        c.advanceBy(5_000);
        c.delete(ObjectKey.of(pods.get(0)), "kubectl delete pod");
        assertEquals(2, livePods(c).size());
    }

    @Test
    void aRolloutWithoutSurgeNeverRunsMorePodsThanReplicas() {
        String noSurge = DEPLOYMENT.replace("  replicas: 3\n",
                "  replicas: 3\n  strategy: {rollingUpdate: {maxSurge: 0, maxUnavailable: 1}}\n");
        Cluster c = Clusters.with(noSurge);
        c.advanceBy(5_000);
        java.util.concurrent.atomic.AtomicInteger most = new java.util.concurrent.atomic.AtomicInteger();
        c.events().subscribe(e -> most.accumulateAndGet((int) livePods(c).stream()
                .filter(p -> !p.status().phase().isEmpty()).count(), Math::max));
        Clusters.apply(c, noSurge.replace("nginx:1.27", "nginx:1.28"));
        c.advanceBy(60_000);
        assertEquals(3, most.get(), "maxSurge 0: the old pod goes before its replacement comes");
        assertTrue(livePods(c).stream().allMatch(p -> p.spec().containers().get(0).image().equals("nginx:1.28")));
    }
}
