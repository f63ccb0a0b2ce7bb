package io.kubetutor.sim.workload;

import static io.kubetutor.sim.workload.ReplicaSetDraft.DESIRED_REPLICAS;
import static io.kubetutor.sim.workload.ReplicaSetDraft.MAX_REPLICAS;
import static io.kubetutor.sim.workload.ReplicaSetDraft.REVISION;
import static io.kubetutor.sim.workload.ReplicaSetDraft.REVISION_HISTORY;

import io.kubetutor.model.Deployment;
import io.kubetutor.model.LabelSelector;
import io.kubetutor.model.ObjectMeta;
import io.kubetutor.model.PodTemplateSpec;
import io.kubetutor.model.ReplicaSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One pass of the Deployment controller's syncDeployment over a Deployment and the ReplicaSets it
 * owns (pkg/controller/deployment: sync.go, rolling.go, recreate.go). The rolling and scaling
 * arithmetic lives in {@link RolloutSteps}; this class finds the new and old ReplicaSets, creates
 * the new one, keeps revisions, records scaling and computes the status.
 */
final class DeploymentSync {
    // annotationsToSkip: never copied from the Deployment onto its ReplicaSets.
    private static final Set<String> NOT_COPIED = Set.of("kubectl.kubernetes.io/last-applied-configuration",
            REVISION, REVISION_HISTORY, DESIRED_REPLICAS, MAX_REPLICAS, "deprecated.deployment.rollback.to");
    private static final int MAX_REV_HISTORY_CHARS = 2000;
    private static final PodTemplateSpec EMPTY_TEMPLATE = new PodTemplateSpec(ObjectMeta.named("", ""), null);

    final Deployment deployment;
    final int replicas;
    final boolean rolling;
    final RollingUpdateParams params;
    final List<WorkloadEvent> events = new ArrayList<>();
    final List<ReplicaSetDraft> olds = new ArrayList<>();
    ReplicaSetDraft newRS;
    private final List<ReplicaSetDraft> existing = new ArrayList<>();
    private ReplicaSetDraft created;

    DeploymentSync(Deployment d, RollingUpdateParams params, List<ReplicaSetState> states) {
        this.deployment = d;
        this.replicas = DeploymentController.desiredReplicas(d);
        this.rolling = !"Recreate".equals(d.spec().strategyType());
        this.params = params == null ? RollingUpdateParams.DEFAULT : params;
        for (ReplicaSetState s : states) {
            existing.add(ReplicaSetDraft.existing(s));
        }
        existing.sort(ReplicaSetDraft.BY_CREATION);
        // FindNewReplicaSet: the oldest one whose template equals the Deployment's, hash label aside.
        PodTemplateSpec wanted = comparable(d.spec().template());
        for (ReplicaSetDraft rs : existing) {
            if (newRS == null && comparable(rs.base.spec().template()).equals(wanted)) {
                newRS = rs;
            } else {
                olds.add(rs);
            }
        }
    }

    DeploymentPlan run() {
        syncNewReplicaSet(false);
        RolloutSteps steps = new RolloutSteps(this);
        if (scalingEvent()) {
            steps.scale();
        } else if (rolling) {
            syncNewReplicaSet(true);
            steps.rolloutRolling();
        } else {
            steps.rolloutRecreate();
        }
        return plan();
    }

    /** The old ReplicaSets followed by the new one, when there is one. */
    List<ReplicaSetDraft> all() {
        List<ReplicaSetDraft> all = new ArrayList<>(olds);
        if (newRS != null) {
            all.add(newRS);
        }
        return all;
    }

    /** deploymentutil.MaxSurge: 0 unless rolling. */
    int maxSurge() {
        return rolling ? params.surge(replicas) : 0;
    }

    /** deploymentutil.MaxUnavailable: 0 unless rolling with replicas, and never above replicas. */
    int maxUnavailable() {
        if (!rolling || replicas == 0) {
            return 0;
        }
        return Math.min(params.unavailable(replicas), replicas);
    }

    /** isScalingEvent: an active ReplicaSet was last sized for a different Deployment replica count. */
    private boolean scalingEvent() {
        for (ReplicaSetDraft rs : all()) {
            Integer desired = rs.active() ? rs.intAnnotation(DESIRED_REPLICAS) : null;
            if (desired != null && desired != replicas) {
                return true;
            }
        }
        return false;
    }

    /**
     * getNewReplicaSet: bring the existing new ReplicaSet's annotations and minReadySeconds up to
     * date, or (when asked) create it with revision max(old revisions) + 1.
     */
    void syncNewReplicaSet(boolean create) {
        long newRevision = maxOldRevision() + 1;
        if (newRS != null) {
            setNewReplicaSetAnnotations(newRS, newRevision, true);
            newRS.minReadySeconds = deployment.spec().minReadySeconds();
            return;
        }
        if (create) {
            createNewReplicaSet(newRevision);
        }
    }

    private void createNewReplicaSet(long newRevision) {
        PodTemplateSpec template = deployment.spec().template();
        Integer collisionCount = null;
        String hash = PodTemplateHash.of(template, collisionCount);
        // A name already taken by a ReplicaSet with another template is a hash collision:
        // upstream bumps status.collisionCount and retries, which gives these names.
        while (nameTaken(deployment.name() + "-" + hash)) {
            collisionCount = collisionCount == null ? 1 : collisionCount + 1;
            hash = PodTemplateHash.of(template, collisionCount);
        }
        PodTemplateSpec rsTemplate = PodTemplates.withLabel(template, PodTemplateHash.LABEL, hash);
        LabelSelector selector = PodTemplates.selectorWithLabel(deployment.spec().selector(),
                PodTemplateHash.LABEL, hash);
        ObjectMeta meta = new ObjectMeta(deployment.name() + "-" + hash, "", deployment.namespace(),
                PodTemplates.labels(rsTemplate), Map.of())
                .withOwnerReferences(List.of(PodTemplates.controllerRef(deployment)));
        ReplicaSet rs = new ReplicaSet(meta,
                new ReplicaSet.Spec(0, selector, rsTemplate, deployment.spec().minReadySeconds()), null);
        ReplicaSetDraft draft = ReplicaSetDraft.creating(rs);
        newRS = draft;
        created = draft;
        draft.replicas = new RolloutSteps(this).newReplicaSetReplicas();
        setNewReplicaSetAnnotations(draft, newRevision, false);
        if (draft.replicas > 0) {
            events.add(new WorkloadEvent("ScalingReplicaSet",
                    "Scaled up replica set " + draft.name + " from 0 to " + draft.replicas));
        }
    }

    private boolean nameTaken(String name) {
        return existing.stream().anyMatch(rs -> rs.name.equals(name));
    }

    /** deploymentutil.SetNewReplicaSetAnnotations. */
    private void setNewReplicaSetAnnotations(ReplicaSetDraft rs, long newRevision, boolean exists) {
        deployment.metadata().annotations().forEach((k, v) -> {
            if (!NOT_COPIED.contains(k)) {
                rs.annotations.put(k, v);
            }
        });
        String oldRevision = rs.annotations.get(REVISION);
        long oldRevisionValue = 0;
        if (oldRevision != null && !oldRevision.isEmpty()) {
            try {
                oldRevisionValue = Long.parseLong(oldRevision);
            } catch (NumberFormatException e) {
                return;
            }
        }
        if (oldRevisionValue < newRevision) {
            rs.annotations.put(REVISION, Long.toString(newRevision));
            if (oldRevision != null) {
                recordRevisionHistory(rs, oldRevision);
            }
        }
        if (!exists) {
            rs.setReplicasAnnotations(replicas, replicas + maxSurge());
        }
    }

    /** A rolled-back-to ReplicaSet keeps the revisions it served before, within 2000 characters. */
    private static void recordRevisionHistory(ReplicaSetDraft rs, String oldRevision) {
        String history = rs.annotations.getOrDefault(REVISION_HISTORY, "");
        List<String> old = new ArrayList<>(Arrays.asList(history.split(",", -1)));
        if (old.get(0).isEmpty()) {
            rs.annotations.put(REVISION_HISTORY, oldRevision);
            return;
        }
        int totalLen = history.length() + oldRevision.length() + 1;
        int start = 0;
        while (totalLen > MAX_REV_HISTORY_CHARS && start < old.size()) {
            totalLen -= old.get(start).length() + 1;
            start++;
        }
        if (totalLen <= MAX_REV_HISTORY_CHARS) {
            List<String> kept = new ArrayList<>(old.subList(start, old.size()));
            kept.add(oldRevision);
            rs.annotations.put(REVISION_HISTORY, String.join(",", kept));
        }
    }

    private long maxOldRevision() {
        long max = 0;
        for (ReplicaSetDraft rs : olds) {
            String v = rs.annotations.get(REVISION);
            try {
                max = Math.max(max, v == null ? 0 : Long.parseLong(v));
            } catch (NumberFormatException e) {
                // deploymentutil.MaxRevision skips ReplicaSets whose revision does not parse.
            }
        }
        return max;
    }

    /** scaleReplicaSetAndRecordEvent: nothing when already at that size. */
    boolean scaleAndRecord(ReplicaSetDraft rs, int newScale) {
        return rs.replicas != newScale && scale(rs, newScale);
    }

    /** scaleReplicaSet: resize and refresh the replicas annotations; whether the size changed. */
    boolean scale(ReplicaSetDraft rs, int newScale) {
        int oldScale = rs.replicas;
        boolean sizeChanges = oldScale != newScale;
        rs.replicas = newScale;
        rs.setReplicasAnnotations(replicas, replicas + maxSurge());
        if (sizeChanges) {
            events.add(new WorkloadEvent("ScalingReplicaSet", "Scaled " + (oldScale < newScale ? "up" : "down")
                    + " replica set " + rs.name + " from " + oldScale + " to " + newScale));
        }
        return sizeChanges;
    }

    private DeploymentPlan plan() {
        List<ReplicaSet> updates = new ArrayList<>();
        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (ReplicaSetDraft rs : existing) {
            sizes.put(rs.name, rs.replicas);
            if (rs.changed()) {
                updates.add(rs.toReplicaSet());
            }
        }
        if (created != null) {
            sizes.put(created.name, created.replicas);
        }
        String revision = newRS != null ? newRS.annotations.getOrDefault(REVISION, "")
                : deployment.metadata().annotations().getOrDefault(REVISION, "");
        return new DeploymentPlan(created == null ? null : created.toReplicaSet(), updates,
                Collections.unmodifiableMap(sizes), revision, status(), events);
    }

    /** calculateStatus over the old ReplicaSets and the new one after this pass's scaling. */
    private DeploymentStatusFigures status() {
        int actual = 0;
        int ready = 0;
        int available = 0;
        int desired = 0;
        for (ReplicaSetDraft rs : all()) {
            actual += rs.counts.replicas();
            ready += rs.counts.readyReplicas();
            available += rs.counts.availableReplicas();
            desired += rs.replicas;
        }
        int updated = newRS == null ? 0 : newRS.counts.replicas();
        return new DeploymentStatusFigures(actual, updated, ready, available, Math.max(0, desired - available),
                available >= replicas - maxUnavailable());
    }

    private static PodTemplateSpec comparable(PodTemplateSpec t) {
        PodTemplateSpec base = t == null ? EMPTY_TEMPLATE
                : t.metadata() == null ? new PodTemplateSpec(EMPTY_TEMPLATE.metadata(), t.spec()) : t;
        return PodTemplates.withoutLabel(base, PodTemplateHash.LABEL);
    }
}
