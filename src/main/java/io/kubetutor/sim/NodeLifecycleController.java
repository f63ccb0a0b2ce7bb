package io.kubetutor.sim;

import io.kubetutor.model.Pod;
import io.kubetutor.sim.ClusterEvent.Kind;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * The nodes' side of the control plane, kube-controller-manager v1.33 defaults (decision 0017):
 * the node lifecycle controller, with the kubelets' heartbeats and cordoning around it.
 *
 * <p>Each kubelet renews its Lease every 10 s (at multiples of 10 s of virtual time). Every 5 s
 * (--node-monitor-period) the controller looks at each node: one whose last renewal is more than
 * 50 s old (--node-monitor-grace-period, 40 s before v1.32) gets Ready, MemoryPressure,
 * DiskPressure and PIDPressure Unknown ("Kubelet stopped posting node status."), a NodeNotReady
 * event, its pods' Ready condition False (MarkPodsNotReady), and at once the
 * node.kubernetes.io/unreachable:NoSchedule taint (doNoScheduleTaintingPass). At the next pass the
 * node joins the rate-limited queue (--node-eviction-rate 0.1/s, one node per 10 s) for the
 * unreachable:NoExecute taint, which the {@link TaintEvictions} act on. The zone's state decides
 * whether that queue moves at all: with every node not ready the controller stops tainting and
 * removes those taints (master disruption mode); with more than two and at least 55 % not ready a
 * cluster of at most 50 nodes stops too (partial disruption).
 */
final class NodeLifecycleController {
    static final long MONITOR_PERIOD_MILLIS = 5_000;
    static final long GRACE_PERIOD_MILLIS = 50_000;
    static final long LEASE_RENEW_MILLIS = 10_000;
    /** 1 / --node-eviction-rate (0.1 per second), with a token bucket of burst 1. */
    static final long TAINT_INTERVAL_MILLIS = 10_000;
    static final float UNHEALTHY_ZONE_THRESHOLD = 0.55f;
    static final int LARGE_CLUSTER_THRESHOLD = 50;

    enum ZoneState { NORMAL, PARTIAL_DISRUPTION, FULL_DISRUPTION }

    private final Map<String, ClusterNode> nodes;
    private final Timers timers;
    private final VirtualClock clock;
    private final EventLog log;
    private final KubeEvents kubeEvents;
    private final PodLifecycle lifecycle;
    private final TaintEvictions evictions;
    private final Deque<ClusterNode> taintQueue = new ArrayDeque<>();
    private ZoneState zoneState = ZoneState.NORMAL;
    /** Whether the NoExecute tainter's limiter lets anything through (not in a disrupted zone). */
    private boolean limiterOpen = true;
    private long nextToken;
    private boolean ticking;
    private boolean tokenTimerSet;

    NodeLifecycleController(Map<String, ClusterNode> nodes, Timers timers, VirtualClock clock, EventLog log,
                            KubeEvents kubeEvents, PodLifecycle lifecycle, TaintEvictions evictions) {
        this.nodes = nodes;
        this.timers = timers;
        this.clock = clock;
        this.log = log;
        this.kubeEvents = kubeEvents;
        this.lifecycle = lifecycle;
        this.evictions = evictions;
    }

    /** {@code kubectl cordon}/{@code uncordon}: spec.unschedulable, then the taint that mirrors it. */
    /** The node named so; an unknown name is the caller's mistake. */
    ClusterNode node(String name) {
        ClusterNode n = nodes.get(name);
        if (n == null) {
            throw new IllegalArgumentException("no node " + name + " (nodes: " + String.join(", ", nodes.keySet())
                    + ")");
        }
        return n;
    }

    /** The names of the machines that are down now, whatever the API says yet. */
    java.util.Set<String> downNodes() {
        java.util.Set<String> down = new java.util.HashSet<>();
        for (ClusterNode n : nodes.values()) {
            if (n.down) {
                down.add(n.name());
            }
        }
        return down;
    }

    boolean has(String name) {
        return nodes.containsKey(name);
    }

    /** Power back on ({@code true}) or lost ({@code false}). */
    void setPower(ClusterNode n, boolean on) {
        if (on) {
            recover(n);
        } else {
            fail(n);
        }
    }

    void cordon(ClusterNode n, boolean unschedulable) {
        if (n.unschedulable == unschedulable) {
            return;
        }
        n.unschedulable = unschedulable;
        log.record(unschedulable ? Kind.NODE_CORDONED : Kind.NODE_UNCORDONED, n.key, null, n.spec.ip(),
                unschedulable ? "kubectl cordon " + n.name() : "kubectl uncordon " + n.name(),
                unschedulable ? "node " + n.name() + " is unschedulable: the scheduler places no new pods there;"
                        + " the pods already on it keep running"
                        : "node " + n.name() + " is schedulable again: new pods may go there (running pods do not move)");
        if (!n.down) {
            String status = unschedulable ? "NodeNotSchedulable" : "NodeSchedulable";
            nodeEvent(n, "Normal", status, "kubelet", "Node " + n.name() + " status is now: " + status);
        }
        noScheduleTaintingPass(n, "node " + n.name() + (unschedulable ? " cordoned" : " uncordoned"));
        if (!unschedulable) {
            lifecycle.retryUnschedulable();
        }
    }

    /** The machine loses power: the API server learns of it only when the heartbeats are missed. */
    void fail(ClusterNode n) {
        if (n.down) {
            return;
        }
        long now = clock.now();
        n.down = true;
        n.downSince = now;
        n.lastHeartbeat = now - Math.floorMod(now, LEASE_RENEW_MILLIS);
        lifecycle.kubelet().nodeDown(n.name());
        long noticed = firstTickAfter(n.lastHeartbeat + GRACE_PERIOD_MILLIS);
        log.record(Kind.NODE_FAILED, n.key, null, n.spec.ip(), "power lost",
                "node " + n.name() + " is down: its kubelet, kube-proxy and pods stop at once, and packets to it"
                        + " are lost; the API server does not know yet (its kubelet last renewed its Lease at "
                        + Clock.text(n.lastHeartbeat) + "; after the 50 s node-monitor-grace-period the node"
                        + " lifecycle controller notices, at " + Clock.text(noticed) + ")");
        ensureTicking();
    }

    /** Power is back: the kubelet starts, renews its Lease and posts Ready at once. */
    void recover(ClusterNode n) {
        if (!n.down) {
            return;
        }
        long downSince = n.downSince;
        n.down = false;
        n.lastHeartbeat = clock.now();
        boolean wasNotReady = !n.ready.equals("True");
        n.ready = "True";
        log.record(Kind.NODE_READY, n.key, null, n.spec.ip(), "power back",
                "node " + n.name() + " is up: its kubelet renews its Lease and posts Ready"
                        + (wasNotReady ? "; the node lifecycle controller lifts the taints at its next pass" : ""));
        nodeEvent(n, "Normal", "Starting", "kubelet", "Starting kubelet.");
        nodeEvent(n, "Normal", "NodeReady", "kubelet", "Node " + n.name() + " status is now: NodeReady");
        noScheduleTaintingPass(n, "node " + n.name() + " Ready again");
        lifecycle.kubelet().nodeUp(n.name(), downSince);
        lifecycle.retryUnschedulable();
        ensureTicking();
    }

    /** The first monitor pass strictly after {@code at} (passes run at multiples of 5 s). */
    static long firstTickAfter(long at) {
        return at - Math.floorMod(at, MONITOR_PERIOD_MILLIS) + MONITOR_PERIOD_MILLIS;
    }

    /**
     * Monitor passes run only while there is something to watch, which changes nothing: a pass over
     * healthy nodes does nothing, and passes stay on the 5 s grid either way.
     */
    private void ensureTicking() {
        if (!ticking) {
            ticking = true;
            timers.recurring(firstTickAfter(clock.now()), this::monitorPass);
        }
    }

    private boolean somethingToWatch() {
        if (!taintQueue.isEmpty() || zoneState != ZoneState.NORMAL) {
            return true;
        }
        for (ClusterNode n : nodes.values()) {
            if (n.down || !n.ready.equals("True") || !n.noExecuteTaints().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** monitorNodeHealth: each node's health, the taint-based eviction decisions, then the zone's state. */
    private void monitorPass() {
        long now = clock.now();
        for (ClusterNode n : nodes.values()) {
            String observed = n.ready;
            if (n.down && !observed.equals("Unknown") && now > n.lastHeartbeat + GRACE_PERIOD_MILLIS) {
                markUnknown(n);
            }
            processTaintBasedEviction(n, observed);
        }
        handleDisruption();
        processTaintQueue();
        if (somethingToWatch()) {
            timers.recurring(now + MONITOR_PERIOD_MILLIS, this::monitorPass);
        } else {
            ticking = false;
        }
    }

    private void markUnknown(ClusterNode n) {
        n.ready = "Unknown";
        String cause = "no Lease renewal from node " + n.name() + "'s kubelet since " + Clock.text(n.lastHeartbeat)
                + ", more than the 50 s node-monitor-grace-period";
        log.record(Kind.NODE_NOT_READY, n.key, null, n.spec.ip(), cause, "the node lifecycle controller sets"
                + " node " + n.name() + "'s Ready condition to Unknown (\"Kubelet stopped posting node status.\"):"
                + " kubectl shows it NotReady, and its pods are marked not ready so the endpoints controllers"
                + " take them out of the ready addresses");
        nodeEvent(n, "Normal", "NodeNotReady", "node-controller", "Node " + n.name() + " status is now: NodeNotReady");
        for (Pod p : lifecycle.podsOn(n.name())) {
            lifecycle.markNotReadyByNodeController(p, n.name(), "node " + n.name() + " is not ready");
        }
        noScheduleTaintingPass(n, "node " + n.name() + " not ready");
    }

    /**
     * doNoScheduleTaintingPass: the NoSchedule taints that mirror the Ready condition and
     * spec.unschedulable, added or removed to match.
     */
    private void noScheduleTaintingPass(ClusterNode n, String cause) {
        boolean unreachable = n.ready.equals("Unknown");
        boolean notReady = n.ready.equals("False");
        setTaint(n, ClusterNode.UNREACHABLE, ClusterNode.NO_SCHEDULE, unreachable, cause);
        setTaint(n, ClusterNode.NOT_READY, ClusterNode.NO_SCHEDULE, notReady, cause);
        setTaint(n, ClusterNode.UNSCHEDULABLE, ClusterNode.NO_SCHEDULE, n.unschedulable, cause);
    }

    private void processTaintBasedEviction(ClusterNode n, String observed) {
        switch (observed) {
            case "Unknown" -> markForTainting(n);
            case "True" -> markReachable(n, "node " + n.name() + " is Ready");
            default -> {
            }
        }
    }

    private void markForTainting(ClusterNode n) {
        if (!n.queuedForNoExecute && !n.hasTaint(ClusterNode.UNREACHABLE, ClusterNode.NO_EXECUTE)) {
            n.queuedForNoExecute = true;
            taintQueue.add(n);
        }
    }

    /** markNodeAsReachable: the NoExecute taints go (their evictions are cancelled) and the node leaves the queue. */
    private void markReachable(ClusterNode n, String cause) {
        setTaint(n, ClusterNode.UNREACHABLE, ClusterNode.NO_EXECUTE, false, cause);
        setTaint(n, ClusterNode.NOT_READY, ClusterNode.NO_EXECUTE, false, cause);
        if (n.queuedForNoExecute) {
            n.queuedForNoExecute = false;
            taintQueue.remove(n);
        }
    }

    /** ComputeZoneState over the one zone the simulated nodes share, and what a change of state does. */
    private void handleDisruption() {
        int ready = 0;
        int notReady = 0;
        for (ClusterNode n : nodes.values()) {
            if (n.ready.equals("True")) {
                ready++;
            } else {
                notReady++;
            }
        }
        ZoneState state;
        if (ready == 0 && notReady > 0) {
            state = ZoneState.FULL_DISRUPTION;
        } else if (notReady > 2 && (float) notReady / (notReady + ready) >= UNHEALTHY_ZONE_THRESHOLD) {
            state = ZoneState.PARTIAL_DISRUPTION;
        } else {
            state = ZoneState.NORMAL;
        }
        if (state == zoneState) {
            return;
        }
        ZoneState was = zoneState;
        zoneState = state;
        if (state == ZoneState.FULL_DISRUPTION) {
            log.record(Kind.ZONE_DISRUPTION, null, null, "", "every node is not ready",
                    "the node lifecycle controller enters master disruption mode: it suspects its own view rather"
                            + " than every node at once, so it removes the NoExecute taints and evicts nothing");
            for (ClusterNode n : nodes.values()) {
                markReachable(n, "master disruption mode");
            }
            swapLimiter(false);
            return;
        }
        if (was == ZoneState.FULL_DISRUPTION) {
            // Leaving master disruption mode: every node's probe timestamp starts afresh.
            for (ClusterNode n : nodes.values()) {
                n.lastHeartbeat = clock.now();
            }
        }
        boolean open = state == ZoneState.NORMAL || nodes.size() > LARGE_CLUSTER_THRESHOLD;
        if (state == ZoneState.NORMAL) {
            log.record(Kind.ZONE_DISRUPTION, null, null, "", ready + " of " + (notReady + ready) + " nodes are ready",
                    "the zone is back to normal: the node lifecycle controller adds NoExecute taints again, at most"
                            + " one node every 10 s");
        }
        if (state == ZoneState.PARTIAL_DISRUPTION) {
            log.record(Kind.ZONE_DISRUPTION, null, null, "", notReady + " of " + (notReady + ready)
                    + " nodes are not ready", "the zone is partially disrupted: in a cluster of at most "
                    + LARGE_CLUSTER_THRESHOLD + " nodes the node lifecycle controller stops adding NoExecute taints");
        }
        swapLimiter(open);
    }

    /** SwapLimiter: a fresh limiter starts with its token spent when the old one had none to give. */
    private void swapLimiter(boolean open) {
        if (open == limiterOpen) {
            return;
        }
        boolean oldHadToken = limiterOpen && clock.now() >= nextToken;
        limiterOpen = open;
        if (open) {
            nextToken = oldHadToken ? clock.now() : clock.now() + TAINT_INTERVAL_MILLIS;
        }
    }

    /** doNoExecuteTaintingPass: as many queued nodes as the token bucket allows get the NoExecute taint. */
    private void processTaintQueue() {
        while (!taintQueue.isEmpty() && limiterOpen) {
            long now = clock.now();
            if (now < nextToken) {
                if (!tokenTimerSet) {
                    tokenTimerSet = true;
                    timers.at(nextToken, () -> {
                        tokenTimerSet = false;
                        processTaintQueue();
                    });
                }
                return;
            }
            nextToken = now + TAINT_INTERVAL_MILLIS;
            ClusterNode n = taintQueue.poll();
            n.queuedForNoExecute = false;
            if (n.ready.equals("Unknown")) {
                setTaint(n, ClusterNode.UNREACHABLE, ClusterNode.NO_EXECUTE, true,
                        "node " + n.name() + " still unreachable at the controller's next pass");
            }
        }
    }

    private void setTaint(ClusterNode n, String key, String effect, boolean wanted, String cause) {
        boolean changed = wanted ? n.addTaint(key, effect, clock.now()) : n.removeTaint(key, effect);
        if (!changed) {
            return;
        }
        String taint = key + ":" + effect;
        String meaning = effect.equals(ClusterNode.NO_SCHEDULE)
                ? "the scheduler places no new pods there (pods do not tolerate it)"
                : "the taint eviction controller starts counting down the pods' 300 s toleration of it";
        log.record(wanted ? Kind.NODE_TAINTED : Kind.NODE_TAINT_REMOVED, n.key, null, taint, cause, wanted
                ? "taint " + taint + " added to node " + n.name() + ": " + meaning
                : "taint " + taint + " removed from node " + n.name());
        if (effect.equals(ClusterNode.NO_EXECUTE)) {
            evictions.noExecuteTaintsChanged(n);
        }
        if (!wanted) {
            lifecycle.retryUnschedulable();
        }
    }

    private void nodeEvent(ClusterNode n, String type, String reason, String from, String message) {
        kubeEvents.record(n.uid, type, reason, from, message, clock.now());
    }

    /** Node states for views, in topology order. */
    List<NodeState> states() {
        return nodes.values().stream().map(ClusterNode::state).toList();
    }

    /** Virtual times written as the event log's readers see them: m:ss since the simulation began. */
    static final class Clock {
        private Clock() {
        }

        static String text(long millis) {
            long s = millis / 1000;
            return (s / 60) + ":" + String.format("%02d", s % 60)
                    + (millis % 1000 == 0 ? "" : "." + String.format("%03d", millis % 1000));
        }
    }
}
