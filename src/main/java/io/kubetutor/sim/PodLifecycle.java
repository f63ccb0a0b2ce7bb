package io.kubetutor.sim;

import io.kubetutor.model.Pod;
import io.kubetutor.model.PodStatus;
import io.kubetutor.sim.ClusterEvent.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A pod's life from creation to removal: the scheduler binds it (or leaves it Pending), the
 * kubelet runs it, a deletion lets it terminate gracefully, and every status change is written to
 * the store and passed to the controllers with its cause.
 */
final class PodLifecycle implements Kubelet.Host {
    /** The default terminationGracePeriodSeconds. */
    static final long GRACE_MILLIS = 30_000;

    private final ApiServer api;
    private final VirtualClock clock;
    private final EventLog log;
    private final KubeEvents kubeEvents;
    private final Scheduler scheduler;
    private final Kubelet kubelet;
    private final PodIndex pods;
    private final List<Controller> controllers;
    /** Pods no node could take, in the order they arrived; retried when room appears. */
    private final Map<ObjectKey, String> unschedulable = new LinkedHashMap<>();
    /** The node each bound pod (by uid) holds a place on. */
    private final Map<String, String> boundTo = new java.util.HashMap<>();

    PodLifecycle(ApiServer api, VirtualClock clock, EventLog log, KubeEvents kubeEvents, Scheduler scheduler,
                 Timers timers, PodIndex pods, List<Controller> controllers) {
        this.api = api;
        this.clock = clock;
        this.log = log;
        this.kubeEvents = kubeEvents;
        this.scheduler = scheduler;
        this.pods = pods;
        this.controllers = controllers;
        this.kubelet = new Kubelet(timers, clock, this);
    }

    Kubelet kubelet() {
        return kubelet;
    }

    /** A pod just stored (by apply or a controller): bind it to its node or schedule it. */
    void created(Pod pod, String cause) {
        pods.put(pod);
        log.record(Kind.POD_CREATED, ObjectKey.of(pod), null, "", cause, "pod " + pod.name() + " created");
        notifyControllers(null, pod, "pod " + pod.name() + " created");
        bindOrQueue(pod);
    }

    /**
     * A pod that was already bound and running when the simulation began (a system pod): it takes
     * its place on its node and its address, and its kubelet goes on running it. No one is told:
     * the controllers list it with everything else that was there (see Cluster's constructor).
     */
    void resume(Pod pod) {
        String node = pod.spec().nodeName();
        Scheduler.NodeState n = scheduler.node(node);
        if (n == null) {
            throw new IllegalStateException("system pod " + pod.name() + " is bound to unknown node " + node);
        }
        pods.put(pod);
        scheduler.bind(node, pod);
        boundTo.put(pod.metadata().uid(), node);
        n.addresses.claim(pod.status().podIP());
        PodRuntime rt = kubelet.resume(pod);
        if (!rt.status().equals(pod.status())) {
            write(pod.withStatus(rt.status()));
        }
    }

    private void bindOrQueue(Pod pod) {
        String node = pod.spec().nodeName();
        if (!node.isEmpty()) {
            if (scheduler.node(node) == null) {
                // No kubelet will ever claim it: it stays Pending, as on a real cluster.
                log.record(Kind.POD_UNSCHEDULABLE, ObjectKey.of(pod), null, "", "",
                        "pod " + pod.name() + " names node " + node + ", which does not exist: it stays Pending");
                return;
            }
            bind(pod, node, "spec.nodeName");
            return;
        }
        Scheduler.Placement p = scheduler.place(pod);
        if (p.node() == null) {
            unschedulable.put(ObjectKey.of(pod), p.failure());
            PodStatus pending = new PodStatus("Pending", "", List.of(), "",
                    List.of(new PodStatus.Condition("PodScheduled", "False")), null, List.of(), "");
            write(pod.withStatus(pending));
            podEvent(pod.metadata().uid(), "Warning", "FailedScheduling", "default-scheduler", p.failure());
            log.record(Kind.POD_UNSCHEDULABLE, ObjectKey.of(pod), null, "", "", "pod " + pod.name()
                    + " Pending: " + p.failure());
            return;
        }
        bind(pod, p.node(), "scheduled");
    }

    private void bind(Pod pod, String node, String how) {
        Scheduler.NodeState n = scheduler.node(node);
        scheduler.bind(node, pod);
        boundTo.put(pod.metadata().uid(), node);
        reservePinned(pod);
        Pod bound = pod.withSpec(pod.spec().withPlacement(node, pod.spec().hostname(), pod.spec().subdomain()));
        write(bound);
        if (how.equals("scheduled")) {
            podEvent(pod.metadata().uid(), "Normal", "Scheduled", "default-scheduler",
                    "Successfully assigned " + pod.namespace() + "/" + pod.name() + " to " + node);
        }
        log.record(Kind.POD_SCHEDULED, ObjectKey.of(pod), null, "", "", "pod " + pod.name() + " "
                + (how.equals("scheduled") ? "scheduled to " : "placed by spec.nodeName on ") + node);
        PodRuntime rt = kubelet.admit(bound, node, n.node.ip());
        Pod current = pods.get(pod.namespace(), pod.name());
        if (current != null && current.metadata().uid().equals(rt.uid) && current.status().phase().isEmpty()) {
            write(current.withStatus(rt.status())); // Pending, containers being created
        }
    }

    /** Deletion as the API server does it: an unbound pod goes at once, a bound one terminates first. */
    void delete(Pod pod, String cause) {
        Pod current = pods.get(pod.namespace(), pod.name());
        if (current == null || current.metadata().deleting()) {
            return;
        }
        PodRuntime rt = kubelet.runtime(current.metadata().uid());
        if (rt == null) {
            remove(current, cause);
            return;
        }
        Pod terminating = current.withMetadata(current.metadata().withDeletionTimestamp(clock.now()));
        write(terminating);
        String node = boundTo.get(current.metadata().uid());
        if (node != null) {
            scheduler.terminating(node, current);
        }
        boolean nodeDown = kubelet.isDown(rt.node);
        log.record(Kind.POD_TERMINATING, ObjectKey.of(pod), null, rt.podIP, cause,
                "pod " + pod.name() + " Terminating" + (nodeDown ? " (" + rt.node + " is down: no kubelet stops its"
                        + " containers or confirms the deletion, so it stays Terminating until the node is back)" : ""));
        if (!nodeDown) {
            podEvent(rt.uid, "Normal", "Killing", "kubelet", "Stopping container " + containerNames(current));
        }
        notifyControllers(current, terminating, "pod " + pod.name() + " deleted");
        kubelet.terminate(rt, GRACE_MILLIS);
    }

    /** The pod leaves the store: its address, its place on the node and its runtime go with it. */
    void remove(Pod pod, String cause) {
        Pod current = pods.get(pod.namespace(), pod.name());
        if (current == null || !current.metadata().uid().equals(pod.metadata().uid())) {
            return;
        }
        api.delete(ObjectKey.of(current));
        forget(current);
        log.record(Kind.POD_DELETED, ObjectKey.of(current), null, current.status().podIP(), cause,
                "pod " + current.name() + " deleted");
        notifyControllers(current, null, "pod " + current.name() + " deleted");
        retryUnschedulable();
    }

    /** The store already dropped the pod (pruned, or its namespace went): clean up after it. */
    void removedFromStore(Pod pod, String cause) {
        Pod current = pods.get(pod.namespace(), pod.name());
        if (current == null) {
            return;
        }
        forget(current);
        notifyControllers(current, null, "pod " + current.name() + " " + cause);
        retryUnschedulable();
    }

    private void forget(Pod current) {
        pods.remove(current);
        unschedulable.remove(ObjectKey.of(current));
        String node = boundTo.remove(current.metadata().uid());
        if (node != null) {
            scheduler.unbind(node, current, current.metadata().deleting());
            if (!current.status().podIP().isEmpty()) {
                scheduler.node(node).addresses.release(current.status().podIP());
            }
        }
        kubelet.forget(current.metadata().uid());
        kubeEvents.forget(current.metadata().uid());
    }

    /** A user re-applied or relabelled the pod. */
    void configured(Pod before, Pod after, String cause) {
        pods.put(after);
        String what = before.metadata().labels().equals(after.metadata().labels())
                ? "pod " + after.name() + " changed" : "labels of pod " + after.name() + " changed";
        if (!before.metadata().labels().equals(after.metadata().labels())) {
            log.record(Kind.POD_LABELS_CHANGED, ObjectKey.of(after), null, after.status().podIP(), cause,
                    what + " to " + after.metadata().labels());
        }
        notifyControllers(before, after, what);
    }

    /** Pods waiting for a node get another scheduling attempt (a pod left, a node was uncordoned or untainted). */
    void retryUnschedulable() {
        if (unschedulable.isEmpty()) {
            return;
        }
        for (ObjectKey k : new ArrayList<>(unschedulable.keySet())) {
            Pod p = pods.get(k.namespace(), k.name());
            unschedulable.remove(k);
            if (p != null && !p.metadata().deleting()) {
                Scheduler.Placement placement = scheduler.place(p);
                if (placement.node() == null) {
                    unschedulable.put(k, placement.failure());
                    return; // nothing freed that this pod can use; later ones wait their turn too
                }
                bind(p, placement.node(), "scheduled");
            }
        }
    }

    void setAppAnswers(Pod pod, boolean answers) {
        PodRuntime rt = kubelet.runtime(pod.metadata().uid());
        if (rt != null) {
            kubelet.setAppAnswers(rt, answers);
        }
    }

    @Override
    public void publish(PodRuntime rt, Kind kind, String cause, String effect) {
        Pod current = pods.get(rt.key.namespace(), rt.key.name());
        if (current == null || !current.metadata().uid().equals(rt.uid)) {
            return;
        }
        if (kubelet.isDown(rt.node)) {
            // Nobody on a node that is off can tell the API server: the change is the tutor's to tell.
            log.record(kind, rt.key, null, rt.podIP, cause, effect + " (" + rt.node
                    + " is down: no kubelet reports it, the pod's status stays as it was)");
            return;
        }
        Pod after = current.withStatus(rt.status());
        write(after);
        ClusterEvent e = log.record(kind, rt.key, null, rt.podIP, cause, effect);
        if (!after.status().equals(current.status())) {
            notifyControllers(current, after, e.cause().isEmpty() ? e.effect() : e.effect() + " (" + e.cause() + ")");
        }
    }

    @Override
    public void exited(PodRuntime rt) {
        Pod current = pods.get(rt.key.namespace(), rt.key.name());
        if (current != null && current.metadata().uid().equals(rt.uid)) {
            remove(current, "containers of pod " + current.name() + " exited after SIGTERM");
        }
    }

    @Override
    public void confirmedGone(PodRuntime rt) {
        Pod current = pods.get(rt.key.namespace(), rt.key.name());
        if (current != null && current.metadata().uid().equals(rt.uid)) {
            remove(current, "the kubelet on " + rt.node + " is back and finds pod " + current.name()
                    + " deleted, its containers gone with the power: it confirms the deletion");
        }
    }

    @Override
    public void podEvent(PodRuntime rt, String type, String reason, String message) {
        podEvent(rt.uid, type, reason, "kubelet", message);
    }

    private void podEvent(String uid, String type, String reason, String from, String message) {
        kubeEvents.record(uid, type, reason, from, message, clock.now());
    }

    @Override
    public void releaseIp(String node, String ip) {
        Scheduler.NodeState n = scheduler.node(node);
        if (n != null) {
            n.addresses.release(ip);
        }
    }

    /** The pods bound to {@code node} that are still in the store, by namespace and name. */
    List<Pod> podsOn(String node) {
        List<Pod> out = new ArrayList<>();
        for (PodRuntime rt : kubelet.on(node)) {
            Pod p = pods.get(rt.key.namespace(), rt.key.name());
            if (p != null && p.metadata().uid().equals(rt.uid)) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * MarkPodsNotReady: the node lifecycle controller writes the pod's Ready condition False (the
     * kubelet, which owns it, cannot) and records NodeNotReady on the pod. Only a pod whose Ready
     * condition is there and not False yet changes. Returns whether it changed.
     */
    boolean markNotReadyByNodeController(Pod pod, String node, String cause) {
        Pod current = pods.get(pod.namespace(), pod.name());
        if (current == null || !current.metadata().uid().equals(pod.metadata().uid())) {
            return false;
        }
        String ready = current.status().condition("Ready");
        if (ready == null || ready.equals("False")) {
            return false;
        }
        Pod after = current.withStatus(withCondition(current.status(), "Ready", "False"));
        write(after);
        podEvent(current.metadata().uid(), "Warning", "NodeNotReady", "node-controller", "Node is not ready");
        log.record(Kind.POD_NOT_READY, ObjectKey.of(after), null, after.status().podIP(), cause,
                "the node lifecycle controller sets pod " + after.name() + "'s Ready condition to False (its"
                        + " containers still show as ready: only the kubelet on " + node + " could say otherwise)");
        notifyControllers(current, after, "pod " + after.name() + " marked not ready: " + node + " is not ready");
        return true;
    }

    /**
     * The taint eviction controller's addConditionAndDeletePod: a DisruptionTarget condition
     * (DeletionByTaintManager), then an ordinary graceful delete.
     */
    void evict(Pod pod, String cause) {
        Pod current = pods.get(pod.namespace(), pod.name());
        if (current == null || !current.metadata().uid().equals(pod.metadata().uid())
                || current.metadata().deleting()) {
            return;
        }
        Pod marked = current.withStatus(withCondition(current.status(), "DisruptionTarget", "True"));
        write(marked);
        delete(marked, cause);
    }

    /** UpdatePodCondition: the condition's status replaced, or the condition appended when absent. */
    private static PodStatus withCondition(PodStatus s, String type, String status) {
        List<PodStatus.Condition> conditions = new ArrayList<>();
        boolean found = false;
        for (PodStatus.Condition c : s.conditions()) {
            if (c.type().equals(type)) {
                conditions.add(new PodStatus.Condition(type, status));
                found = true;
            } else {
                conditions.add(c);
            }
        }
        if (!found) {
            conditions.add(new PodStatus.Condition(type, status));
        }
        return new PodStatus(s.phase(), s.podIP(), s.podIPs(), s.hostIP(), conditions, s.startTime(),
                s.containerStatuses(), s.reason());
    }

    @Override
    public String allocateIp(String node) {
        Scheduler.NodeState n = scheduler.node(node);
        return n == null ? "" : n.addresses.allocate().orElse("");
    }

    /** A pinned address taken by a manifest: mark it used on the node that owns it. */
    private void reservePinned(Pod pod) {
        String ip = pod.status().podIP();
        if (!ip.isEmpty()) {
            for (Scheduler.NodeState n : scheduler.nodes()) {
                if (n.addresses.contains(ip)) {
                    n.addresses.reserve(ip);
                }
            }
        }
    }

    private void write(Pod after) {
        api.putSystemObject(after);
        pods.put(after);
    }

    private void notifyControllers(Pod before, Pod after, String cause) {
        for (Controller c : controllers) {
            c.podChanged(before, after, cause);
        }
    }

    private static String containerNames(Pod pod) {
        List<String> names = new ArrayList<>();
        pod.spec().containers().forEach(c -> names.add(c.name()));
        return String.join(", ", names);
    }
}
