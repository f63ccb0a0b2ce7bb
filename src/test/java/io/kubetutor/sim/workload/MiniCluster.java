package io.kubetutor.sim.workload;

import io.kubetutor.model.Deployment;
import io.kubetutor.model.Pod;
import io.kubetutor.model.ReplicaSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A test stand-in for the simulation engine: it stores what a Deployment's plans ask for and runs
 * the ReplicaSet controller for its ReplicaSets, with pods that become Running (ready or not) as
 * soon as they are created and vanish as soon as they are deleted.
 */
final class MiniCluster {
    Deployment deployment;
    final RollingUpdateParams params;
    final Map<String, ReplicaSet> replicaSets = new LinkedHashMap<>();
    final Map<String, List<Pod>> pods = new LinkedHashMap<>();
    private final SplittableRandom random = new SplittableRandom(7);
    private long now = 1_000_000L;

    MiniCluster(Deployment deployment, RollingUpdateParams params) {
        this.deployment = deployment;
        this.params = params;
    }

    /** One Deployment sync, applied. */
    DeploymentPlan syncDeployment() {
        List<ReplicaSetState> states = new ArrayList<>();
        for (ReplicaSet rs : replicaSets.values()) {
            states.add(ReplicaSetState.of(rs, pods.get(rs.name())));
        }
        DeploymentPlan plan = DeploymentController.plan(deployment, params, states);
        now += 1000;
        if (plan.toCreate() != null) {
            replicaSets.put(plan.toCreate().name(), Fixtures.stored(plan.toCreate(), now));
            pods.put(plan.toCreate().name(), new ArrayList<>());
        }
        for (ReplicaSet rs : plan.toUpdate()) {
            replicaSets.put(rs.name(), rs);
        }
        return plan;
    }

    /** Deployment syncs until one changes nothing (the controller then waits for pods). */
    List<DeploymentPlan> syncDeploymentUntilStable() {
        List<DeploymentPlan> plans = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            DeploymentPlan plan = syncDeployment();
            plans.add(plan);
            if (plan.changesNothing()) {
                return plans;
            }
        }
        throw new AssertionError("the Deployment controller never settled: " + plans);
    }

    /** Every ReplicaSet controller makes its pods match spec.replicas. */
    void runReplicaSets(boolean newPodsReady) {
        for (ReplicaSet rs : replicaSets.values()) {
            List<Pod> owned = pods.get(rs.name());
            ReplicaSetPlan plan = ReplicaSetController.plan(ReplicaSetController.desiredReplicas(rs), owned);
            owned.removeAll(plan.podsToDelete());
            for (int i = 0; i < plan.podsToCreate(); i++) {
                Pod fresh = ReplicaSetController.newPod(rs);
                now += 1000;
                String name = PodNames.generated(fresh.metadata().generateName(), random);
                owned.add(Fixtures.running(fresh, name, newPodsReady, now));
            }
        }
    }

    int replicas(String rsName) {
        return ReplicaSetController.desiredReplicas(replicaSets.get(rsName));
    }
}
