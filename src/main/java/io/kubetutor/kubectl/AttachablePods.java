package io.kubetutor.kubectl;

import io.kubetutor.model.Deployment;
import io.kubetutor.model.KubeObject;
import io.kubetutor.model.LabelSelector;
import io.kubetutor.model.Pod;
import io.kubetutor.model.PodStatus;
import io.kubetutor.model.ReplicaSet;
import io.kubetutor.model.ReplicationController;
import io.kubetutor.model.Service;
import io.kubetutor.model.StatefulSet;
import io.kubetutor.sim.Selectors;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * polymorphichelpers.AttachablePodForObject, which kubectl exec (and attach, port-forward) uses for
 * {@code TYPE/NAME}: a Pod is itself; for a workload or Service, SelectorsForObject gives the pod
 * selector, GetFirstPod lists the matching pods in the object's namespace and takes the first after
 * sorting them with {@code sort.Reverse(podutils.ActivePods)}: assigned before unassigned, Running
 * before Unknown before Pending, ready before not ready, ready for longer before ready for less,
 * fewer restarts first, older first. Nothing is printed about the choice, however many pods match.
 */
final class AttachablePods {
    private AttachablePods() {
    }

    static Pod forObject(Invocation inv, KubeObject o) throws KubectlError {
        if (o instanceof Pod p) {
            return p;
        }
        Predicate<Map<String, String>> selector = selectorFor(o);
        List<Pod> candidates = new ArrayList<>();
        for (Pod p : inv.cluster.snapshot().all(Pod.class)) {
            if (p.namespace().equals(o.namespace()) && selector.test(p.metadata().labels())) {
                candidates.add(p);
            }
        }
        if (candidates.isEmpty()) {
            // GetFirstPod watches for a matching pod until --pod-running-timeout (1m0s) passes; no
            // pod appears while the tutor's kubectl waits, so it ends as the watch times out.
            throw KubectlError.plain("timed out waiting for the condition");
        }
        // The API server lists by name; Go's sort of so few pods is an insertion sort, so ties keep that order.
        candidates.sort(Comparator.comparing(Pod::name, io.kubetutor.model.GoValues.STRING_ORDER));
        candidates.sort((a, b) -> mostActiveFirst(inv.cluster, a, b));
        return candidates.get(0);
    }

    /** SelectorsForObject, with its error wrapped as attachablePodForObject wraps it. */
    private static Predicate<Map<String, String>> selectorFor(KubeObject o) throws KubectlError {
        if (o instanceof Service s) {
            if (s.spec().selector() == null || s.spec().selector().isEmpty()) {
                throw KubectlError.plain("cannot attach to *v1.Service: invalid service '" + s.name()
                        + "': Service is defined without a selector");
            }
            return labels -> Selectors.matches(s.spec().selector(), labels);
        }
        if (o instanceof ReplicationController rc) {
            return labels -> Selectors.matches(rc.spec().selector(), labels);
        }
        LabelSelector selector;
        if (o instanceof Deployment d) {
            selector = d.spec().selector();
        } else if (o instanceof ReplicaSet rs) {
            selector = rs.spec().selector();
        } else if (o instanceof StatefulSet sts) {
            selector = sts.spec().selector();
        } else {
            String type = "*v1." + o.kind();
            throw KubectlError.plain("cannot attach to " + type + ": selector for " + type + " not implemented");
        }
        // LabelSelectorAsSelector(nil) is labels.Nothing(), whose String() is "": the list then has every pod.
        return labels -> selector == null || selector.isEmpty() || Selectors.matches(selector, labels);
    }

    /** sort.Reverse(ActivePods): negative when {@code a} is the more active pod. */
    static int mostActiveFirst(KubectlCluster cluster, Pod a, Pod b) {
        boolean aAssigned = !a.spec().nodeName().isEmpty();
        boolean bAssigned = !b.spec().nodeName().isEmpty();
        if (!a.spec().nodeName().equals(b.spec().nodeName()) && aAssigned != bAssigned) {
            return aAssigned ? -1 : 1;
        }
        int phase = Integer.compare(phaseRank(b.status()), phaseRank(a.status()));
        if (phase != 0) {
            return phase;
        }
        boolean aReady = a.status().ready();
        boolean bReady = b.status().ready();
        if (aReady != bReady) {
            return aReady ? -1 : 1;
        }
        if (aReady) {
            // Ready longer first; times are compared as the API holds them, in whole seconds.
            int ready = earlierOrZeroLast(PodStatusTree.readySince(a, cluster.readyChangedAt(a)),
                    PodStatusTree.readySince(b, cluster.readyChangedAt(b)));
            if (ready != 0) {
                return ready;
            }
        }
        int restarts = Integer.compare(maxRestarts(a), maxRestarts(b));
        if (restarts != 0) {
            return restarts;
        }
        return earlierOrZeroLast(a.metadata().creationTimestamp(), b.metadata().creationTimestamp());
    }

    /** Pending < Unknown < Running in ActivePods; any other phase ranks with Pending (Go's map zero value). */
    private static int phaseRank(PodStatus s) {
        return switch (s.phase()) {
            case "Running" -> 2;
            case "Unknown" -> 1;
            default -> 0;
        };
    }

    /** The earlier time first; a zero (unset) time after any set one (afterOrZero). */
    private static int earlierOrZeroLast(Long a, Long b) {
        if (a == null || b == null) {
            return a == null && b == null ? 0 : a == null ? 1 : -1;
        }
        return Long.compare(ApiTime.seconds(a), ApiTime.seconds(b));
    }

    private static int maxRestarts(Pod p) {
        int max = 0;
        for (PodStatus.ContainerStatus cs : p.status().containerStatuses()) {
            max = Math.max(max, cs.restartCount());
        }
        return max;
    }
}
