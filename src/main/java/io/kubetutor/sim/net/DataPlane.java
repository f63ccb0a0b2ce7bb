package io.kubetutor.sim.net;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.sim.net.dns.RecordType;
import io.kubetutor.sim.net.ingress.IngressBalancer;
import io.kubetutor.sim.net.proxy.AffinityPin;
import io.kubetutor.sim.net.proxy.KubeProxy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * The cluster's data plane: send requests and get their traces. It reads the cluster through a
 * {@link NetworkState} rebuilt only when the cluster changed (its version moved), and keeps the state
 * that lives between requests: kube-proxy's affinity and round-robin memory on each node, the ingress
 * controller's balancer, the browsers' kept-alive connections and cookies. Randomness comes from the
 * simulation's one seeded generator, time from its virtual clock. Not thread-safe: the engine thread
 * drives it, like the cluster.
 */
public final class DataPlane {
    /** Where a burst's simulated outside clients come from: 198.18.0.0/15, the benchmarking range. */
    static final String SPREAD_CLIENTS_BASE = "198.18.0.0";
    /** How many requests of a burst keep their full trace by default. */
    public static final int DEFAULT_TRACED = 1000;

    private final RandomGenerator random;
    private final LongSupplier version;
    private final LongSupplier clock;
    private final Supplier<NetworkState> states;
    private final KubeProxy proxy;
    private final IngressBalancer balancer;
    private final KeptConnections kept = new KeptConnections();
    private Router router;
    private long routerVersion = Long.MIN_VALUE;
    /** Told of every fully traced single request (not bursts), whoever sent it: the UI animates each. */
    private java.util.function.Consumer<Trace> traceListener = t -> { };

    public DataPlane(ClusterTopology.ProxyMode mode, RandomGenerator random, LongSupplier version, LongSupplier clock,
                     Supplier<NetworkState> states) {
        this.random = random;
        this.version = version;
        this.clock = clock;
        this.states = states;
        this.proxy = new KubeProxy(mode, random);
        this.balancer = new IngressBalancer(random);
    }

    private Router router(boolean replies) {
        long v = version.getAsLong();
        if (router == null || v != routerVersion) {
            router = new Router(new World(states.get()), proxy, balancer, random, kept);
            routerVersion = v;
        }
        router.wantReplies = replies;
        router.now = clock.getAsLong();
        return router;
    }

    /** One request, fully traced. {@code from}: a client, node or pod ("ns/name"); {@code to}: see {@link Target}. */
    public Trace send(String from, String to, RequestKind kind) {
        Router r = router(true);
        return told(r.route(Source.find(r.world.state, from), Target.parse(to), kind, Recorder.on(), null));
    }

    /**
     * One HTTP request with extra headers, as {@code curl -H} sends them (a Host header replaces the
     * URL's host, so {@code curl -H "Host: shop.example.com" http://192.168.1.3:30080/} reaches an
     * Ingress rule). Fully traced; the trace holds the app's reply.
     */
    public Trace send(String from, String to, RequestKind kind, java.util.Map<String, String> headers) {
        Router r = router(true);
        return told(r.route(Source.find(r.world.state, from), Target.parse(to), kind, Recorder.on(), null, headers));
    }

    /** A DNS lookup of {@code type} (nslookup -type=...), fully traced. */
    public Trace lookup(String from, String name, RecordType type) {
        Router r = router(true);
        return told(r.route(Source.find(r.world.state, from), Target.parse(name), RequestKind.NSLOOKUP, Recorder.on(),
                type));
    }

    /** {@code count} requests one after the other, each fully traced. */
    public List<Trace> send(String from, String to, RequestKind kind, int count) {
        List<Trace> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(send(from, to, kind));
        }
        return out;
    }

    /**
     * {@code count} requests at once: from {@code from}, or, when {@code spreadClients}, each from a
     * different simulated client outside the cluster (198.18.x.y). The first {@code traced} keep their
     * hops; all are counted.
     */
    public Burst burst(String from, String to, RequestKind kind, int count, boolean spreadClients, int traced) {
        Router r = router(false);
        Source base = Source.find(r.world.state, from);
        Target t = Target.parse(to);
        Burst.Builder b = new Burst.Builder(count, kind, t.text());
        int baseIp = Router.bits(SPREAD_CLIENTS_BASE);
        for (int i = 0; i < count; i++) {
            Source s = base;
            if (spreadClients) {
                String ip = io.kubetutor.model.Ipv4.parse(SPREAD_CLIENTS_BASE).orElseThrow().plus(1 + (i % 131070))
                        .toString();
                s = new Source(Source.Kind.CLIENT, "client-" + (1 + (i % 131070)), ip, null, null);
            }
            boolean keep = i < traced;
            b.add(r.route(s, t, kind, keep ? Recorder.on() : Recorder.OFF, null), keep);
        }
        return b.build();
    }

    /**
     * Sets who hears of each fully traced request ({@link #send}, {@link #lookup}), including those a
     * {@code kubectl exec ... curl} makes, so one place can animate them all. Bursts are not told.
     */
    public void onTrace(java.util.function.Consumer<Trace> listener) {
        this.traceListener = listener == null ? t -> { } : listener;
    }

    private Trace told(Trace t) {
        traceListener.accept(t);
        return t;
    }

    /** The live ClientIP affinity pins on every node. */
    public List<AffinityPin> pins() {
        return proxy.pins(clock.getAsLong());
    }

    /** Closes every kept-alive connection and forgets the browsers' cookies. */
    public void closeConnections() {
        kept.closeAll();
    }
}
