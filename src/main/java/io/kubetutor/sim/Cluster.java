package io.kubetutor.sim;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.KubeObject;
import io.kubetutor.model.Pod;
import io.kubetutor.sim.ClusterEvent.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * The simulated cluster: the API server with the control plane's controllers, the scheduler and
 * the nodes' kubelets around it, on one virtual clock and one seeded random generator. Every
 * write runs the controllers to rest at the current instant; {@link #advanceTo} lets time pass
 * (containers start, probes run, pods finish terminating). All changes are in {@link #events()}.
 * Not thread-safe: one thread drives it (the UI hands work to a single engine thread).
 */
public final class Cluster implements ControlPlane {
    private static final int EVENT_CAPACITY = 20_000;

    private final ClusterTopology topology;
    private final VirtualClock clock = new VirtualClock();
    private final RandomGenerator random;
    private final ApiServer api;
    private final Timers timers = new Timers();
    private final EventLog log;
    private final KubeEvents kubeEvents = new KubeEvents();
    private final PodIndex pods = new PodIndex();
    private final List<Controller> controllers = new ArrayList<>();
    private final PodLifecycle lifecycle;
    /** The Node objects, in topology order (the model has no Node kind; the control plane keeps them here). */
    private final NodeLifecycleController nodeLifecycle;
    private io.kubetutor.sim.net.DataPlane dataPlane;

    /** A fresh cluster with the simulation's generator seeded with {@code seed}. */
    public Cluster(ClusterTopology topology, long seed) {
        this(topology, new SplittableRandom(seed));
    }

    public Cluster(ClusterTopology topology, RandomGenerator random) {
        this.topology = topology;
        this.random = random;
        this.api = new ApiServer(topology, random, clock);
        this.log = new EventLog(clock, EVENT_CAPACITY);
        java.util.Map<String, ClusterNode> nodes = new java.util.LinkedHashMap<>();
        for (ClusterTopology.Node n : topology.nodes()) {
            nodes.put(n.name(), new ClusterNode(n));
        }
        Scheduler scheduler = new Scheduler(topology, random, nodes);
        this.lifecycle = new PodLifecycle(api, clock, log, kubeEvents, scheduler, timers, pods, controllers);
        TaintEvictions evictions = new TaintEvictions(nodes, timers, clock, log, lifecycle);
        this.nodeLifecycle = new NodeLifecycleController(nodes, timers, clock, log, kubeEvents, lifecycle, evictions);
        controllers.add(new WorkloadControllers(this));
        controllers.add(new EndpointControllers(this));
        controllers.add(new LoadBalancerController(new LoadBalancers(topology.cloudLoadBalancer()), api, log,
                kubeEvents, clock));
        controllers.add(new IngressStatusController(this));
        controllers.add(evictions);
        startWithWhatIsThere();
    }

    /**
     * What the API server holds at start existed before any kubelet or controller watched. The
     * kubelets take up the pods already running on their nodes; then every controller lists
     * everything, as an informer does when it starts, and acts only once all is listed
     * (WaitForCacheSync): a ReplicaSet synced before its pods were listed would create them again.
     * A system pod no node could take (no suitable node) goes to the scheduler like any new pod.
     */
    private void startWithWhatIsThere() {
        String cause = "cluster bootstrap";
        List<KubeObject> existing = api.objects();
        List<Pod> unbound = new ArrayList<>();
        for (KubeObject o : existing) {
            if (o instanceof Pod p && p.spec().nodeName().isEmpty()) {
                unbound.add(p);
            } else if (o instanceof Pod p) {
                lifecycle.resume(p);
            }
        }
        for (KubeObject o : existing) {
            if (!(o instanceof Pod)) {
                notifyObject(null, o, cause);
            } else if (!unbound.contains(o)) {
                Pod running = pods.get(o.namespace(), o.name());
                for (Controller c : controllers) {
                    c.podChanged(null, running, cause);
                }
            }
        }
        for (Pod p : unbound) {
            lifecycle.created(p, cause);
        }
        for (Controller c : controllers) {
            c.cachesSynced();
        }
    }

    public ClusterTopology topology() {
        return topology;
    }

    public VirtualClock clock() {
        return clock;
    }

    public long now() {
        return clock.now();
    }

    /**
     * The data plane over this cluster: requests, traces, bursts. Made on first use; it reads the
     * cluster's state afresh whenever the event log moved, and shares the cluster's generator and clock.
     */
    public io.kubetutor.sim.net.DataPlane dataPlane() {
        if (dataPlane == null) {
            dataPlane = new io.kubetutor.sim.net.DataPlane(topology.proxyMode(), random, log::lastSeq, clock::now,
                    this::networkState);
        }
        return dataPlane;
    }

    public EventLog events() {
        return log;
    }

    public ClusterSnapshot snapshot() {
        return api.snapshot();
    }

    public <T extends KubeObject> Optional<T> get(Class<T> type, String namespace, String name) {
        return api.get(type, namespace, name);
    }

    public Optional<KubeObject> get(ObjectKey key) {
        return api.get(key);
    }

    /** {@code kubectl apply -f FILE [--prune --all]}; the controllers react before it returns. */
    public ApplyResult apply(String file, List<KubeObject> objects, boolean prune) {
        ApplyResult r = api.apply(file, objects, prune);
        react(r.changes(), "kubectl apply");
        return r;
    }

    /** A POST (kubectl create, expose). */
    public WriteOutcome create(KubeObject o) {
        WriteOutcome w = api.create(o);
        react(w.changes(), "kubectl");
        return w;
    }

    /** A PUT of a changed object (kubectl label, scale, patch). */
    public WriteOutcome update(KubeObject o) {
        WriteOutcome w = api.update(o);
        react(w.changes(), "kubectl");
        return w;
    }

    /**
     * {@code kubectl delete}: a pod terminates gracefully (its controller replaces it at once);
     * anything else goes with what it owns. Empty when there is no such object.
     */
    public Optional<KubeObject> delete(ObjectKey key, String cause) {
        Optional<KubeObject> o = api.get(key);
        if (o.isEmpty()) {
            return o;
        }
        if (o.get() instanceof Pod p) {
            lifecycle.delete(p, cause);
        } else {
            react(api.delete(key), cause);
        }
        return o;
    }

    /** Flips the switch "the app answers its probe" of a pod. */
    public void setAppAnswers(String namespace, String pod, boolean answers) {
        Pod p = pods.get(namespace, pod);
        if (p != null) {
            lifecycle.setAppAnswers(p, answers);
        }
    }

    /**
     * {@code kubectl cordon} ({@code true}) or {@code uncordon} ({@code false}): spec.unschedulable,
     * and the node.kubernetes.io/unschedulable:NoSchedule taint the node lifecycle controller keeps in
     * step with it. New pods avoid the node (or stay Pending with the scheduler's FailedScheduling
     * message); running pods stay. Nothing happens when the node is so already.
     *
     * @throws IllegalArgumentException for a node the cluster does not have
     */
    public void cordon(String node, boolean unschedulable) {
        nodeLifecycle.cordon(nodeLifecycle.node(node), unschedulable);
    }

    /**
     * {@code false}: the machine loses power. Its kubelet stops renewing its Lease and its pods and
     * kube-proxy stop at once; the API server learns of it only from the silence: after the 50 s
     * node-monitor-grace-period the node lifecycle controller sets Ready Unknown, taints the node
     * unreachable and marks its pods not ready, and 300 s after the NoExecute taint the taint eviction
     * controller deletes them (they stay Terminating; Deployments replace them elsewhere, StatefulSets
     * cannot). {@code true}: power is back; the kubelet posts Ready, the taints are lifted, pods still
     * bound there start again in new sandboxes and deleted ones are confirmed gone. Timed on the
     * virtual clock: only {@link #advanceTo} lets it unfold.
     *
     * @throws IllegalArgumentException for a node the cluster does not have
     */
    public void setNodeReady(String node, boolean ready) {
        nodeLifecycle.setPower(nodeLifecycle.node(node), ready);
    }

    /** Every node as the control plane and the machines stand now, in topology order. */
    public List<NodeState> nodeStates() {
        return nodeLifecycle.states();
    }

    /** The Kubernetes Events about a node (kubectl describe node), oldest first; empty for an unknown node. */
    public List<KubeEvent> nodeEvents(String node) {
        return nodeLifecycle.has(node) ? kubeEvents.of(nodeLifecycle.node(node).uid) : List.of();
    }

    /** Whether the app in the pod answers (false for a pod not running here). */
    public boolean appAnswers(Pod pod) {
        PodRuntime rt = lifecycle.kubelet().runtime(pod.metadata().uid());
        return rt != null && rt.appAnswers && !rt.terminating;
    }

    /**
     * What the data plane reads at this moment: the objects, the topology and each pod's app state.
     * Its version is the event log's position, which moves with every change the data plane could see
     * (objects, readiness, the app switch).
     */
    public io.kubetutor.sim.net.NetworkState networkState() {
        ClusterSnapshot snap = snapshot();
        java.util.Map<String, io.kubetutor.sim.net.PodApp> apps = new java.util.HashMap<>();
        for (Pod p : snap.all(Pod.class)) {
            PodRuntime rt = lifecycle.kubelet().runtime(p.metadata().uid());
            if (rt != null) {
                boolean running = false;
                for (ContainerRuntime c : rt.containers) {
                    running |= c.state == ContainerRuntime.State.RUNNING;
                }
                apps.put(rt.uid, new io.kubetutor.sim.net.PodApp(running, running && rt.appAnswers));
            }
        }
        return new io.kubetutor.sim.net.NetworkState(topology, snap, apps, clock.now(), log.lastSeq(),
                nodeLifecycle.downNodes());
    }

    /** The Kubernetes Events about an object (kubectl describe), oldest first. */
    public List<KubeEvent> kubeEvents(ObjectKey key) {
        return api.get(key).map(o -> kubeEvents.of(o.metadata().uid())).orElse(List.of());
    }

    /** Lets virtual time pass up to {@code millis}, running everything due on the way, in order. */
    public void advanceTo(long millis) {
        while (timers.nextDue() <= millis) {
            long due = timers.nextDue();
            clock.advanceTo(Math.max(clock.now(), due));
            Runnable r = timers.pollDue(clock.now());
            if (r != null) {
                r.run();
            }
        }
        clock.advanceTo(Math.max(clock.now(), millis));
    }

    public void advanceBy(long millis) {
        advanceTo(clock.now() + millis);
    }

    /**
     * Lets time pass until the cluster is at rest: no state change for a quiet spell long enough for
     * any probe to have flipped, with nothing but probes still to come (or at most {@code maxMillis}).
     * The clock stops at the last change plus that spell. Returns the time it stopped at.
     */
    public long settle(long maxMillis) {
        long limit = clock.now() + maxMillis;
        long quiet = Settling.quietSpell(snapshot().all(Pod.class),
                p -> Settling.atRest(lifecycle.kubelet().runtime(p.metadata().uid())));
        long lastChange = clock.now();
        long seenSeq = log.lastSeq();
        while (true) {
            long due = timers.nextDue();
            if (due > limit || (due > lastChange + quiet && !timers.oneShotPending())) {
                break;
            }
            advanceTo(due);
            if (log.lastSeq() != seenSeq && hasStateChange(seenSeq)) {
                lastChange = clock.now();
            }
            seenSeq = log.lastSeq();
        }
        advanceTo(Math.min(limit, Math.max(clock.now(), lastChange + quiet)));
        return clock.now();
    }

    private boolean hasStateChange(long afterSeq) {
        for (ClusterEvent e : log.since(afterSeq)) {
            if (e.kind() != Kind.PROBE_FAILED) {
                return true;
            }
        }
        return false;
    }

    /** Adds a controller (package use: the engine's own controllers). */
    void addController(Controller c) {
        controllers.add(c);
    }

    /** Hands the API server's changes to the pod lifecycle and the controllers, in order. */
    private void react(List<Change> changes, String cause) {
        for (Change ch : changes) {
            if (ch instanceof Change.Created c) {
                log.record(Kind.OBJECT_CREATED, ObjectKey.of(c.object()), null, "", cause,
                        ResourceNames.printed(c.object()) + " created");
                if (c.object() instanceof Pod p) {
                    lifecycle.created(p, cause);
                } else {
                    notifyObject(null, c.object(), ResourceNames.printed(c.object()) + " created");
                }
            } else if (ch instanceof Change.Configured c) {
                log.record(Kind.OBJECT_CONFIGURED, ObjectKey.of(c.after()), null, "", cause,
                        ResourceNames.printed(c.after()) + " configured");
                if (c.after() instanceof Pod p) {
                    lifecycle.configured((Pod) c.before(), p, cause);
                } else {
                    notifyObject(c.before(), c.after(), ResourceNames.printed(c.after()) + " configured");
                }
            } else if (ch instanceof Change.Deleted d) {
                String how = d.cause() == Change.DeleteCause.PRUNED ? "pruned" : "deleted";
                log.record(Kind.OBJECT_DELETED, ObjectKey.of(d.object()), null, "", cause,
                        ResourceNames.printed(d.object()) + " " + how);
                if (d.object() instanceof Pod p) {
                    lifecycle.removedFromStore(p, how);
                } else {
                    notifyObject(d.object(), null, ResourceNames.printed(d.object()) + " " + how);
                }
            } else if (ch instanceof Change.Allocated a) {
                log.record(Kind.ALLOCATED, a.owner(), null, a.value(), "",
                        poolName(a.pool()) + " " + a.value() + " allocated to Service " + a.owner().name());
            } else if (ch instanceof Change.Released r) {
                log.record(Kind.RELEASED, r.owner(), null, r.value(), "",
                        poolName(r.pool()) + " " + r.value() + " of Service " + r.owner().name() + " released");
            }
        }
    }

    private void notifyObject(KubeObject before, KubeObject after, String cause) {
        for (Controller c : controllers) {
            c.objectChanged(before, after, cause);
        }
    }

    private static String poolName(Change.Pool p) {
        return switch (p) {
            case CLUSTER_IP -> "ClusterIP";
            case NODE_PORT -> "nodePort";
            case HEALTH_CHECK_NODE_PORT -> "healthCheckNodePort";
        };
    }

    @Override
    public RandomGenerator random() {
        return random;
    }

    @Override
    public ApiServer api() {
        return api;
    }

    @Override
    public PodIndex pods() {
        return pods;
    }

    @Override
    public EventLog log() {
        return log;
    }

    @Override
    public KubeEvents kubeEvents() {
        return kubeEvents;
    }

    @Override
    public void createPod(Pod pod, String cause) {
        // The API server defaults what controllers create, as it does everything written to it.
        api.putSystemObject(io.kubetutor.manifest.validate.Defaults.apply(pod));
        lifecycle.created(api.get(Pod.class, pod.namespace(), pod.name()).orElseThrow(), cause);
    }

    @Override
    public void deletePod(Pod pod, String cause) {
        lifecycle.delete(pod, cause);
    }

    @Override
    public void writePod(Pod before, Pod after, String cause) {
        api.putSystemObject(after);
        lifecycle.configured(before, after, cause);
    }

    @Override
    public void writeObject(KubeObject before, KubeObject after, String cause) {
        api.putSystemObject(after);
        KubeObject stored = api.get(ObjectKey.of(after)).orElseThrow();
        log.record(before == null ? Kind.OBJECT_CREATED : Kind.OBJECT_CONFIGURED, ObjectKey.of(stored), null, "",
                cause, ResourceNames.printed(stored) + (before == null ? " created" : " configured"));
        notifyObject(before, stored, cause);
    }

    @Override
    public void deleteObject(ObjectKey key, String cause) {
        react(api.delete(key), cause);
    }
}
