package io.kubetutor.sim.net.ingress;

import io.kubetutor.sim.net.Reason;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The Lua balancer state of the controller's nginx (one worker), per upstream, kept across requests:
 * <ul>
 * <li>round_robin.lua over resty.roundrobin: when an upstream's endpoints are (re)loaded the
 * balancer starts after a random endpoint, then takes them in turn;</li>
 * <li>sticky_balanced.lua: a request's cookie key goes through the consistent hash ring; without a
 * cookie a new key {@code "<ngx.now()+1>.<worker pid>.<math.random(999999)>"} is hashed and sent
 * back in the cookie;</li>
 * <li>sticky_persistent.lua: the cookie holds ngx.md5(upstream name .. "ip:port") of an endpoint; a
 * key no present endpoint has gets a random endpoint and a new cookie.</li>
 * </ul>
 * The endpoints are taken in slice order; nginx walks a Lua table whose order only Lua knows.
 * Each nginx keeps its own state: calls name their {@code scope} (a controller pod, or a whole
 * controller when the pod does not matter). Mutable, one per cluster; time is the simulation's
 * virtual clock read as wall time from {@code wallClockAtZero}.
 */
public final class IngressBalancer {
    /** The wall-clock instant virtual time 0 stands for: 2026-01-01T00:00:00Z. */
    public static final long DEFAULT_WALL_CLOCK_AT_ZERO = 1_767_225_600_000L;

    private final RandomGenerator random;
    private final long wallClockAtZero;
    private final Map<String, Integer> workerPids = new HashMap<>();
    private final Map<String, RoundRobin> roundRobins = new HashMap<>();
    private final Map<String, ConsistentHashRing> rings = new HashMap<>();

    public IngressBalancer(RandomGenerator random) {
        this(random, DEFAULT_WALL_CLOCK_AT_ZERO);
    }

    public IngressBalancer(RandomGenerator random, long wallClockAtZero) {
        this.random = random;
        this.wallClockAtZero = wallClockAtZero;
    }

    /** An nginx worker's pid inside the controller container: small, fixed for the worker's life. */
    private int workerPid(String scope) {
        return workerPids.computeIfAbsent(scope, s -> 20 + random.nextInt(40));
    }

    /** The choice for one request: the endpoint's index, a cookie key to send back (or null), and how. */
    record Pick(int index, String newKey, Reason how) {
    }

    private static final class RoundRobin {
        Set<String> nodes;
        int last;
    }

    /** resty.roundrobin with equal weights. */
    Pick roundRobin(String scope, String upstream, List<String> nodes) {
        RoundRobin rr = roundRobins.computeIfAbsent(scope + " " + upstream, u -> new RoundRobin());
        if (rr.nodes == null || !rr.nodes.equals(new HashSet<>(nodes))) {
            // reinit: last_id is the node at math.random(count); find() returns the one after it.
            rr.nodes = new HashSet<>(nodes);
            rr.last = random.nextInt(nodes.size());
        }
        rr.last = (rr.last + 1) % nodes.size();
        return new Pick(rr.last, null, Reason.of("balance.roundRobin", rr.last + 1, nodes.size()));
    }

    /**
     * sticky.lua balance(): the upstream key from the cookie (the part before "|"), looked up in the
     * mode's instance; a new pick when it finds nothing (or there was no cookie).
     */
    Pick sticky(String scope, String upstream, List<String> nodes, StickyConfig cfg, String cookieValue,
                long virtualMillis) {
        String name = cfg.cookie().name();
        String key = null;
        if (cookieValue != null) {
            int bar = cookieValue.indexOf('|');
            key = bar >= 0 ? cookieValue.substring(0, bar) : cookieValue;
        }
        if (cfg.persistent()) {
            if (key != null) {
                for (int i = 0; i < nodes.size(); i++) {
                    if (LuaText.md5(upstream + nodes.get(i)).equals(key)) {
                        return new Pick(i, null, Reason.of("balance.cookieNamesIt", name));
                    }
                }
            }
            int i = random.nextInt(nodes.size());
            return new Pick(i, LuaText.md5(upstream + nodes.get(i)), Reason.of(key == null
                    ? "balance.persistentNoCookie" : "balance.persistentStaleCookie", name, i + 1, nodes.size()));
        }
        ConsistentHashRing ring = rings.get(scope + " " + upstream);
        if (ring == null || !new HashSet<>(ring.nodes()).equals(new HashSet<>(nodes))) {
            ring = new ConsistentHashRing(nodes);
            rings.put(scope + " " + upstream, ring);
        }
        if (key != null) {
            int i = ring.find(key);
            return new Pick(i, null, Reason.of("balance.cookieHashesToIt", name, nodes.size()));
        }
        double now = (wallClockAtZero + virtualMillis) / 1000.0;
        String newKey = LuaText.number(now + 1) + "." + workerPid(scope) + "." + (1 + random.nextInt(999_999));
        int i = ring.find(newKey);
        return new Pick(i, newKey, Reason.of("balance.newKey", name, i + 1, nodes.size()));
    }

    /** ngx.time(): whole wall-clock seconds. */
    long wallSeconds(long virtualMillis) {
        return Math.floorDiv(wallClockAtZero + virtualMillis, 1000);
    }

    /** sticky.lua sync(): the cookie's second part names the backend, ngx.md5(ngx.md5(name) .. name). */
    static String backendKey(String upstream) {
        return LuaText.md5(LuaText.md5(upstream) + upstream);
    }
}
