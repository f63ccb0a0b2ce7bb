package io.kubetutor.sim.workload;

import io.kubetutor.model.Pod;
import io.kubetutor.model.PodSpec;
import io.kubetutor.model.StatefulSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The StatefulSet controller's decisions (pkg/controller/statefulset stateful_set_control.go),
 * one sync at a time. Pods are {@code <set>-<ordinal>} with a stable identity; OrderedReady
 * (the default) creates the lowest missing ordinal only when every lower one is Running and Ready,
 * and removes the highest surplus ordinal one at a time, waiting for it to be gone; Parallel does
 * all at once. A deleted pod comes back under the same name. A changed template rolls pods to the
 * new revision from the highest ordinal down (RollingUpdate with partition 0, the default).
 */
public final class StatefulSetController {
    public static final String POD_NAME_LABEL = "statefulset.kubernetes.io/pod-name";
    public static final String POD_INDEX_LABEL = "apps.kubernetes.io/pod-index";
    public static final String REVISION_LABEL = "controller-revision-hash";
    private static final Pattern ORDINAL_NAME = Pattern.compile("(.*)-([0-9]+)$");

    private StatefulSetController() {
    }

    public static StatefulSetPlan plan(StatefulSet set, List<Pod> ownedPods) {
        return plan(set, ownedPods, PodClock.UNKNOWN);
    }

    /** A sync over the pods the set controls. */
    public static StatefulSetPlan plan(StatefulSet set, List<Pod> ownedPods, PodClock clock) {
        return new Pass(set, ownedPods, clock).run();
    }

    /** spec.replicas, which defaulting sets to 1 when absent. */
    public static int desiredReplicas(StatefulSet set) {
        Integer r = set.spec().replicas();
        return r == null ? 1 : r;
    }

    /** The revision name of the set's current template ({@code web-7b6c9d8f5}). */
    public static String updateRevision(StatefulSet set) {
        return PodTemplateHash.controllerRevisionName(set.name(), set.spec().template(), 0);
    }

    /**
     * newStatefulSetPod at the update revision: template labels and annotations, name
     * {@code <set>-<ordinal>} (generateName {@code <set>-} is kept, as GetPodFromTemplate sets it),
     * hostname = the pod name, subdomain = serviceName, and the pod-name, pod-index and
     * controller-revision-hash labels.
     */
    public static Pod newPod(StatefulSet set, int ordinal, String revision) {
        String name = set.name() + "-" + ordinal;
        Pod pod = PodTemplates.podFromTemplate(set.spec().template(), set.namespace(),
                PodNames.prefixFor(set.name()), PodTemplates.controllerRef(set));
        Map<String, String> labels = PodTemplates.plus(pod.metadata().labels(), POD_NAME_LABEL, name);
        labels = PodTemplates.plus(labels, POD_INDEX_LABEL, Integer.toString(ordinal));
        labels = PodTemplates.plus(labels, REVISION_LABEL, revision);
        PodSpec spec = pod.spec();
        return new Pod(pod.metadata().withName(name).withLabels(labels),
                spec.withPlacement(spec.nodeName(), name, set.spec().serviceName()), null, null);
    }

    /** The ordinal of a pod of this set (name {@code <set>-<n>}), or -1 when the name is not one. */
    public static int ordinalOf(StatefulSet set, String podName) {
        Matcher m = ORDINAL_NAME.matcher(podName);
        if (!m.matches() || !m.group(1).equals(set.name())) {
            return -1;
        }
        try {
            return Integer.parseInt(m.group(2));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** updateStatefulSet for one pass; names follow the Go code. */
    private static final class Pass {
        private final StatefulSet set;
        private final PodClock clock;
        private final int minReadySeconds;
        private final boolean monotonic;
        private final String updateRevision;
        private final Pod[] replicas;
        private final boolean[] missing;
        private final List<Pod> condemned = new ArrayList<>();
        private final List<Pod> toCreate = new ArrayList<>();
        private final List<Pod> toDelete = new ArrayList<>();
        private final Set<Pod> deletedNow = Collections.newSetFromMap(new IdentityHashMap<>());
        private final List<WorkloadEvent> events = new ArrayList<>();

        Pass(StatefulSet set, List<Pod> ownedPods, PodClock clock) {
            this.set = set;
            this.clock = clock;
            this.minReadySeconds = set.spec().minReadySeconds();
            this.monotonic = !"Parallel".equals(set.spec().podManagementPolicy());
            this.updateRevision = updateRevision(set);
            int n = desiredReplicas(set);
            this.replicas = new Pod[n];
            this.missing = new boolean[n];
            for (Pod p : ownedPods) {
                int ord = ordinalOf(set, p.name());
                if (ord < 0) {
                    continue; // not a member by name: the controller releases it
                }
                if (ord < n) {
                    replicas[ord] = p;
                } else {
                    condemned.add(p);
                }
            }
            condemned.sort((a, b) -> Integer.compare(ordinalOf(set, b.name()), ordinalOf(set, a.name())));
            for (int i = 0; i < n; i++) {
                if (replicas[i] == null) {
                    replicas[i] = newPod(set, i, updateRevision);
                    missing[i] = true;
                }
            }
        }

        StatefulSetPlan run() {
            Status status = status();
            process();
            return new StatefulSetPlan(toCreate, toDelete, updateRevision, status.figures(), events);
        }

        private void process() {
            Pod firstUnhealthy = firstUnhealthy();
            for (int i = 0; i < replicas.length; i++) {
                if (processReplica(i) && monotonic) {
                    return;
                }
            }
            for (Pod pod : condemned) {
                if (processCondemned(pod, firstUnhealthy) && monotonic) {
                    return;
                }
            }
            rollToUpdateRevision();
        }

        /** Whether the sync should stop here (honoured only by OrderedReady). */
        private boolean processReplica(int i) {
            Pod pod = replicas[i];
            if (missing[i]) {
                toCreate.add(pod);
                events.add(podEvent("Create", pod));
                return monotonic;
            }
            if (PodStates.terminal(pod)) {
                // A finished pod is deleted and made again on a later sync.
                if (!terminating(pod)) {
                    delete(pod);
                }
                return true;
            }
            if (terminating(pod) && monotonic) {
                return true;
            }
            if (!PodStates.runningAndReady(pod) && monotonic) {
                return true;
            }
            return !runningAndAvailable(pod) && monotonic;
        }

        private boolean processCondemned(Pod pod, Pod firstUnhealthy) {
            if (terminating(pod)) {
                return monotonic;
            }
            if (monotonic && pod != firstUnhealthy
                    && (!PodStates.runningAndReady(pod) || !runningAndAvailable(pod))) {
                return true;
            }
            delete(pod);
            return true;
        }

        /** RollingUpdate, partition 0: replace the highest pod not at the update revision, one at a time. */
        private void rollToUpdateRevision() {
            for (int target = replicas.length - 1; target >= 0; target--) {
                Pod pod = replicas[target];
                String revision = pod.metadata().labels().getOrDefault(REVISION_LABEL, "");
                if (!revision.equals(updateRevision) && !terminating(pod)) {
                    delete(pod);
                    return;
                }
                if (!healthy(target)) {
                    return;
                }
            }
        }

        /** The first pod not Running-and-Ready (or terminating), lowest ordinal first, surplus pods last. */
        private Pod firstUnhealthy() {
            for (int i = 0; i < replicas.length; i++) {
                if (!healthy(i)) {
                    return replicas[i];
                }
            }
            for (int i = condemned.size() - 1; i >= 0; i--) {
                Pod pod = condemned.get(i);
                if (!PodStates.runningAndReady(pod) || terminating(pod)) {
                    return pod;
                }
            }
            return null;
        }

        private boolean healthy(int i) {
            return !missing[i] && PodStates.runningAndReady(replicas[i]) && !terminating(replicas[i]);
        }

        private boolean runningAndAvailable(Pod pod) {
            return PodStates.RUNNING.equals(pod.status().phase()) && clock.available(pod, minReadySeconds);
        }

        private boolean terminating(Pod pod) {
            return pod.metadata().deleting() || deletedNow.contains(pod);
        }

        private void delete(Pod pod) {
            if (deletedNow.add(pod)) {
                toDelete.add(pod);
                events.add(podEvent("Delete", pod));
            }
        }

        private WorkloadEvent podEvent(String verb, Pod pod) {
            return new WorkloadEvent("Successful" + verb, verb.toLowerCase(java.util.Locale.ROOT) + " Pod "
                    + pod.name() + " in StatefulSet " + set.name() + " successful");
        }

        private Status status() {
            Status s = new Status();
            for (int i = 0; i < replicas.length; i++) {
                if (!missing[i]) {
                    s.count(replicas[i]);
                }
            }
            condemned.forEach(s::count);
            return s;
        }

        private final class Status {
            int replicas;
            int ready;
            int available;
            int updated;

            void count(Pod pod) {
                replicas++;
                if (PodStates.runningAndReady(pod)) {
                    ready++;
                    if (runningAndAvailable(pod)) {
                        available++;
                    }
                }
                if (!pod.metadata().deleting()
                        && updateRevision.equals(pod.metadata().labels().get(REVISION_LABEL))) {
                    updated++;
                }
            }

            StatefulSetPlan.Status figures() {
                return new StatefulSetPlan.Status(replicas, ready, available, updated);
            }
        }
    }
}
