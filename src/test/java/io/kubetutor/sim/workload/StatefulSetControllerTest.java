package io.kubetutor.sim.workload;

import static io.kubetutor.sim.workload.Fixtures.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.ObjectMeta;
import io.kubetutor.model.Pod;
import io.kubetutor.model.StatefulSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatefulSetControllerTest {
    private static final StatefulSet WEB = Fixtures.statefulSet("web", 3, "nginx", "OrderedReady");

    /** A pod of the set as created by an earlier plan and then run by the kubelet. */
    private static Pod member(StatefulSet set, int ordinal, String phase, boolean ready) {
        Pod created = StatefulSetController.newPod(set, ordinal, StatefulSetController.updateRevision(set));
        return Fixtures.running(created, created.name(), ready, ordinal * 1000L)
                .withStatus(Fixtures.pod("x", "n", phase, ready, 0).status());
    }

    @Test
    void orderedReadyStartsWithTheFirstOrdinalAlone() {
        StatefulSetPlan plan = StatefulSetController.plan(WEB, List.of());
        assertEquals(List.of("web-0"), names(plan.toCreate()));
        assertEquals(List.of(new WorkloadEvent("SuccessfulCreate", "create Pod web-0 in StatefulSet web successful")),
                plan.events());
    }

    @Test
    void aStatefulPodHasAStableIdentity() {
        Pod pod = StatefulSetController.plan(WEB, List.of()).toCreate().get(0);
        assertEquals("web-0", pod.name());
        assertEquals("web-", pod.metadata().generateName());
        assertEquals("web-0", pod.spec().hostname());
        assertEquals("nginx", pod.spec().subdomain());
        assertEquals(Map.of("app", "web", "statefulset.kubernetes.io/pod-name", "web-0",
                "apps.kubernetes.io/pod-index", "0",
                "controller-revision-hash", StatefulSetController.updateRevision(WEB)), pod.metadata().labels());
        assertEquals(new ObjectMeta.OwnerReference("apps/v1", "StatefulSet", "web", "uid-web", true),
                pod.metadata().controller());
    }

    @Test
    void webOneIsCreatedOnlyAfterWebZeroIsRunningAndReady() {
        assertTrue(StatefulSetController.plan(WEB, List.of(member(WEB, 0, "Pending", false))).changesNothing());
        assertTrue(StatefulSetController.plan(WEB, List.of(member(WEB, 0, "Running", false))).changesNothing());
        StatefulSetPlan plan = StatefulSetController.plan(WEB, List.of(member(WEB, 0, "Running", true)));
        assertEquals(List.of("web-1"), names(plan.toCreate()));
    }

    @Test
    void parallelCreatesEveryMissingPodAtOnce() {
        StatefulSet set = Fixtures.statefulSet("web", 3, "nginx", "Parallel");
        StatefulSetPlan plan = StatefulSetController.plan(set, List.of(member(set, 1, "Pending", false)));
        assertEquals(List.of("web-0", "web-2"), names(plan.toCreate()));
    }

    @Test
    void scalingDownRemovesTheHighestOrdinalFirstAndWaitsForItToGo() {
        StatefulSet one = Fixtures.statefulSet("web", 1, "nginx", "OrderedReady");
        List<Pod> pods = new ArrayList<>(List.of(member(one, 0, "Running", true), member(one, 1, "Running", true),
                member(one, 2, "Running", true)));
        assertEquals(List.of("web-2"), names(StatefulSetController.plan(one, pods).toDelete()));
        pods.set(2, Fixtures.terminating(pods.get(2), 5));
        assertTrue(StatefulSetController.plan(one, pods).changesNothing());
        pods.remove(2);
        StatefulSetPlan next = StatefulSetController.plan(one, pods);
        assertEquals(List.of("web-1"), names(next.toDelete()));
        assertEquals(List.of(new WorkloadEvent("SuccessfulDelete", "delete Pod web-1 in StatefulSet web successful")),
                next.events());
    }

    @Test
    void parallelScaleDownRemovesEverySurplusPodAtOnce() {
        StatefulSet one = Fixtures.statefulSet("web", 1, "nginx", "Parallel");
        List<Pod> pods = List.of(member(one, 0, "Running", true), member(one, 1, "Running", true),
                member(one, 2, "Pending", false));
        assertEquals(List.of("web-2", "web-1"), names(StatefulSetController.plan(one, pods).toDelete()));
    }

    @Test
    void aDeletedPodComesBackWithTheSameName() {
        List<Pod> pods = List.of(member(WEB, 0, "Running", true), member(WEB, 2, "Running", true));
        assertEquals(List.of("web-1"), names(StatefulSetController.plan(WEB, pods).toCreate()));
    }

    @Test
    void aFailedPodIsDeletedSoItCanBeMadeAgain() {
        List<Pod> pods = List.of(member(WEB, 0, "Failed", false));
        StatefulSetPlan plan = StatefulSetController.plan(WEB, pods);
        assertEquals(List.of("web-0"), names(plan.toDelete()));
        assertTrue(plan.toCreate().isEmpty());
    }

    @Test
    void aChangedTemplateReplacesPodsFromTheHighestOrdinalDown() {
        StatefulSet v1 = WEB;
        StatefulSet v2 = Fixtures.statefulSet("web", 3, "nginx:2", "OrderedReady");
        List<Pod> pods = new ArrayList<>(List.of(member(v1, 0, "Running", true), member(v1, 1, "Running", true),
                member(v1, 2, "Running", true)));
        assertEquals(List.of("web-2"), names(StatefulSetController.plan(v2, pods).toDelete()));
        pods.remove(2);
        Pod replacement = StatefulSetController.plan(v2, pods).toCreate().get(0);
        assertEquals("web-2", replacement.name());
        assertEquals("nginx:2", replacement.spec().containers().get(0).image());
        pods.add(member(v2, 2, "Running", true));
        assertEquals(List.of("web-1"), names(StatefulSetController.plan(v2, pods).toDelete()));
    }

    @Test
    void statusCountsExistingPodsReadyOnesAndThoseAtTheUpdateRevision() {
        StatefulSet v2 = Fixtures.statefulSet("web", 3, "nginx:2", "OrderedReady");
        List<Pod> pods = List.of(member(WEB, 0, "Running", true), member(v2, 1, "Running", false));
        assertEquals(new StatefulSetPlan.Status(2, 1, 1, 1), StatefulSetController.plan(v2, pods).status());
    }

    @Test
    void podsWhoseNamesAreNotOrdinalsOfTheSetAreIgnored() {
        assertEquals(-1, StatefulSetController.ordinalOf(WEB, "web"));
        assertEquals(-1, StatefulSetController.ordinalOf(WEB, "other-0"));
        assertEquals(12, StatefulSetController.ordinalOf(WEB, "web-12"));
    }
}
