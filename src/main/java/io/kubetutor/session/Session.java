package io.kubetutor.session;

import io.kubetutor.kubectl.Kubectl;
import io.kubetutor.kubectl.PrinterViews;
import io.kubetutor.kubectl.SimulatedKubectlCluster;
import io.kubetutor.manifest.LoadedManifests;
import io.kubetutor.manifest.ManifestLoader;
import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.Diagnostic;
import io.kubetutor.model.KubeObject;
import io.kubetutor.model.Pod;
import io.kubetutor.model.Severity;
import io.kubetutor.sim.ApplyResult;
import io.kubetutor.sim.Cluster;
import io.kubetutor.sim.ClusterEvent;
import io.kubetutor.sim.ClusterSnapshot;
import io.kubetutor.sim.ObjectKey;
import io.kubetutor.sim.net.Burst;
import io.kubetutor.sim.net.DataPlane;
import io.kubetutor.sim.net.RequestKind;
import io.kubetutor.sim.net.Trace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The window's simulated cluster, driven from one engine thread. Every call queues work on that
 * thread and returns at once; after the work the session publishes an immutable
 * {@link SessionState} to its listener (still on the engine thread: the UI moves it to the FX
 * thread in one place). The editor text is applied as {@code kubectl apply --prune} would, so
 * what vanishes from the text vanishes from the cluster; while the text has errors nothing is
 * applied and the state is marked stale. Plain Java: tests drive it with a direct executor.
 */
public final class Session implements AutoCloseable {
    /** The name the editor's text is applied under: diagnostics and prune decisions carry it. */
    public static final String EDITOR_FILE = "editor.yaml";

    private final Executor engine;
    private final ExecutorService ownThread;
    private final Consumer<SessionState> publish;
    private final long seed;
    private Cluster cluster;
    private long version;
    private long seenSeq;
    private String text = "";
    private List<Diagnostic> diagnostics = List.of();
    private boolean stale;
    private List<String> applyLines = List.of();
    private final Set<ObjectKey> fromEditor = new LinkedHashSet<>();
    private final List<Trace> pendingTraces = new ArrayList<>();
    private final Map<String, Trace> keptAlive = new LinkedHashMap<>();
    private Burst burst;
    private long burstSeq;

    /** A session on its own engine thread. */
    public Session(ClusterTopology topology, long seed, Consumer<SessionState> publish) {
        this(topology, seed, publish, null);
    }

    /** A session whose work runs on {@code engine} (a direct executor in tests). */
    public Session(ClusterTopology topology, long seed, Consumer<SessionState> publish, Executor engine) {
        if (engine == null) {
            ownThread = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "engine");
                t.setDaemon(true);
                return t;
            });
            this.engine = ownThread;
        } else {
            ownThread = null;
            this.engine = engine;
        }
        this.publish = publish;
        this.seed = seed;
        run(() -> start(topology));
    }

    private void start(ClusterTopology topology) {
        cluster = new Cluster(topology, seed);
        cluster.dataPlane().onTrace(this::traced);
        seenSeq = 0;
        fromEditor.clear();
        keptAlive.clear();
        burst = null;
    }

    /** Starts again on a new topology with the same seed, and re-applies the current text. */
    public void reset(ClusterTopology topology) {
        run(() -> {
            start(topology);
            applyNow(text);
        });
    }

    /** Parses, validates and applies the editor's whole text (every YAML document in it). */
    public void applyText(String newText) {
        run(() -> applyNow(newText));
    }

    private void applyNow(String newText) {
        text = newText == null ? "" : newText;
        LoadedManifests loaded = ManifestLoader.load(EDITOR_FILE, text);
        boolean errors = loaded.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR);
        if (errors) {
            diagnostics = loaded.diagnostics();
            stale = true;
            return;
        }
        List<Diagnostic> all = new ArrayList<>(loaded.diagnostics());
        if (loaded.objects().isEmpty()) {
            // kubectl refuses an apply of nothing; the editor is the source of truth, so an
            // emptied editor removes what it had applied, as deleting each file's objects would.
            for (ObjectKey k : fromEditor) {
                cluster.delete(k, "removed from the editor");
            }
            fromEditor.clear();
            applyLines = List.of();
        } else {
            ApplyResult r = cluster.apply(EDITOR_FILE, loaded.objects(), true);
            all.addAll(r.diagnostics());
            applyLines = r.lines();
            fromEditor.clear();
            for (KubeObject o : loaded.objects()) {
                ObjectKey k = ObjectKey.of(o);
                // kubectl puts a namespaced object without a namespace in "default".
                fromEditor.add(o.namespaced() && k.namespace().isEmpty()
                        ? new ObjectKey(k.group(), k.kind(), "default", k.name()) : k);
            }
        }
        diagnostics = all;
        // An object the API server refused keeps its previous state, as with kubectl, while the rest
        // applied: not stale; the editor says "applied, except the objects with errors".
        stale = false;
    }

    /** Lets virtual time pass (pods start, probes run, affinity expires). */
    public void advanceBy(long millis) {
        if (millis > 0) {
            run(() -> cluster.advanceBy(millis));
        }
    }

    /** Sends {@code count} requests one after the other, each traced and published. */
    public void send(String from, String to, RequestKind kind, int count) {
        run(() -> cluster.dataPlane().send(from, to, kind, Math.max(1, count)));
    }

    /** A burst of {@code count} requests counted per pod and entry node; the first few are traced. */
    public void burst(String from, String to, RequestKind kind, int count, boolean spreadClients) {
        run(() -> {
            burst = cluster.dataPlane().burst(from, to, kind, count, spreadClients, 200);
            burstSeq++;
        });
    }

    /** Closes the browsers' kept-alive connections. */
    public void closeConnections() {
        run(() -> {
            cluster.dataPlane().closeConnections();
            keptAlive.clear();
        });
    }

    /** Makes a pod's app answer (or stop answering) its probes and requests. */
    public void setAppAnswers(String namespace, String pod, boolean answers) {
        run(() -> cluster.setAppAnswers(namespace, pod, answers));
    }

    /**
     * Runs a kubectl command line (without the word kubectl) against the cluster, exactly as the
     * console does; writes change the cluster and are published like any other change.
     */
    public CompletableFuture<Kubectl.Output> kubectl(List<String> args) {
        return call(() -> Kubectl.run(new SimulatedKubectlCluster(cluster), new PrinterViews(), args));
    }

    /** Reads the cluster on the engine thread (for a lesson check or a test); publishes nothing new. */
    public <T> CompletableFuture<T> query(Function<Cluster, T> q) {
        return call(() -> q.apply(cluster));
    }

    /** Cordons or uncordons a node (new pods avoid a cordoned node; running ones stay). */
    public void cordon(String node, boolean cordoned) {
        run(() -> NodeActions.cordon(cluster, node, cordoned));
    }

    /** Fails or recovers a node: a failed node forwards and answers nothing. */
    public void failNode(String node, boolean failed) {
        run(() -> NodeActions.fail(cluster, node, failed));
    }

    private void traced(Trace t) {
        pendingTraces.add(t);
        if (t.kind() == RequestKind.KEEP_ALIVE) {
            String key = t.from() + " " + t.to();
            if (t.pod() != null) {
                keptAlive.put(key, t);
            } else {
                keptAlive.remove(key);
            }
        }
    }

    private void run(Runnable work) {
        engine.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                // A refused action (an unknown node, say) must not stop the engine thread or the window;
                // the state is published as it stands.
                System.err.println("engine: " + e);
            }
            publishNow();
        });
    }

    private <T> CompletableFuture<T> call(java.util.function.Supplier<T> work) {
        CompletableFuture<T> f = new CompletableFuture<>();
        engine.execute(() -> {
            try {
                f.complete(work.get());
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
            publishNow();
        });
        return f;
    }

    private void publishNow() {
        List<ClusterEvent> events = cluster.events().since(seenSeq);
        seenSeq = cluster.events().lastSeq();
        ClusterSnapshot snapshot = cluster.snapshot();
        keptAlive.values().removeIf(t -> snapshot.get(Pod.class, t.podNamespace(), t.pod()).isEmpty());
        DataPlane dp = cluster.dataPlane();
        SessionState s = new SessionState(++version, cluster.topology(), NodeActions.statuses(cluster), snapshot,
                cluster.now(), diagnostics, stale, applyLines, events, List.copyOf(pendingTraces), burst, burstSeq,
                dp.pins(), List.copyOf(keptAlive.values()));
        pendingTraces.clear();
        publish.accept(s);
    }

    @Override
    public void close() {
        if (ownThread != null) {
            ownThread.shutdownNow();
        }
    }
}
