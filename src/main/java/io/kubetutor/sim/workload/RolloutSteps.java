package io.kubetutor.sim.workload;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Deployment controller's scaling arithmetic for one pass: the RollingUpdate steps
 * (reconcileNewReplicaSet, reconcileOldReplicaSets with cleanupUnhealthyReplicas and
 * scaleDownOldReplicaSetsForRollingUpdate), Recreate, and the proportional scaling of a
 * scaling event (sync.go scale).
 */
final class RolloutSteps {
    private final DeploymentSync sync;

    RolloutSteps(DeploymentSync sync) {
        this.sync = sync;
    }

    /** rolloutRolling: scale the new ReplicaSet up if it can; if it did not, scale old ones down. */
    void rolloutRolling() {
        if (reconcileNewReplicaSet()) {
            return;
        }
        reconcileOldReplicaSets();
    }

    /**
     * deploymentutil.NewRSNewReplicas: RollingUpdate adds up to replicas + maxSurge pods in all
     * ReplicaSets, never beyond replicas in the new one; Recreate goes straight to replicas.
     */
    int newReplicaSetReplicas() {
        ReplicaSetDraft newRS = sync.newRS;
        if (!sync.rolling) {
            return sync.replicas;
        }
        int maxTotal = sync.replicas + sync.params.surge(sync.replicas);
        int current = sum(sync.all());
        if (current >= maxTotal) {
            return newRS.replicas;
        }
        int scaleUp = Math.min(maxTotal - current, sync.replicas - newRS.replicas);
        return newRS.replicas + scaleUp;
    }

    private boolean reconcileNewReplicaSet() {
        ReplicaSetDraft newRS = sync.newRS;
        if (newRS.replicas == sync.replicas) {
            return false;
        }
        if (newRS.replicas > sync.replicas) {
            return sync.scaleAndRecord(newRS, sync.replicas);
        }
        return sync.scaleAndRecord(newRS, newReplicaSetReplicas());
    }

    /**
     * Scale old ReplicaSets down by at most all pods - (replicas - maxUnavailable) - the new
     * ReplicaSet's unavailable pods: first their unhealthy pods, then available ones while the
     * Deployment keeps replicas - maxUnavailable available.
     */
    private void reconcileOldReplicaSets() {
        List<ReplicaSetDraft> activeOlds = new ArrayList<>();
        for (ReplicaSetDraft rs : sync.olds) {
            if (rs.active()) {
                activeOlds.add(rs);
            }
        }
        if (sum(activeOlds) == 0) {
            return;
        }
        ReplicaSetDraft newRS = sync.newRS;
        int minAvailable = sync.replicas - sync.maxUnavailable();
        int newUnavailable = newRS.replicas - newRS.counts.availableReplicas();
        int maxScaledDown = sum(sync.all()) - minAvailable - newUnavailable;
        if (maxScaledDown <= 0) {
            return;
        }
        activeOlds.sort(ReplicaSetDraft.BY_CREATION);
        if (!cleanupUnhealthyReplicas(activeOlds, maxScaledDown)) {
            return;
        }
        List<ReplicaSetDraft> allRSs = new ArrayList<>(activeOlds);
        allRSs.add(newRS);
        scaleDownOldReplicaSetsForRollingUpdate(allRSs, activeOlds);
    }

    /** False where upstream returns its "invalid request to scale down" error (more available than desired). */
    private boolean cleanupUnhealthyReplicas(List<ReplicaSetDraft> olds, int maxCleanupCount) {
        int total = 0;
        for (ReplicaSetDraft rs : olds) {
            if (total >= maxCleanupCount) {
                break;
            }
            int available = rs.counts.availableReplicas();
            if (rs.replicas == 0 || rs.replicas == available) {
                continue;
            }
            int count = Math.min(maxCleanupCount - total, rs.replicas - available);
            int newCount = rs.replicas - count;
            if (newCount > rs.replicas) {
                return false;
            }
            sync.scaleAndRecord(rs, newCount);
            total += count;
        }
        return true;
    }

    private void scaleDownOldReplicaSetsForRollingUpdate(List<ReplicaSetDraft> allRSs, List<ReplicaSetDraft> olds) {
        int minAvailable = sync.replicas - sync.maxUnavailable();
        int available = 0;
        for (ReplicaSetDraft rs : allRSs) {
            available += rs.counts.availableReplicas();
        }
        if (available <= minAvailable) {
            return;
        }
        int totalScaleDown = available - minAvailable;
        int done = 0;
        for (ReplicaSetDraft rs : olds) {
            if (done >= totalScaleDown) {
                break;
            }
            if (rs.replicas == 0) {
                continue;
            }
            int count = Math.min(rs.replicas, totalScaleDown - done);
            sync.scaleAndRecord(rs, rs.replicas - count);
            done += count;
        }
    }

    /**
     * rolloutRecreate: scale every old ReplicaSet to 0; once no old pod is left running (terminating
     * pods count until they are gone), create the new ReplicaSet and scale it to replicas.
     */
    void rolloutRecreate() {
        boolean scaledDown = false;
        for (ReplicaSetDraft rs : sync.olds) {
            if (rs.active() && sync.scaleAndRecord(rs, 0)) {
                scaledDown = true;
            }
        }
        if (scaledDown || oldPodsRunning()) {
            return;
        }
        if (sync.newRS == null) {
            sync.syncNewReplicaSet(true);
        }
        sync.scaleAndRecord(sync.newRS, sync.replicas);
    }

    private boolean oldPodsRunning() {
        for (ReplicaSetDraft rs : sync.olds) {
            if (rs.counts.replicas() > 0 || rs.counts.nonTerminalPods() > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * sync.go scale, for a change of replicas: one active ReplicaSet takes the new count; a
     * saturated new ReplicaSet makes old ones 0; otherwise a rolling Deployment spreads the added
     * or removed pods over its active ReplicaSets in proportion to their size.
     */
    void scale() {
        ReplicaSetDraft only = activeOrLatest();
        if (only != null) {
            sync.scaleAndRecord(only, sync.replicas);
            return;
        }
        if (saturated(sync.newRS)) {
            for (ReplicaSetDraft rs : sync.olds) {
                if (rs.active()) {
                    sync.scaleAndRecord(rs, 0);
                }
            }
            return;
        }
        if (sync.rolling) {
            scaleProportionally();
        }
    }

    /** deploymentutil.FindActiveOrLatest. */
    private ReplicaSetDraft activeOrLatest() {
        if (sync.newRS == null && sync.olds.isEmpty()) {
            return null;
        }
        List<ReplicaSetDraft> active = new ArrayList<>();
        for (ReplicaSetDraft rs : sync.all()) {
            if (rs.active()) {
                active.add(rs);
            }
        }
        if (active.isEmpty()) {
            return sync.newRS != null ? sync.newRS
                    : sync.olds.stream().max(ReplicaSetDraft.BY_CREATION).orElseThrow();
        }
        return active.size() == 1 ? active.get(0) : null;
    }

    /** deploymentutil.IsSaturated. */
    private boolean saturated(ReplicaSetDraft rs) {
        if (rs == null) {
            return false;
        }
        Integer desired = rs.intAnnotation(ReplicaSetDraft.DESIRED_REPLICAS);
        return desired != null && desired == sync.replicas && rs.replicas == sync.replicas
                && rs.counts.availableReplicas() == sync.replicas;
    }

    private void scaleProportionally() {
        List<ReplicaSetDraft> active = new ArrayList<>();
        for (ReplicaSetDraft rs : sync.all()) {
            if (rs.active()) {
                active.add(rs);
            }
        }
        int allowedSize = sync.replicas > 0 ? sync.replicas + sync.maxSurge() : 0;
        int toAdd = allowedSize - sum(active);
        Comparator<ReplicaSetDraft> bySizeDesc = Comparator.comparingInt((ReplicaSetDraft rs) -> -rs.replicas);
        if (toAdd > 0) {
            active.sort(bySizeDesc.thenComparing(ReplicaSetDraft.BY_CREATION.reversed()));
        } else if (toAdd < 0) {
            active.sort(bySizeDesc.thenComparing(ReplicaSetDraft.BY_CREATION));
        }
        int added = 0;
        Map<ReplicaSetDraft, Integer> sizes = new IdentityHashMap<>();
        for (ReplicaSetDraft rs : active) {
            int proportion = toAdd == 0 ? 0 : proportion(rs, toAdd, added);
            sizes.put(rs, rs.replicas + proportion);
            added += proportion;
        }
        for (int i = 0; i < active.size(); i++) {
            ReplicaSetDraft rs = active.get(i);
            int size = sizes.get(rs);
            if (i == 0 && toAdd != 0) {
                // Leftovers go to the largest ReplicaSet.
                size = Math.max(0, size + toAdd - added);
            }
            sync.scale(rs, size);
        }
    }

    /** deploymentutil.GetProportion. */
    private int proportion(ReplicaSetDraft rs, int toAdd, int added) {
        if (rs.replicas == 0 || toAdd == 0 || toAdd == added) {
            return 0;
        }
        int fraction = fraction(rs);
        int allowed = toAdd - added;
        return toAdd > 0 ? Math.min(fraction, allowed) : Math.max(fraction, allowed);
    }

    /**
     * getReplicaSetFraction: the ReplicaSet's share of replicas + maxSurge, in proportion to the
     * max-replicas it was last sized for (the Deployment's status.replicas when unannotated).
     */
    private int fraction(ReplicaSetDraft rs) {
        if (sync.replicas == 0) {
            return -rs.replicas;
        }
        int deploymentReplicas = sync.replicas + sync.maxSurge();
        Integer annotated = rs.intAnnotation(ReplicaSetDraft.MAX_REPLICAS);
        int base = annotated != null ? annotated : actualReplicas();
        if (base == 0) {
            // Go would divide by zero here; no sensible share exists, so this ReplicaSet keeps its size.
            return 0;
        }
        double newSize = (double) (rs.replicas * deploymentReplicas) / base;
        return roundToInt(newSize) - rs.replicas;
    }

    private int actualReplicas() {
        int n = 0;
        for (ReplicaSetDraft rs : sync.all()) {
            n += rs.counts.replicas();
        }
        return n;
    }

    /** k8s.io/utils/integer.RoundToInt32: half away from zero. */
    private static int roundToInt(double a) {
        return (int) (a < 0 ? a - 0.5 : a + 0.5);
    }

    private static int sum(List<ReplicaSetDraft> rss) {
        int n = 0;
        for (ReplicaSetDraft rs : rss) {
            n += rs.replicas;
        }
        return n;
    }
}
