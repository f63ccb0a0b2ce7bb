package io.kubetutor.sim;

import io.kubetutor.model.Pod;
import io.kubetutor.sim.ClusterEvent.Kind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The taint eviction controller (pkg/controller/tainteviction): when a node gets a NoExecute taint,
 * each pod on it is deleted once its toleration of that taint runs out. Every pod has the
 * tolerations the DefaultTolerationSeconds admission plugin adds (node.kubernetes.io/not-ready and
 * node.kubernetes.io/unreachable, NoExecute, 300 s), so a pod goes 300 s after the taint came. When
 * the taints go first, the scheduled deletions are cancelled. The deletion is an ordinary graceful
 * one after a DisruptionTarget condition: on a node that is down no kubelet confirms it, so the pod
 * stays Terminating while its controller (if it has one that may) makes a replacement elsewhere.
 *
 * <p>Its Events (TaintManagerEviction "Marking for deletion Pod NS/NAME", "Cancelling deletion of
 * Pod NS/NAME") name the pod without its uid, so {@code kubectl describe pod} does not list them;
 * they go to the event log only.
 */
final class TaintEvictions implements Controller {
    static final long DEFAULT_TOLERATION_MILLIS = 300_000;

    private record Scheduled(long id, String node, long at) {
    }

    private final Map<String, ClusterNode> nodes;
    private final Timers timers;
    private final VirtualClock clock;
    private final EventLog log;
    private final PodLifecycle lifecycle;
    /** Scheduled deletions by pod uid. */
    private final Map<String, Scheduled> scheduled = new HashMap<>();
    private long ids;

    TaintEvictions(Map<String, ClusterNode> nodes, Timers timers, VirtualClock clock, EventLog log,
                   PodLifecycle lifecycle) {
        this.nodes = nodes;
        this.timers = timers;
        this.clock = clock;
        this.log = log;
        this.lifecycle = lifecycle;
    }

    /** handleNodeUpdate: the node's NoExecute taints changed; each of its pods is looked at again. */
    void noExecuteTaintsChanged(ClusterNode n) {
        List<ClusterNode.Taint> taints = n.noExecuteTaints();
        for (Pod p : lifecycle.podsOn(n.name())) {
            if (taints.isEmpty()) {
                cancel(p, "the NoExecute taints of node " + n.name() + " were removed");
            } else {
                processPodOnNode(p, n, taints);
            }
        }
    }

    @Override
    public void podChanged(Pod before, Pod after, String cause) {
        if (after == null) {
            scheduled.remove(before.metadata().uid());
            return;
        }
        ClusterNode n = nodes.get(after.spec().nodeName());
        if (n != null && !scheduled.containsKey(after.metadata().uid())) {
            List<ClusterNode.Taint> taints = n.noExecuteTaints();
            if (!taints.isEmpty()) {
                processPodOnNode(after, n, taints);
            }
        }
    }

    private void processPodOnNode(Pod p, ClusterNode n, List<ClusterNode.Taint> taints) {
        String uid = p.metadata().uid();
        if (p.metadata().deleting() || scheduled.containsKey(uid)) {
            return; // an earlier deletion time stands (the same toleration counts from when it was first seen)
        }
        ClusterNode.Taint untolerated = null;
        for (ClusterNode.Taint t : taints) {
            if (!t.toleratedByDefault()) {
                untolerated = t;
                break;
            }
        }
        long at = clock.now() + (untolerated == null ? DEFAULT_TOLERATION_MILLIS : 0);
        Scheduled s = new Scheduled(++ids, n.name(), at);
        scheduled.put(uid, s);
        String taint = (untolerated != null ? untolerated : taints.get(0)).text();
        log.record(Kind.POD_EVICTION_SCHEDULED, ObjectKey.of(p), n.key, p.status().podIP(),
                "taint " + taint + " on node " + n.name(), untolerated != null
                        ? "pod " + p.name() + " does not tolerate it: the taint eviction controller deletes it now"
                        : "pod " + p.name() + " tolerates it for 300 s (the default toleration every pod gets): the"
                        + " taint eviction controller will delete it at " + NodeLifecycleController.Clock.text(at)
                        + " unless the taint is lifted first");
        timers.at(at, () -> fire(uid, s));
    }

    private void fire(String uid, Scheduled s) {
        if (scheduled.get(uid) != s) {
            return; // cancelled, or scheduled again since
        }
        scheduled.remove(uid);
        for (Pod p : lifecycle.podsOn(s.node())) {
            if (p.metadata().uid().equals(uid)) {
                log.record(Kind.POD_EVICTED, ObjectKey.of(p), nodes.get(s.node()).key, p.status().podIP(),
                        "its 300 s toleration of node " + s.node() + "'s NoExecute taint ran out",
                        "the taint eviction controller deletes pod " + p.name() + " (TaintManagerEviction: Marking for"
                                + " deletion Pod " + p.namespace() + "/" + p.name() + "); its controller, if any, may"
                                + " replace it on a healthy node");
                lifecycle.evict(p, "evicted from node " + s.node() + " (NoExecute taint)");
                return;
            }
        }
    }

    private void cancel(Pod p, String cause) {
        if (scheduled.remove(p.metadata().uid()) != null) {
            log.record(Kind.POD_EVICTION_CANCELLED, ObjectKey.of(p), null, p.status().podIP(), cause,
                    "the taint eviction controller cancels the deletion of pod " + p.name()
                            + " (Cancelling deletion of Pod " + p.namespace() + "/" + p.name() + ")");
        }
    }
}
