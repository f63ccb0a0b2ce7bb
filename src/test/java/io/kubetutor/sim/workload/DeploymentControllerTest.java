package io.kubetutor.sim.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.Deployment;
import io.kubetutor.model.LabelSelector;
import io.kubetutor.model.ObjectMeta;
import io.kubetutor.model.Pod;
import io.kubetutor.model.ReplicaSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeploymentControllerTest {
    @Test
    void aThreeReplicaDeploymentGetsOneReplicaSetNamedByItsTemplateHash() {
        Deployment d = Fixtures.deployment("web", 3, "nginx:1.25");
        DeploymentPlan plan = DeploymentController.plan(d, List.of());
        ReplicaSet rs = plan.toCreate();
        String hash = PodTemplateHash.of(d.spec().template(), null);
        assertEquals("web-" + hash, rs.name());
        assertEquals("default", rs.namespace());
        assertEquals(3, rs.spec().replicas());
        assertEquals(Map.of("app", "web", "pod-template-hash", hash), rs.metadata().labels());
        assertEquals(Map.of("app", "web", "pod-template-hash", hash), rs.spec().template().metadata().labels());
        assertEquals(LabelSelector.of(Map.of("app", "web", "pod-template-hash", hash)), rs.spec().selector());
        assertEquals(new ObjectMeta.OwnerReference("apps/v1", "Deployment", "web", "uid-web", true),
                rs.metadata().controller());
        // 25% surge of 3 rounds up to 1.
        assertEquals(Map.of("deployment.kubernetes.io/revision", "1",
                "deployment.kubernetes.io/desired-replicas", "3",
                "deployment.kubernetes.io/max-replicas", "4"), rs.metadata().annotations());
        assertEquals("1", plan.revision());
        assertEquals(List.of(new WorkloadEvent("ScalingReplicaSet", "Scaled up replica set " + rs.name()
                + " from 0 to 3")), plan.events());
    }

    @Test
    void theReplicaSetMakesThreePodsNamedAfterIt() {
        MiniCluster cluster = new MiniCluster(Fixtures.deployment("web", 3, "nginx:1.25"), RollingUpdateParams.DEFAULT);
        cluster.syncDeploymentUntilStable();
        cluster.runReplicaSets(true);
        String rsName = cluster.replicaSets.keySet().iterator().next();
        List<Pod> pods = cluster.pods.get(rsName);
        assertEquals(3, pods.size());
        for (Pod p : pods) {
            assertTrue(p.name().matches(rsName + "-[bcdfghjklmnpqrstvwxz2456789]{5}"), p.name());
            assertEquals(rsName, p.metadata().controller().name());
        }
        DeploymentPlan settled = cluster.syncDeployment();
        assertTrue(settled.changesNothing());
        assertEquals(new DeploymentStatusFigures(3, 3, 3, 3, 0, true), settled.status());
    }

    @Test
    void theSameTemplateFindsItsReplicaSetAndAChangedImageMakesANewOne() {
        MiniCluster cluster = new MiniCluster(Fixtures.deployment("web", 3, "nginx:1.25"), RollingUpdateParams.DEFAULT);
        cluster.syncDeploymentUntilStable();
        String first = cluster.replicaSets.keySet().iterator().next();
        cluster.deployment = Fixtures.deployment("web", 3, "nginx:1.25");
        assertNull(cluster.syncDeployment().toCreate());
        cluster.deployment = Fixtures.deployment("web", 3, "nginx:1.26");
        ReplicaSet second = cluster.syncDeployment().toCreate();
        assertNotEquals(first, second.name());
        assertEquals("2", second.metadata().annotations().get("deployment.kubernetes.io/revision"));
    }

    @Test
    void changingReplicasOnlyResizesTheReplicaSet() {
        MiniCluster cluster = new MiniCluster(Fixtures.deployment("web", 3, "nginx:1.25"), RollingUpdateParams.DEFAULT);
        cluster.syncDeploymentUntilStable();
        cluster.runReplicaSets(true);
        String rsName = cluster.replicaSets.keySet().iterator().next();
        cluster.deployment = Fixtures.deployment("web", 5, "nginx:1.25");
        DeploymentPlan plan = cluster.syncDeployment();
        assertNull(plan.toCreate());
        assertEquals(Map.of(rsName, 5), plan.replicas());
        // 25% of 5 is 1.25: surge rounds up to 2.
        assertEquals("7", plan.toUpdate().get(0).metadata().annotations().get("deployment.kubernetes.io/max-replicas"));
        assertEquals(List.of(new WorkloadEvent("ScalingReplicaSet",
                "Scaled up replica set " + rsName + " from 3 to 5")), plan.events());
    }

    @Test
    void aRollingUpdateFromFourStepsWithSurgeOneAndUnavailableOneUntilTheOldSetIsEmpty() {
        MiniCluster cluster = new MiniCluster(Fixtures.deployment("web", 4, "nginx:1.25"), RollingUpdateParams.of(1, 1));
        cluster.syncDeploymentUntilStable();
        cluster.runReplicaSets(true);
        String oldRs = cluster.replicaSets.keySet().iterator().next();
        cluster.deployment = Fixtures.deployment("web", 4, "nginx:1.26");

        StringBuilder steps = new StringBuilder();
        String newRs = null;
        for (int round = 0; round < 10; round++) {
            // Sync to a fixed point, as the engine does, before the ReplicaSets act on the pods.
            for (DeploymentPlan plan = cluster.syncDeployment(); !plan.changesNothing(); plan = cluster.syncDeployment()) {
                if (plan.toCreate() != null) {
                    newRs = plan.toCreate().name();
                }
                steps.append(cluster.replicas(oldRs)).append('/').append(cluster.replicas(newRs)).append(' ');
                int total = cluster.replicas(oldRs) + cluster.replicas(newRs);
                assertTrue(total <= 5, "never more than replicas + maxSurge pods");
            }
            cluster.runReplicaSets(true);
            int available = cluster.pods.values().stream().mapToInt(List::size).sum();
            assertTrue(available >= 3, "never fewer than replicas - maxUnavailable pods");
        }
        assertEquals("3/1 3/2 1/2 1/4 0/4 ", steps.toString());
        assertEquals(0, cluster.pods.get(oldRs).size());
        assertEquals(4, cluster.pods.get(newRs).size());
    }

    @Test
    void theDefaultQuarterSurgeAndUnavailabilityRollFourReplicasTheSameWay() {
        assertEquals(1, RollingUpdateParams.DEFAULT.surge(4));
        assertEquals(1, RollingUpdateParams.DEFAULT.unavailable(4));
        // 25% of 10 is 2.5: surge rounds up, unavailability down.
        assertEquals(3, RollingUpdateParams.DEFAULT.surge(10));
        assertEquals(2, RollingUpdateParams.DEFAULT.unavailable(10));
        // Both resolving to 0 would block the rollout, so unavailability becomes 1.
        assertEquals(1, new RollingUpdateParams(io.kubetutor.model.IntOrString.of("0%"),
                io.kubetutor.model.IntOrString.of("10%")).unavailable(3));
    }

    @Test
    void newPodsThatNeverBecomeReadyHoldTheRolloutWithinMaxUnavailable() {
        MiniCluster cluster = new MiniCluster(Fixtures.deployment("web", 4, "nginx:1.25"), RollingUpdateParams.of(1, 1));
        cluster.syncDeploymentUntilStable();
        cluster.runReplicaSets(true);
        String oldRs = cluster.replicaSets.keySet().iterator().next();
        cluster.deployment = Fixtures.deployment("web", 4, "broken:latest");
        DeploymentPlan last = null;
        for (int round = 0; round < 5; round++) {
            List<DeploymentPlan> plans = cluster.syncDeploymentUntilStable();
            last = plans.get(plans.size() - 1);
            cluster.runReplicaSets(false);
        }
        String newRs = cluster.replicaSets.keySet().stream().filter(n -> !n.equals(oldRs)).findFirst().orElseThrow();
        assertEquals(3, cluster.replicas(oldRs));
        assertEquals(2, cluster.replicas(newRs));
        assertEquals(new DeploymentStatusFigures(5, 2, 3, 3, 2, true), cluster.syncDeployment().status());
        assertTrue(last.changesNothing());
    }

    @Test
    void recreateScalesTheOldSetToZeroAndWaitsForItsPodsBeforeCreatingTheNewOne() {
        MiniCluster cluster = new MiniCluster(Fixtures.deployment("web", 2, "nginx:1.25", "Recreate"), null);
        cluster.syncDeploymentUntilStable();
        cluster.runReplicaSets(true);
        String oldRs = cluster.replicaSets.keySet().iterator().next();
        assertEquals("1", cluster.replicaSets.get(oldRs).metadata().annotations()
                .get("deployment.kubernetes.io/revision"));
        // Recreate has no surge: max-replicas equals replicas.
        assertEquals("2", cluster.replicaSets.get(oldRs).metadata().annotations()
                .get("deployment.kubernetes.io/max-replicas"));

        cluster.deployment = Fixtures.deployment("web", 2, "nginx:1.26", "Recreate");
        DeploymentPlan scaleDown = cluster.syncDeployment();
        assertNull(scaleDown.toCreate());
        assertEquals(0, cluster.replicas(oldRs));
        // The old pods are terminating but still there: nothing new yet.
        List<Pod> old = cluster.pods.get(oldRs);
        old.replaceAll(p -> Fixtures.terminating(p, 1));
        assertTrue(cluster.syncDeployment().changesNothing());
        old.clear();
        ReplicaSet created = cluster.syncDeployment().toCreate();
        assertEquals(2, created.spec().replicas());
    }

    @Test
    void scalingMidRolloutSpreadsTheNewPodsInProportion() {
        // Upstream's "proportional scaling: 10 -> 20": old 6 and new 4, both sized for 10.
        Deployment d = Fixtures.deployment("foo", 20, "v2");
        List<ReplicaSetState> states = List.of(
                sizedFor(10, 10, replicaSet("foo-v1", "v1", 6, 1_000)),
                sizedFor(10, 10, replicaSet("foo-v2", "v2", 4, 2_000)));
        DeploymentPlan plan = DeploymentController.plan(d, new RollingUpdateParams(
                io.kubetutor.model.IntOrString.of(0), io.kubetutor.model.IntOrString.of(1)), states);
        assertEquals(Map.of("foo-v1", 12, "foo-v2", 8), plan.replicas());
    }

    @Test
    void scalingDownMidRolloutTakesFromEachSetInProportion() {
        Deployment d = Fixtures.deployment("foo", 5, "v2");
        List<ReplicaSetState> states = List.of(
                sizedFor(10, 10, replicaSet("foo-v1", "v1", 6, 1_000)),
                sizedFor(10, 10, replicaSet("foo-v2", "v2", 4, 2_000)));
        DeploymentPlan plan = DeploymentController.plan(d, new RollingUpdateParams(
                io.kubetutor.model.IntOrString.of(0), io.kubetutor.model.IntOrString.of(1)), states);
        assertEquals(Map.of("foo-v1", 3, "foo-v2", 2), plan.replicas());
    }

    private static ReplicaSet replicaSet(String name, String image, int replicas, long createdAt) {
        Deployment owner = Fixtures.deployment("foo", replicas, image);
        ObjectMeta meta = new ObjectMeta(name, "", "default", Fixtures.APP_WEB, Map.of(), "uid-" + name, createdAt,
                List.of(PodTemplates.controllerRef(owner)), null);
        return new ReplicaSet(meta, new ReplicaSet.Spec(replicas, LabelSelector.of(Fixtures.APP_WEB),
                Fixtures.template(image), 0), null);
    }

    private static ReplicaSetState sizedFor(int desired, int max, ReplicaSet rs) {
        ReplicaSet annotated = new ReplicaSet(rs.metadata().withAnnotations(Map.of(
                "deployment.kubernetes.io/desired-replicas", Integer.toString(desired),
                "deployment.kubernetes.io/max-replicas", Integer.toString(max))), rs.spec(), rs.origin());
        int n = rs.spec().replicas();
        return new ReplicaSetState(annotated, new ReplicaCounts(n, n, n, n));
    }
}
