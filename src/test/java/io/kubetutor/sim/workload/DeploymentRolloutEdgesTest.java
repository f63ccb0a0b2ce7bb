package io.kubetutor.sim.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.Deployment;
import io.kubetutor.model.ReplicaSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeploymentRolloutEdgesTest {
    private static MiniCluster rolledOut(Deployment d, RollingUpdateParams params) {
        MiniCluster cluster = new MiniCluster(d, params);
        for (int round = 0; round < 8; round++) {
            cluster.syncDeploymentUntilStable();
            cluster.runReplicaSets(true);
        }
        return cluster;
    }

    @Test
    void rollingBackToAnEarlierTemplateReusesItsReplicaSetUnderTheNextRevision() {
        MiniCluster cluster = rolledOut(Fixtures.deployment("web", 2, "nginx:1"), RollingUpdateParams.DEFAULT);
        String v1 = cluster.replicaSets.keySet().iterator().next();
        cluster.deployment = Fixtures.deployment("web", 2, "nginx:2");
        for (int round = 0; round < 8; round++) {
            cluster.syncDeploymentUntilStable();
            cluster.runReplicaSets(true);
        }
        assertEquals(0, cluster.replicas(v1));

        cluster.deployment = Fixtures.deployment("web", 2, "nginx:1");
        DeploymentPlan back = cluster.syncDeployment();
        assertNull(back.toCreate());
        assertEquals("3", back.revision());
        ReplicaSet reused = cluster.replicaSets.get(v1);
        assertEquals("3", reused.metadata().annotations().get("deployment.kubernetes.io/revision"));
        assertEquals("1", reused.metadata().annotations().get("deployment.kubernetes.io/revision-history"));
        assertTrue(cluster.replicas(v1) > 0, "the old ReplicaSet scales up again");
    }

    @Test
    void unhealthyOldPodsAreScaledAwayFirstEvenBelowMinimumAvailability() {
        Deployment d = Fixtures.deployment("web", 4, "v2");
        ReplicaSet old = Fixtures.stored(DeploymentController.plan(Fixtures.deployment("web", 4, "v1"), List.of())
                .toCreate(), 1_000);
        // Four pods, two of them not ready.
        ReplicaSetState state = new ReplicaSetState(old, new ReplicaCounts(4, 2, 2, 4));
        DeploymentPlan plan = DeploymentController.plan(d, RollingUpdateParams.of(1, 1), List.of(state));
        assertEquals(Map.of(old.name(), 3, plan.toCreate().name(), 1), plan.replicas());
    }

    @Test
    void scalingWhileTheNewSetHoldsEveryAvailableReplicaEmptiesTheOldSets() {
        ReplicaSet v1 = Fixtures.stored(DeploymentController.plan(Fixtures.deployment("web", 5, "v1"), List.of())
                .toCreate(), 1_000);
        ReplicaSet v2 = Fixtures.stored(DeploymentController.plan(Fixtures.deployment("web", 3, "v2"), List.of())
                .toCreate(), 2_000);
        // v1 was last sized for 5 replicas (a scaling event); v2 is saturated at 3.
        ReplicaSet v1Shrinking = new ReplicaSet(v1.metadata(), new ReplicaSet.Spec(2, v1.spec().selector(),
                v1.spec().template(), 0), null);
        DeploymentPlan plan = DeploymentController.plan(Fixtures.deployment("web", 3, "v2"), List.of(
                new ReplicaSetState(v1Shrinking, new ReplicaCounts(2, 2, 2, 2)),
                new ReplicaSetState(v2, new ReplicaCounts(3, 3, 3, 3))));
        assertEquals(Map.of(v1.name(), 0, v2.name(), 3), plan.replicas());
        assertEquals(List.of(new WorkloadEvent("ScalingReplicaSet",
                "Scaled down replica set " + v1.name() + " from 2 to 0")), plan.events());
        assertEquals("3", plan.toUpdate().get(0).metadata().annotations()
                .get("deployment.kubernetes.io/desired-replicas"));
    }
}
