package io.kubetutor.sim;

import io.kubetutor.model.Deployment;
import io.kubetutor.model.KubeObject;
import io.kubetutor.model.ObjectMeta;
import io.kubetutor.model.Pod;
import io.kubetutor.model.ReplicaSet;
import io.kubetutor.model.ReplicationController;
import io.kubetutor.model.StatefulSet;
import io.kubetutor.sim.ClusterEvent.Kind;
import io.kubetutor.sim.workload.DeploymentController;
import io.kubetutor.sim.workload.DeploymentPlan;
import io.kubetutor.sim.workload.PodNames;
import io.kubetutor.sim.workload.ReplicaSetController;
import io.kubetutor.sim.workload.ReplicaSetPlan;
import io.kubetutor.sim.workload.ReplicaSetState;
import io.kubetutor.sim.workload.RollingUpdateParams;
import io.kubetutor.sim.workload.StatefulSetController;
import io.kubetutor.sim.workload.StatefulSetPlan;
import io.kubetutor.sim.workload.WorkloadEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * One sync of one workload: asks the controller's decision functions ({@code sim.workload}) what
 * to do and does it through the control plane, recording the controller's Events and the log.
 */
final class WorkloadSyncs {
    /** A Deployment's plans are applied until they change nothing; this bounds a faulty loop. */
    private static final int MAX_DEPLOYMENT_PASSES = 50;

    private final ControlPlane plane;
    private final WorkloadControllers controllers;

    WorkloadSyncs(ControlPlane plane, WorkloadControllers controllers) {
        this.plane = plane;
        this.controllers = controllers;
    }

    void sync(KubeObject o, String cause) {
        if (o.metadata().deleting()) {
            return;
        }
        if (o instanceof ReplicaSet rs) {
            syncReplicas(rs, ReplicaSetController.desiredReplicas(rs), ReplicaSetController.newPod(rs),
                    "replicaset-controller", cause);
            ObjectMeta.OwnerReference owner = rs.metadata().controller();
            if (owner != null && owner.kind().equals("Deployment") && rolloutInProgress(owner.uid())) {
                controllers.enqueue(WorkloadControllers.ownerKey(owner, rs.namespace()), cause);
            }
        } else if (o instanceof ReplicationController rc) {
            syncReplicas(rc, ReplicaSetController.desiredReplicas(rc), ReplicaSetController.newPod(rc),
                    "replication-controller", cause);
        } else if (o instanceof Deployment d) {
            syncDeployment(d, cause);
        } else if (o instanceof StatefulSet s) {
            syncStatefulSet(s, cause);
        }
    }

    private void syncReplicas(KubeObject owner, int desired, Pod template, String component, String cause) {
        int active = plane.pods().activeOwnedBy(owner.metadata().uid());
        if (active == desired) {
            // The usual case after any pod change: nothing to do, decided without visiting every pod.
            return;
        }
        ReplicaSetPlan plan;
        if (active < desired) {
            // Creating needs only the count (manageReplicas' diff, capped by the burst size).
            plan = new ReplicaSetPlan(Math.min(desired - active, ReplicaSetController.BURST_REPLICAS), List.of(), active);
        } else {
            List<Pod> owned = new ArrayList<>(plane.pods().ownedBy(owner.metadata().uid()));
            plan = ReplicaSetController.plan(desired, owned, owned, controllers.clock());
        }
        if (plan.changesNothing()) {
            return;
        }
        String what = owner.kind() + " " + owner.name() + " has " + plan.activePods() + " of " + desired + " pods";
        for (int i = 0; i < plan.podsToCreate(); i++) {
            String name = uniqueName(owner.namespace(), template.metadata().generateName());
            Pod pod = template.withMetadata(template.metadata().withName(name));
            plane.kubeEvents().record(owner.metadata().uid(), "Normal", "SuccessfulCreate", component,
                    ReplicaSetController.createdPodEvent(name).message(), plane.now());
            plane.createPod(pod, cause.isEmpty() ? what : cause + "; " + what);
        }
        for (Pod p : plan.podsToDelete()) {
            plane.kubeEvents().record(owner.metadata().uid(), "Normal", "SuccessfulDelete", component,
                    ReplicaSetController.deletedPodEvent(p.name()).message(), plane.now());
            plane.deletePod(p, what);
        }
    }

    private String uniqueName(String namespace, String generateName) {
        while (true) {
            String name = PodNames.generated(generateName, plane.random());
            if (plane.pods().get(namespace, name) == null) {
                return name;
            }
        }
    }

    private void syncDeployment(Deployment d, String cause) {
        for (int pass = 0; pass < MAX_DEPLOYMENT_PASSES; pass++) {
            DeploymentPlan plan = DeploymentController.plan(d, rollingUpdate(d), replicaSetStates(d.metadata().uid()));
            for (WorkloadEvent e : plan.events()) {
                plane.kubeEvents().record(d.metadata().uid(), "Normal", e.reason(), "deployment-controller",
                        e.message(), plane.now());
                plane.log().record(Kind.WORKLOAD_SCALED, ObjectKey.of(d), null, "", cause, e.message());
            }
            if (plan.changesNothing()) {
                return;
            }
            if (plan.toCreate() != null) {
                plane.writeObject(null, plan.toCreate(), "Deployment " + d.name() + " rolls out a new template");
            }
            for (ReplicaSet rs : plan.toUpdate()) {
                KubeObject before = plane.api().get(ObjectKey.of(rs)).orElse(null);
                plane.writeObject(before, rs, "Deployment " + d.name() + " scales ReplicaSet " + rs.name());
            }
        }
    }

    /** The Deployment's maxSurge and maxUnavailable (defaulting filled both for RollingUpdate). */
    static RollingUpdateParams rollingUpdate(Deployment d) {
        Deployment.RollingUpdate r = d.spec().rollingUpdate();
        if (r == null || r.maxSurge() == null || r.maxUnavailable() == null) {
            return RollingUpdateParams.DEFAULT;
        }
        return new RollingUpdateParams(r.maxSurge(), r.maxUnavailable());
    }

    private List<ReplicaSetState> replicaSetStates(String deploymentUid) {
        List<ReplicaSetState> states = new ArrayList<>();
        for (ReplicaSet rs : ownedReplicaSets(deploymentUid)) {
            List<Pod> pods = new ArrayList<>(plane.pods().ownedBy(rs.metadata().uid()));
            states.add(ReplicaSetState.of(rs, pods, controllers.clock()));
        }
        return states;
    }

    /** Whether more than one of a Deployment's ReplicaSets still wants pods: a rollout is under way. */
    private boolean rolloutInProgress(String deploymentUid) {
        int scaled = 0;
        for (ReplicaSet rs : ownedReplicaSets(deploymentUid)) {
            if (ReplicaSetController.desiredReplicas(rs) > 0) {
                scaled++;
            }
        }
        return scaled > 1;
    }

    private List<ReplicaSet> ownedReplicaSets(String ownerUid) {
        List<ReplicaSet> out = new ArrayList<>();
        for (ObjectKey k : controllers.replicaSetsOf(ownerUid)) {
            plane.api().get(k).ifPresent(o -> out.add((ReplicaSet) o));
        }
        return out;
    }

    private void syncStatefulSet(StatefulSet s, String cause) {
        List<Pod> owned = new ArrayList<>(plane.pods().ownedBy(s.metadata().uid()));
        StatefulSetPlan plan = StatefulSetController.plan(s, owned, controllers.clock());
        for (WorkloadEvent e : plan.events()) {
            plane.kubeEvents().record(s.metadata().uid(), "Normal", e.reason(), "statefulset-controller",
                    e.message(), plane.now());
        }
        String what = "StatefulSet " + s.name() + " wants " + StatefulSetController.desiredReplicas(s) + " pods";
        for (Pod p : plan.toCreate()) {
            plane.createPod(p, cause.isEmpty() ? what : cause + "; " + what);
        }
        for (Pod p : plan.toDelete()) {
            plane.deletePod(p, what);
        }
    }
}
