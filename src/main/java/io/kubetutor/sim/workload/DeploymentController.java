package io.kubetutor.sim.workload;

import io.kubetutor.model.Deployment;
import java.util.List;

/**
 * The Deployment controller's decisions (pkg/controller/deployment), one sync at a time. The
 * engine passes the ReplicaSets the Deployment controls (ownerReference controller pointing at it)
 * with their pod counts, applies the returned plan, and syncs again until the plan changes nothing;
 * then it waits for pods to change (created, ready, gone) and syncs again.
 */
public final class DeploymentController {
    private DeploymentController() {
    }

    /** A sync with the defaulted rolling update parameters (maxSurge 25%, maxUnavailable 25%). */
    public static DeploymentPlan plan(Deployment d, List<ReplicaSetState> replicaSets) {
        return plan(d, RollingUpdateParams.DEFAULT, replicaSets);
    }

    /**
     * A sync: a change of spec.replicas alone scales the ReplicaSets (proportionally mid-rollout);
     * otherwise RollingUpdate (the default, also for an empty strategy type) or Recreate rolls out.
     * rollingUpdate is ignored for Recreate.
     */
    public static DeploymentPlan plan(Deployment d, RollingUpdateParams rollingUpdate, List<ReplicaSetState> replicaSets) {
        return new DeploymentSync(d, rollingUpdate, replicaSets).run();
    }

    /** spec.replicas, which defaulting sets to 1 when absent. */
    public static int desiredReplicas(Deployment d) {
        Integer r = d.spec().replicas();
        return r == null ? 1 : r;
    }
}
