package io.kubetutor.sim.workload;

import static io.kubetutor.sim.workload.Fixtures.names;
import static io.kubetutor.sim.workload.Fixtures.pod;
import static io.kubetutor.sim.workload.Fixtures.readyPod;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.LabelSelector;
import io.kubetutor.model.ObjectMeta;
import io.kubetutor.model.Pod;
import io.kubetutor.model.ReplicaSet;
import io.kubetutor.model.ReplicationController;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReplicaSetControllerTest {
    @Test
    void missingPodsAreCreated() {
        ReplicaSetPlan plan = ReplicaSetController.plan(3, List.of(readyPod("a", "node1", 0)));
        assertEquals(2, plan.podsToCreate());
        assertTrue(plan.podsToDelete().isEmpty());
    }

    @Test
    void terminatingAndFinishedPodsAreNotCountedSoTheyAreReplaced() {
        List<Pod> pods = List.of(readyPod("a", "node1", 0), Fixtures.terminating(readyPod("b", "node1", 0), 5),
                pod("c", "node1", "Failed", false, 0));
        ReplicaSetPlan plan = ReplicaSetController.plan(3, pods);
        assertEquals(2, plan.podsToCreate());
        assertEquals(1, plan.activePods());
    }

    @Test
    void scaleDownDeletesUnassignedThenPendingThenNotReadyPodsBeforeReadyOnes() {
        List<Pod> pods = List.of(readyPod("ready", "node1", 0), pod("not-ready", "node2", "Running", false, 0),
                pod("pending", "node3", "Pending", false, 0), pod("unassigned", "", "Pending", false, 0));
        ReplicaSetPlan plan = ReplicaSetController.plan(1, pods);
        assertEquals(List.of("unassigned", "pending", "not-ready"), names(plan.podsToDelete()));
    }

    @Test
    void unknownPhaseGoesAfterPendingAndBeforeRunning() {
        List<Pod> pods = List.of(pod("running", "n1", "Running", false, 0), pod("unknown", "n2", "Unknown", false, 0),
                pod("pending", "n3", "Pending", false, 0));
        assertEquals(List.of("pending", "unknown"), names(ReplicaSetController.plan(1, pods).podsToDelete()));
    }

    @Test
    void podsDoubledUpOnANodeAreDeletedFirst() {
        List<Pod> pods = List.of(readyPod("alone", "node1", 0), readyPod("first", "node2", 0),
                readyPod("second", "node2", 0));
        List<Pod> deleted = ReplicaSetController.plan(2, pods).podsToDelete();
        assertEquals(1, deleted.size());
        assertEquals("node2", deleted.get(0).spec().nodeName());
    }

    @Test
    void aLowerDeletionCostGoesFirst() {
        List<Pod> pods = List.of(
                Fixtures.withAnnotation(readyPod("dear", "n1", 0), PodRanking.DELETION_COST_ANNOTATION, "100"),
                readyPod("plain", "n2", 0),
                Fixtures.withAnnotation(readyPod("cheap", "n3", 0), PodRanking.DELETION_COST_ANNOTATION, "-5"));
        assertEquals(List.of("cheap", "plain"), names(ReplicaSetController.plan(1, pods).podsToDelete()));
    }

    @Test
    void moreRestartsGoFirstThenNewerPods() {
        List<Pod> pods = List.of(readyPod("old", "n1", 1_000), readyPod("new", "n2", 50_000),
                Fixtures.withRestarts(readyPod("crashy", "n3", 1_000), 4));
        assertEquals(List.of("crashy", "new"), names(ReplicaSetController.plan(1, pods).podsToDelete()));
    }

    @Test
    void withAClockPodsOfSimilarAgeTieAndTheSmallerUidGoesFirst() {
        // 100 s and 101 s old share the power-of-two bucket of their age in nanoseconds; 10 s is younger.
        long now = 1_000_000;
        List<Pod> pods = List.of(readyPod("b", "n1", now - 100_000), readyPod("a", "n2", now - 101_000),
                readyPod("c", "n3", now - 10_000));
        PodClock clock = PodClock.at(now, p -> null);
        List<Pod> deleted = ReplicaSetController.plan(1, pods, pods, clock).podsToDelete();
        assertEquals(List.of("c", "a"), names(deleted));
    }

    @Test
    void withAClockThePodReadyMostRecentlyGoesFirst() {
        long now = 10_000_000;
        List<Pod> pods = List.of(readyPod("early", "n1", 0), readyPod("late", "n2", 0),
                readyPod("middle", "n3", 0));
        Map<String, Long> readySince = Map.of("early", 1_000L, "late", now - 2_000, "middle", now - 600_000);
        PodClock clock = PodClock.at(now, p -> readySince.get(p.name()));
        assertEquals(List.of("late", "middle"),
                names(ReplicaSetController.plan(1, pods, pods, clock).podsToDelete()));
    }

    @Test
    void scalingToZeroDeletesEveryActivePod() {
        List<Pod> pods = List.of(readyPod("a", "n1", 0), readyPod("b", "n2", 0));
        assertEquals(List.of("a", "b"), names(ReplicaSetController.plan(0, pods).podsToDelete()));
    }

    @Test
    void aReplicaSetsPodCarriesTheTemplateLabelsAndAControllerReference() {
        ObjectMeta meta = new ObjectMeta("web-7c5ddbdf54", "", "shop", Map.of(), Map.of(), "rs-uid", 0L,
                List.of(), null);
        ReplicaSet rs = new ReplicaSet(meta, new ReplicaSet.Spec(3, LabelSelector.of(Fixtures.APP_WEB),
                Fixtures.template("nginx"), 0), null);
        Pod pod = ReplicaSetController.newPod(rs);
        assertEquals("", pod.name());
        assertEquals("web-7c5ddbdf54-", pod.metadata().generateName());
        assertEquals("shop", pod.namespace());
        assertEquals(Fixtures.APP_WEB, pod.metadata().labels());
        assertEquals(List.of(new ObjectMeta.OwnerReference("apps/v1", "ReplicaSet", "web-7c5ddbdf54", "rs-uid", true)),
                pod.metadata().ownerReferences());
        assertEquals("nginx", pod.spec().containers().get(0).image());
        assertEquals("", pod.spec().nodeName());
    }

    @Test
    void aReplicationControllersPodIsOwnedByTheV1ReplicationController() {
        ObjectMeta meta = new ObjectMeta("legacy", "", "default", Map.of(), Map.of(), "rc-uid", 0L, List.of(), null);
        ReplicationController rc = new ReplicationController(meta,
                new ReplicationController.Spec(null, Fixtures.APP_WEB, Fixtures.template("nginx"), 0), null);
        Pod pod = ReplicaSetController.newPod(rc);
        assertEquals("legacy-", pod.metadata().generateName());
        assertEquals(new ObjectMeta.OwnerReference("v1", "ReplicationController", "legacy", "rc-uid", true),
                pod.metadata().controller());
        assertEquals(1, ReplicaSetController.desiredReplicas(rc));
    }

    @Test
    void statusCountsActivePodsReadyAndAvailableAfterMinReadySeconds() {
        long now = 100_000;
        List<Pod> pods = List.of(readyPod("a", "n1", 0), readyPod("b", "n1", 0),
                pod("c", "n1", "Running", false, 0), Fixtures.terminating(readyPod("d", "n1", 0), 1));
        Map<String, Long> readySince = Map.of("a", 10_000L, "b", 95_000L);
        ReplicaCounts counts = ReplicaCounts.of(pods, 10, PodClock.at(now, p -> readySince.get(p.name())));
        assertEquals(new ReplicaCounts(3, 2, 1, 4), counts);
        assertEquals(new ReplicaCounts(3, 2, 2, 4), ReplicaCounts.of(pods, 0, PodClock.UNKNOWN));
    }
}
