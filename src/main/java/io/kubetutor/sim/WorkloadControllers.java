package io.kubetutor.sim;

import io.kubetutor.model.Deployment;
import io.kubetutor.model.KubeObject;
import io.kubetutor.model.LabelSelector;
import io.kubetutor.model.ObjectMeta;
import io.kubetutor.model.Pod;
import io.kubetutor.model.ReplicaSet;
import io.kubetutor.model.ReplicationController;
import io.kubetutor.model.StatefulSet;
import io.kubetutor.sim.workload.PodClock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The kube-controller-manager's workload controllers (Deployment, ReplicaSet, ReplicationController,
 * StatefulSet) and the garbage collector, driven by the changes the cluster reports. Syncs are
 * queued and run one after another, as the controllers' work queues do, so a sync never sees a
 * half-done one; {@link WorkloadSyncs} holds what each sync decides.
 */
final class WorkloadControllers implements Controller {
    private final ControlPlane plane;
    private final WorkloadSyncs syncs;
    /** Owners to sync, with the cause that queued them first. */
    private final Map<ObjectKey, String> queue = new LinkedHashMap<>();
    /** When each pod (by uid) last became Ready: the Ready condition's lastTransitionTime. */
    private final Map<String, Long> readySince = new HashMap<>();
    private boolean draining;
    /** Until the initial listing is complete, syncs wait in the queue: a sync must see all there is. */
    private boolean synced;
    /** The ReplicaSets each Deployment (by uid) controls, so a sync need not scan the store. */
    private final Map<String, java.util.Set<ObjectKey>> replicaSets = new HashMap<>();
    /**
     * The ReplicaSets and ReplicationControllers of each namespace: the owners a bare pod may be
     * adopted by, so a new pod is matched against them rather than against every stored object.
     */
    private final Map<String, java.util.Set<ObjectKey>> podOwners = new HashMap<>();

    WorkloadControllers(ControlPlane plane) {
        this.plane = plane;
        this.syncs = new WorkloadSyncs(plane, this);
    }

    PodClock clock() {
        return PodClock.at(plane.now(), p -> readySince.get(p.metadata().uid()));
    }

    @Override
    public void podChanged(Pod before, Pod after, String cause) {
        if (after == null) {
            readySince.remove(before.metadata().uid());
        } else if (after.status().ready() && (before == null || !before.status().ready())) {
            readySince.put(after.metadata().uid(), plane.now());
        } else if (!after.status().ready()) {
            readySince.remove(after.metadata().uid());
        }
        Pod pod = after != null ? after : before;
        ObjectMeta.OwnerReference owner = pod.metadata().controller();
        if (owner != null) {
            enqueue(ownerKey(owner, pod.namespace()), cause);
            if (after != null && before != null && !before.metadata().labels().equals(after.metadata().labels())) {
                releaseIfUnselected(after, owner, cause);
            }
        } else if (after != null && !after.metadata().deleting()
                && (before == null || !before.metadata().labels().equals(after.metadata().labels()))) {
            adoptIfSelected(after, cause);
        }
        drain();
    }

    @Override
    public void objectChanged(KubeObject before, KubeObject after, String cause) {
        KubeObject o = after != null ? after : before;
        if (!(o instanceof Deployment || o instanceof ReplicaSet || o instanceof ReplicationController
                || o instanceof StatefulSet)) {
            return;
        }
        if (o instanceof ReplicaSet || o instanceof ReplicationController) {
            java.util.Set<ObjectKey> owners = podOwners.computeIfAbsent(o.namespace(), n -> new java.util.LinkedHashSet<>());
            if (after == null) {
                owners.remove(ObjectKey.of(o));
            } else {
                owners.add(ObjectKey.of(o));
            }
        }
        if (o instanceof ReplicaSet && o.metadata().controller() != null) {
            java.util.Set<ObjectKey> set = replicaSets.computeIfAbsent(o.metadata().controller().uid(),
                    u -> new java.util.LinkedHashSet<>());
            if (after == null) {
                set.remove(ObjectKey.of(o));
            } else {
                set.add(ObjectKey.of(o));
            }
        }
        if (after == null) {
            collectGarbage(before, cause);
        } else {
            enqueue(ObjectKey.of(after), cause);
            ObjectMeta.OwnerReference owner = after.metadata().controller();
            if (owner != null) {
                enqueue(ownerKey(owner, after.namespace()), cause);
            }
        }
        drain();
    }

    java.util.Set<ObjectKey> replicaSetsOf(String deploymentUid) {
        return replicaSets.getOrDefault(deploymentUid, java.util.Set.of());
    }

    void enqueue(ObjectKey key, String cause) {
        queue.putIfAbsent(key, cause);
    }

    @Override
    public void cachesSynced() {
        synced = true;
        drain();
    }

    private void drain() {
        if (draining || !synced) {
            return;
        }
        draining = true;
        try {
            while (!queue.isEmpty()) {
                Map.Entry<ObjectKey, String> next = queue.entrySet().iterator().next();
                queue.remove(next.getKey());
                plane.api().get(next.getKey()).ifPresent(o -> syncs.sync(o, next.getValue()));
            }
        } finally {
            draining = false;
        }
    }

    /**
     * A relabelled pod its owner's selector no longer matches is released (its owner reference
     * removed): it keeps running, and the owner makes a replacement.
     */
    private void releaseIfUnselected(Pod pod, ObjectMeta.OwnerReference owner, String cause) {
        KubeObject o = plane.api().get(ownerKey(owner, pod.namespace())).orElse(null);
        LabelSelector selector = selectorOf(o);
        if (selector != null && !Selectors.matches(selector, pod.metadata().labels())) {
            List<ObjectMeta.OwnerReference> refs = new ArrayList<>(pod.metadata().ownerReferences());
            refs.removeIf(ObjectMeta.OwnerReference::controller);
            Pod released = pod.withMetadata(pod.metadata().withOwnerReferences(refs));
            plane.writePod(pod, released, cause);
            plane.log().record(ClusterEvent.Kind.POD_LABELS_CHANGED, ObjectKey.of(pod), ObjectKey.of(o),
                    pod.status().podIP(), cause, owner.kind() + " " + owner.name() + " no longer selects pod "
                            + pod.name() + " and releases it");
        }
    }

    /** A pod without a controller whose labels a ReplicaSet or ReplicationController selects is adopted. */
    private void adoptIfSelected(Pod pod, String cause) {
        for (ObjectKey key : podOwners.getOrDefault(pod.namespace(), java.util.Set.of())) {
            KubeObject o = plane.api().get(key).orElse(null);
            if (o != null && !o.metadata().deleting()) {
                LabelSelector selector = selectorOf(o);
                if (selector != null && !selector.isEmpty() && Selectors.matches(selector, pod.metadata().labels())) {
                    List<ObjectMeta.OwnerReference> refs = new ArrayList<>(pod.metadata().ownerReferences());
                    refs.add(new ObjectMeta.OwnerReference(o.apiVersion(), o.kind(), o.name(), o.metadata().uid(), true));
                    Pod adopted = pod.withMetadata(pod.metadata().withOwnerReferences(refs));
                    plane.writePod(pod, adopted, cause);
                    plane.log().record(ClusterEvent.Kind.POD_LABELS_CHANGED, ObjectKey.of(pod), ObjectKey.of(o),
                            pod.status().podIP(), cause, o.kind() + " " + o.name() + " adopts pod " + pod.name());
                    enqueue(ObjectKey.of(o), cause);
                    return;
                }
            }
        }
    }

    /** The garbage collector: what the deleted object controlled goes too (background propagation). */
    private void collectGarbage(KubeObject gone, String cause) {
        String uid = gone.metadata().uid();
        String why = ResourceNames.printed(gone) + " deleted";
        for (KubeObject o : plane.api().objects()) {
            ObjectMeta.OwnerReference ref = o.metadata().controller();
            if (ref != null && ref.uid().equals(uid) && !(o instanceof Pod)) {
                plane.deleteObject(ObjectKey.of(o), why);
            }
        }
        for (Pod p : new ArrayList<>(plane.pods().ownedBy(uid))) {
            plane.deletePod(p, why);
        }
    }

    static LabelSelector selectorOf(KubeObject o) {
        if (o instanceof ReplicaSet rs) {
            return rs.spec().selector();
        } else if (o instanceof Deployment d) {
            return d.spec().selector();
        } else if (o instanceof StatefulSet s) {
            return s.spec().selector();
        } else if (o instanceof ReplicationController rc) {
            Map<String, String> sel = rc.spec().selector();
            return sel == null ? null : LabelSelector.of(sel);
        }
        return null;
    }

    static ObjectKey ownerKey(ObjectMeta.OwnerReference ref, String namespace) {
        return new ObjectKey(ResourceNames.group(ref.apiVersion()), ref.kind(), namespace, ref.name());
    }
}
