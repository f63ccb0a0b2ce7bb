package io.kubetutor.sim;

import io.kubetutor.model.Container;
import io.kubetutor.model.Pod;
import io.kubetutor.model.PodStatus;
import io.kubetutor.model.Probe;
import io.kubetutor.sim.ClusterEvent.Kind;
import io.kubetutor.sim.ContainerRuntime.State;
import java.util.HashMap;
import java.util.Map;

/**
 * The kubelets of all nodes: start a bound pod's containers, run their startup, readiness and
 * liveness probes on the virtual clock with their delays, periods and thresholds, restart a
 * container whose liveness (or startup) probe fails (with the kubelet's doubling back-off), and
 * stop a deleted pod's containers. Every change is published through the {@link Host}.
 */
final class Kubelet {
    /** Image already present: the sandbox and containers run this long after the pod is bound. */
    static final long CONTAINER_START_MILLIS = 2_000;
    /** The simulated app exits this long after SIGTERM (well inside the 30 s grace period). */
    static final long APP_EXIT_MILLIS = 1_000;
    static final long BACK_OFF_BASE_MILLIS = 10_000;
    static final long BACK_OFF_MAX_MILLIS = 300_000;

    interface Host {
        /** Stores the runtime's status on its pod and lets controllers react; records the event. */
        void publish(PodRuntime rt, Kind kind, String cause, String effect);

        /** A deleted pod's containers have all stopped: the pod leaves the store. */
        void exited(PodRuntime rt);

        /** A pod deleted while its node was down: the kubelet, back, finds its containers dead and confirms it gone. */
        void confirmedGone(PodRuntime rt);

        /** A Kubernetes Event about the pod, as kubectl describe lists them. */
        void podEvent(PodRuntime rt, String type, String reason, String message);

        /** A new address from the node's pod CIDR, or "" when the range is full. */
        String allocateIp(String node);

        /** Gives an address back to the node's IPAM (the CNI's DEL for a sandbox that is torn down). */
        void releaseIp(String node, String ip);
    }

    enum ProbeKind {
        STARTUP("Startup"), READINESS("Readiness"), LIVENESS("Liveness");

        final String title;

        ProbeKind(String title) {
            this.title = title;
        }

        Probe of(Container c) {
            return switch (this) {
                case STARTUP -> c.startupProbe();
                case READINESS -> c.readinessProbe();
                case LIVENESS -> c.livenessProbe();
            };
        }
    }

    private final Map<String, PodRuntime> pods = new HashMap<>();
    /** Nodes whose machine is off: their kubelet does nothing, and nothing it started runs on. */
    private final java.util.Set<String> downNodes = new java.util.HashSet<>();
    private final Timers timers;
    private final VirtualClock clock;
    private final Host host;

    Kubelet(Timers timers, VirtualClock clock, Host host) {
        this.timers = timers;
        this.clock = clock;
        this.host = host;
    }

    PodRuntime runtime(String uid) {
        return pods.get(uid);
    }

    /** A pod bound to {@code node}: its sandbox and containers start shortly, unless its status is pinned. */
    PodRuntime admit(Pod pod, String node, String hostIP) {
        PodRuntime rt = new PodRuntime(pod, node, hostIP);
        pods.put(rt.uid, rt);
        rt.startTime = clock.now();
        if (downNodes.contains(node)) {
            return rt; // bound to a node that is off: nothing starts until it is back (nodeUp)
        }
        String pinnedPhase = pod.status().phase();
        if (!pinnedPhase.isEmpty() || !pod.status().podIP().isEmpty() || pod.status().condition("Ready") != null) {
            startPinned(rt, pod);
            return rt;
        }
        timers.at(clock.now() + CONTAINER_START_MILLIS, () -> start(rt));
        return rt;
    }

    /**
     * A pod that was already running on its node when the simulation began (a system pod, whose
     * status the bootstrap wrote): the kubelet takes it up as it is and goes on probing it.
     */
    PodRuntime resume(Pod pod) {
        PodStatus s = pod.status();
        PodRuntime rt = PodRuntime.runningSince(pod, pod.spec().nodeName(), s.hostIP(), s.podIP(),
                s.startTime() == null ? clock.now() : s.startTime());
        pods.put(rt.uid, rt);
        for (ContainerRuntime c : rt.containers) {
            scheduleProbes(rt, c);
        }
        return rt;
    }

    /** Scenario state from the manifest: running (or the pinned phase) at once, readiness as written. */
    private void startPinned(PodRuntime rt, Pod pod) {
        String phase = pod.status().phase();
        rt.pinnedPhase = phase.equals("Running") || phase.isEmpty() ? "" : phase;
        String ready = pod.status().condition("Ready");
        rt.pinnedReady = ready == null ? null : ready.equals("True");
        rt.podIP = pod.status().podIP().isEmpty() ? host.allocateIp(rt.node) : pod.status().podIP();
        if (!phase.equals("Pending")) {
            rt.sandboxReady = true;
            for (ContainerRuntime c : rt.containers) {
                c.run(clock.now());
                if (rt.pinnedReady == null) {
                    readyIfProbeless(c);
                }
                scheduleProbes(rt, c);
            }
        }
        host.publish(rt, Kind.POD_STARTED, "", "pod " + rt.key.name() + " loaded as written: "
                + (rt.podIP.isEmpty() ? "no IP" : rt.podIP) + (rt.pinnedReady == null ? ""
                : rt.pinnedReady ? ", Ready" : ", not Ready"));
    }

    private void start(PodRuntime rt) {
        if (pods.get(rt.uid) != rt || rt.terminating || downNodes.contains(rt.node)) {
            return;
        }
        rt.podIP = host.allocateIp(rt.node);
        rt.sandboxReady = true;
        for (ContainerRuntime c : rt.containers) {
            c.run(clock.now());
            readyIfProbeless(c);
            containerEvents(rt, c);
            scheduleProbes(rt, c);
        }
        host.publish(rt, Kind.POD_STARTED, "", "pod " + rt.key.name() + " running at " + rt.podIP + " on " + rt.node
                + (rt.ready() ? ", Ready" : ""));
    }

    /** What the kubelet records as it starts a container whose image is already on the node. */
    private void containerEvents(PodRuntime rt, ContainerRuntime c) {
        host.podEvent(rt, "Normal", "Pulled", "Container image \"" + c.spec.image() + "\" already present on machine");
        host.podEvent(rt, "Normal", "Created", "Created container: " + c.spec.name());
        host.podEvent(rt, "Normal", "Started", "Started container " + c.spec.name());
    }

    /** A started container without a readiness probe is ready in the same status update. */
    private static void readyIfProbeless(ContainerRuntime c) {
        if (c.started && c.spec.readinessProbe() == null) {
            c.ready = true;
        }
    }

    /** Containers without a readiness probe are ready once started. */
    private void markReadyIfProbeless(PodRuntime rt) {
        boolean changed = false;
        for (ContainerRuntime c : rt.containers) {
            if (c.state == State.RUNNING && c.started && c.spec.readinessProbe() == null && !c.ready) {
                c.ready = true;
                changed = true;
            }
        }
        if (changed && rt.ready()) {
            host.publish(rt, Kind.POD_READY, "", "pod " + rt.key.name() + " Ready");
        }
    }

    private void scheduleProbes(PodRuntime rt, ContainerRuntime c) {
        for (ProbeKind k : ProbeKind.values()) {
            Probe p = k.of(c.spec);
            if (p != null) {
                schedule(rt, c, k, clock.now() + Math.max(0, p.initialDelaySeconds()) * 1000L);
            }
        }
    }

    private void schedule(PodRuntime rt, ContainerRuntime c, ProbeKind kind, long at) {
        long instance = c.instance;
        timers.recurring(at, () -> probe(rt, c, kind, instance));
    }

    private void probe(PodRuntime rt, ContainerRuntime c, ProbeKind kind, long instance) {
        if (pods.get(rt.uid) != rt || c.instance != instance || rt.terminating || c.state != State.RUNNING) {
            return;
        }
        Probe p = kind.of(c.spec);
        if (kind == ProbeKind.STARTUP && c.started) {
            return; // the startup probe stops once it has succeeded
        }
        schedule(rt, c, kind, clock.now() + Math.max(1, p.periodSeconds()) * 1000L);
        if (kind != ProbeKind.STARTUP && !c.started) {
            return; // readiness and liveness wait for the startup probe
        }
        boolean ok = AppBehaviour.probeSucceeds(c.spec, p, rt.appAnswers);
        switch (kind) {
            case STARTUP -> startupResult(rt, c, p, ok);
            case READINESS -> readinessResult(rt, c, p, ok);
            case LIVENESS -> livenessResult(rt, c, p, ok);
        }
    }

    private void startupResult(PodRuntime rt, ContainerRuntime c, Probe p, boolean ok) {
        if (ok) {
            c.started = true;
            host.publish(rt, Kind.POD_STARTED, "startup probe succeeded",
                    "container " + c.spec.name() + " of pod " + rt.key.name() + " started");
            markReadyIfProbeless(rt);
            return;
        }
        c.startupFailures++;
        failed(rt, c, ProbeKind.STARTUP, c.startupFailures, threshold(p.failureThreshold()));
        if (c.startupFailures >= threshold(p.failureThreshold())) {
            restart(rt, c, "startup probe failed " + c.startupFailures + " times");
        }
    }

    private void readinessResult(PodRuntime rt, ContainerRuntime c, Probe p, boolean ok) {
        if (ok) {
            c.readinessFailures = 0;
            c.readinessSuccesses++;
            if (!c.ready && c.readinessSuccesses >= threshold(p.successThreshold())) {
                c.ready = true;
                if (rt.pinnedReady == null && rt.ready()) {
                    host.publish(rt, Kind.POD_READY, "readiness probe succeeded", "pod " + rt.key.name() + " Ready");
                }
            }
            return;
        }
        c.readinessSuccesses = 0;
        c.readinessFailures++;
        int limit = threshold(p.failureThreshold());
        if (c.ready) {
            failed(rt, c, ProbeKind.READINESS, c.readinessFailures, limit);
            if (c.readinessFailures >= limit) {
                c.ready = false;
                if (rt.pinnedReady == null) {
                    host.publish(rt, Kind.POD_NOT_READY, "readiness probe failed " + c.readinessFailures + " times",
                            "pod " + rt.key.name() + " not Ready");
                }
            }
        } else if (c.readinessFailures <= limit) {
            failed(rt, c, ProbeKind.READINESS, c.readinessFailures, limit);
        }
    }

    private void livenessResult(PodRuntime rt, ContainerRuntime c, Probe p, boolean ok) {
        if (ok) {
            c.livenessFailures = 0;
            return;
        }
        c.livenessFailures++;
        int limit = threshold(p.failureThreshold());
        failed(rt, c, ProbeKind.LIVENESS, c.livenessFailures, limit);
        if (c.livenessFailures >= limit) {
            host.podEvent(rt, "Normal", "Killing", "Container " + c.spec.name()
                    + " failed liveness probe, will be restarted");
            restart(rt, c, "liveness probe failed " + c.livenessFailures + " times");
        }
    }

    private void failed(PodRuntime rt, ContainerRuntime c, ProbeKind kind, int count, int limit) {
        String why = ProbeMessages.failure(c.spec, kind.of(c.spec), rt.podIP, rt.appAnswers);
        host.podEvent(rt, "Warning", "Unhealthy", kind.title + " probe failed: " + why);
        host.publish(rt, Kind.PROBE_FAILED, "", kind.title.toLowerCase() + " probe of pod " + rt.key.name()
                + " failed (" + Math.min(count, limit) + "/" + limit + "): " + why);
    }

    /**
     * The kubelet kills the container and starts it again: at once the first time, then after a
     * back-off of 10 s doubling to 5 min (CrashLoopBackOff meanwhile). The simulated app's fault is
     * a hang that the restart clears, so the new container answers again.
     */
    private void restart(PodRuntime rt, ContainerRuntime c, String cause) {
        c.restarts++;
        c.lastTerminatedAt = clock.now();
        c.ready = false;
        c.started = false;
        c.instance++;
        rt.appAnswers = true;
        long delay = c.restarts == 1 ? 0 : Math.min(BACK_OFF_MAX_MILLIS, BACK_OFF_BASE_MILLIS << Math.min(10, c.restarts - 2));
        if (delay == 0) {
            startAgain(rt, c, cause);
            return;
        }
        c.state = State.BACK_OFF;
        c.since = clock.now();
        host.podEvent(rt, "Warning", "BackOff", "Back-off restarting failed container " + c.spec.name() + " in pod "
                + rt.key.name() + "_" + rt.key.namespace() + "(" + rt.uid + ")");
        host.publish(rt, Kind.CONTAINER_BACK_OFF, cause, "container " + c.spec.name() + " of pod " + rt.key.name()
                + " waits " + delay / 1000 + "s before restarting (CrashLoopBackOff)");
        long instance = c.instance;
        timers.at(clock.now() + delay, () -> {
            if (pods.get(rt.uid) == rt && c.instance == instance && !rt.terminating) {
                startAgain(rt, c, "back-off over");
            }
        });
    }

    private void startAgain(PodRuntime rt, ContainerRuntime c, String cause) {
        c.run(clock.now());
        containerEvents(rt, c);
        readyIfProbeless(c);
        scheduleProbes(rt, c);
        host.publish(rt, Kind.CONTAINER_RESTARTED, cause, "container " + c.spec.name() + " of pod "
                + rt.key.name() + " restarted (restart " + c.restarts + ")");
    }

    /** Flips whether the pod's app answers its probes (and requests); pinned readiness ends here. */
    void setAppAnswers(PodRuntime rt, boolean answers) {
        rt.appAnswers = answers;
        rt.pinnedReady = null;
        host.publish(rt, Kind.APP_ANSWERS_CHANGED, "", "the app in pod " + rt.key.name()
                + (answers ? " answers again" : " stops answering"));
        markReadyIfProbeless(rt);
    }

    /** Graceful deletion: probes stop, the app exits after SIGTERM, then the pod goes. */
    void terminate(PodRuntime rt, long graceMillis) {
        if (rt.terminating) {
            return;
        }
        rt.terminating = true;
        for (ContainerRuntime c : rt.containers) {
            c.instance++;
        }
        timers.at(clock.now() + Math.min(graceMillis, APP_EXIT_MILLIS), () -> {
            // On a node that is off no kubelet confirms the deletion: the pod stays Terminating.
            if (pods.get(rt.uid) == rt && !downNodes.contains(rt.node)) {
                pods.remove(rt.uid);
                host.exited(rt);
            }
        });
    }

    boolean isDown(String node) {
        return downNodes.contains(node);
    }

    /** The pods this kubelet runs (or is starting, or stopping) on {@code node}, in a stable order. */
    java.util.List<PodRuntime> on(String node) {
        java.util.List<PodRuntime> out = new java.util.ArrayList<>();
        for (PodRuntime rt : pods.values()) {
            if (rt.node.equals(node)) {
                out.add(rt);
            }
        }
        out.sort(java.util.Comparator.comparing((PodRuntime r) -> r.key.namespace()).thenComparing(r -> r.key.name()));
        return out;
    }

    /**
     * The machine lost power: its kubelet and containers stop at once. Every timer of its pods
     * (probes, starts, back-offs) finds itself stale; nothing is reported, since nothing is left
     * to report it. The pods' status in the API stays as it was.
     */
    void nodeDown(String node) {
        downNodes.add(node);
        for (PodRuntime rt : on(node)) {
            for (ContainerRuntime c : rt.containers) {
                c.instance++;
            }
        }
    }

    /**
     * Power is back and the kubelet starts again. It finds each of its pods' containers dead: a pod
     * deleted meanwhile is confirmed gone at once; a pod not yet started starts now; a pod that was
     * running gets a new sandbox (so the host-local IPAM gives it a new address) and its containers
     * start again, each with one more restart.
     */
    void nodeUp(String node, long downSince) {
        downNodes.remove(node);
        for (PodRuntime rt : on(node)) {
            if (rt.terminating) {
                pods.remove(rt.uid);
                host.confirmedGone(rt);
            } else if (!rt.sandboxReady) {
                timers.at(clock.now() + CONTAINER_START_MILLIS, () -> start(rt));
            } else {
                for (ContainerRuntime c : rt.containers) {
                    if (c.state == State.RUNNING || c.state == State.BACK_OFF) {
                        c.restarts++;
                        c.lastTerminatedAt = downSince;
                    }
                    c.state = State.CREATING;
                    c.ready = false;
                    c.started = false;
                    c.instance++;
                }
                timers.at(clock.now() + CONTAINER_START_MILLIS, () -> restartAfterPowerLoss(rt));
            }
        }
    }

    private void restartAfterPowerLoss(PodRuntime rt) {
        if (pods.get(rt.uid) != rt || rt.terminating || downNodes.contains(rt.node)) {
            return;
        }
        String old = rt.podIP;
        host.podEvent(rt, "Normal", "SandboxChanged", "Pod sandbox changed, it will be killed and re-created.");
        if (!old.isEmpty()) {
            host.releaseIp(rt.node, old);
        }
        rt.podIP = host.allocateIp(rt.node);
        rt.sandboxReady = true;
        for (ContainerRuntime c : rt.containers) {
            c.run(clock.now());
            readyIfProbeless(c);
            containerEvents(rt, c);
            scheduleProbes(rt, c);
        }
        host.publish(rt, Kind.POD_STARTED, rt.node + " is back after losing power",
                "pod " + rt.key.name() + " restarted in a new sandbox at " + rt.podIP + " (was " + old + ")"
                        + (rt.ready() ? ", Ready" : ""));
    }

    /** The pod is gone without a kubelet shutdown (never started, or removed by force). */
    void forget(String uid) {
        pods.remove(uid);
    }

    private static int threshold(int n) {
        return Math.max(1, n);
    }
}
