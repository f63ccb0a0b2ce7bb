package io.kubetutor.sim.workload;

import io.kubetutor.model.ReplicaSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Deployment's ReplicaSet as one sync changes it: spec.replicas, annotations and
 * minReadySeconds are edited in place, as the Go controller edits its copies between API calls.
 */
final class ReplicaSetDraft {
    static final String REVISION = "deployment.kubernetes.io/revision";
    static final String REVISION_HISTORY = "deployment.kubernetes.io/revision-history";
    static final String DESIRED_REPLICAS = "deployment.kubernetes.io/desired-replicas";
    static final String MAX_REPLICAS = "deployment.kubernetes.io/max-replicas";

    /** ReplicaSetsByCreationTimestamp: older first, name breaking ties. */
    static final Comparator<ReplicaSetDraft> BY_CREATION =
            Comparator.comparingLong((ReplicaSetDraft d) -> d.created).thenComparing(d -> d.name);

    final ReplicaSet base;
    final boolean existing;
    final String name;
    /** Creation in whole seconds; Long.MIN_VALUE for Go's zero time, Long.MAX_VALUE for one made this sync. */
    final long created;
    final ReplicaCounts counts;
    int replicas;
    final Map<String, String> annotations;
    int minReadySeconds;

    private ReplicaSetDraft(ReplicaSet base, boolean existing, long created, ReplicaCounts counts) {
        this.base = base;
        this.existing = existing;
        this.name = base.name();
        this.created = created;
        this.counts = counts;
        Integer r = base.spec().replicas();
        this.replicas = r == null ? 1 : r;
        this.annotations = new LinkedHashMap<>(base.metadata().annotations());
        this.minReadySeconds = base.spec().minReadySeconds();
    }

    static ReplicaSetDraft existing(ReplicaSetState state) {
        Long created = Seconds.creation(state.replicaSet().metadata().creationTimestamp());
        return new ReplicaSetDraft(state.replicaSet(), true, created == null ? Long.MIN_VALUE : created,
                state.counts());
    }

    static ReplicaSetDraft creating(ReplicaSet rs) {
        return new ReplicaSetDraft(rs, false, Long.MAX_VALUE, ReplicaCounts.NONE);
    }

    boolean active() {
        return replicas > 0;
    }

    /** The annotation as an int32, or null when absent or not a number. */
    Integer intAnnotation(String key) {
        String v = annotations.get(key);
        if (v == null) {
            return null;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** deploymentutil.SetReplicasAnnotations; whether anything changed. */
    boolean setReplicasAnnotations(int desired, int max) {
        boolean changed = !Integer.toString(desired).equals(annotations.get(DESIRED_REPLICAS))
                || !Integer.toString(max).equals(annotations.get(MAX_REPLICAS));
        annotations.put(DESIRED_REPLICAS, Integer.toString(desired));
        annotations.put(MAX_REPLICAS, Integer.toString(max));
        return changed;
    }

    boolean changed() {
        Integer r = base.spec().replicas();
        return !existing || r == null || r != replicas || !annotations.equals(base.metadata().annotations())
                || minReadySeconds != base.spec().minReadySeconds();
    }

    ReplicaSet toReplicaSet() {
        ReplicaSet.Spec s = base.spec();
        return new ReplicaSet(base.metadata().withAnnotations(annotations),
                new ReplicaSet.Spec(replicas, s.selector(), s.template(), minReadySeconds), base.origin());
    }
}
