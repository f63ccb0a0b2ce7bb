package io.kubetutor.sim.net;

import io.kubetutor.model.Ingress;
import io.kubetutor.model.Ipv4;
import io.kubetutor.model.Service;
import io.kubetutor.sim.net.dns.RecordType;
import io.kubetutor.sim.net.dns.Resolution;
import io.kubetutor.sim.net.ingress.IngressBalancer;
import io.kubetutor.sim.net.ingress.IngressController;
import io.kubetutor.sim.net.ingress.IngressRouter;
import io.kubetutor.sim.net.proxy.KubeProxy;
import java.util.HashMap;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Routes requests through one cluster state: finds the address (DNS), opens the connection through
 * the load balancer, kube-proxy and the nodes ({@link Connection}), and lets the far end answer
 * ({@link Arrival}). Holds the long-lived parts of the data plane that carry state from request to
 * request: kube-proxy's affinity and round-robin memory, the ingress controller's balancer, and the
 * browsers' open connections.
 */
final class Router {
    /** Linux's default ip_local_port_range: where a client's source port comes from. */
    static final int EPHEMERAL_FIRST = 32768;
    static final int EPHEMERAL_LAST = 60999;

    final World world;
    final KubeProxy proxy;
    final RandomGenerator random;
    final IngressRouter ingress;
    final KeptConnections kept;
    /** Whether the apps' answers are built even when hops are not recorded (an exec'd curl prints them). */
    boolean wantReplies;
    /** Virtual time of the request being routed (affinity pins and dates read it). */
    long now;
    private final Map<String, IngressController> controllerByPod = new HashMap<>();

    Router(World world, KubeProxy proxy, IngressBalancer balancer, RandomGenerator random, KeptConnections kept) {
        this.world = world;
        this.proxy = proxy;
        this.random = random;
        this.kept = kept;
        this.ingress = new IngressRouter(world.ingress, balancer);
        for (IngressController c : world.ingress.all()) {
            for (var p : c.pods()) {
                controllerByPod.put(p.metadata().uid(), c);
            }
        }
    }

    static int bits(String ip) {
        return Ipv4.parse(ip).orElseThrow(() -> new IllegalArgumentException("not an IPv4 address: " + ip)).bits();
    }

    int sourcePort() {
        return EPHEMERAL_FIRST + random.nextInt(EPHEMERAL_LAST - EPHEMERAL_FIRST + 1);
    }

    /** Whether {@code ip} is in some node's pod range (the pod network, for the CNI's masquerade). */
    boolean podNetwork(String ip) {
        return world.nodeOwningPodAddress(Ipv4.parse(ip).orElseThrow()) != null;
    }

    IngressController controllerOf(World.PodNet p) {
        return controllerByPod.get(p.pod.metadata().uid());
    }

    Place podPlace(World.PodNet p) {
        return controllerOf(p) != null ? Place.ingressController(p.name(), p.node) : Place.pod(p.name(), p.node);
    }

    /** One request of {@code kind} from {@code s} to {@code t}. */
    Trace route(Source s, Target t, RequestKind kind, Recorder rec, RecordType lookupType) {
        return route(s, t, kind, rec, lookupType, Map.of());
    }

    Trace route(Source s, Target t, RequestKind kind, Recorder rec, RecordType lookupType,
                Map<String, String> headers) {
        Journey j = new Journey(s, t, kind, rec, now);
        j.headers = headers;
        if (s.node() != null && world.state.nodeFailed(s.node())) {
            // A machine that is off (or a pod on it) sends nothing at all.
            rec.hop(s.place(), Action.DROP, new HostPort(s.ip(), 0), new HostPort(t.host(), t.port()), () -> Reason.of(
                    s.kind() == Source.Kind.NODE ? "source.nodeDown" : "source.onDownNode", s.name(), s.node()));
            j.end(Outcome.DROPPED, () -> Reason.of("end.nothingSent", s.node()));
            return j.trace();
        }
        switch (kind) {
            case NSLOOKUP -> lookup(j, t, lookupType == null ? RecordType.A : lookupType);
            case PING -> {
                String ip = address(j, t);
                if (ip != null) {
                    Arrival.ping(this, j, ip);
                }
            }
            default -> {
                String ip = address(j, t);
                if (ip != null) {
                    Arrival.http(this, j, ip, t);
                }
            }
        }
        if (kind == RequestKind.PING && j.outcome == Outcome.DROPPED && j.connectedTo != null) {
            j.outcome = Outcome.NO_REPLY;
        }
        if (j.outcome == null) {
            j.end(Outcome.DELIVERED, () -> Reason.of("end.delivered"));
        }
        return j.trace();
    }

    private void lookup(Journey j, Target t, RecordType type) {
        if (j.source.kind() == Source.Kind.CLIENT && hostsFile(j, t.host()) != null) {
            j.end(Outcome.DELIVERED, () -> Reason.of("end.inHostsFile", t.host(), j.source.name()));
            return;
        }
        Resolution res = DnsPath.resolve(this, j, t.host(), type);
        if (!res.serverReached()) {
            j.end(Outcome.DROPPED, () -> Reason.of("end.noDnsServer"));
        } else if (!res.found()) {
            j.end(Outcome.NXDOMAIN, () -> DnsPath.answerText(res.answer()));
        } else {
            j.end(Outcome.DELIVERED, () -> DnsPath.answerText(res.answer()));
        }
    }

    /** The address to connect to: written as one, from the hosts file, or looked up; null when it failed. */
    private String address(Journey j, Target t) {
        if (t.loadBalancerOf()) {
            return LoadBalancerTarget.address(this, j, t);
        }
        if (t.hostIsAddress()) {
            return t.host();
        }
        if (t.host().equals("localhost")) {
            return "127.0.0.1";
        }
        if (j.source.kind() == Source.Kind.CLIENT) {
            String fromHosts = hostsFile(j, t.host());
            if (fromHosts != null) {
                return fromHosts;
            }
        }
        Resolution res = DnsPath.resolve(this, j, t.host(), RecordType.A);
        if (j.outcome != null) {
            return null; // the query itself was lost (a CoreDNS pod on a node that is down)
        }
        String ip = DnsPath.firstAddress(res);
        if (ip == null) {
            if (!res.serverReached()) {
                j.end(Outcome.DROPPED, () -> Reason.of("end.unresolvedNoServer", t.host()));
            } else {
                j.end(Outcome.NXDOMAIN, () -> Reason.of("end.unresolved", t.host(), res.answer() == null
                        ? Reason.of("dns.noAnswer") : DnsPath.answerText(res.answer())));
            }
        }
        return ip;
    }

    /**
     * The laptop's hosts file: the learner points each Ingress host at the Ingress's address (what
     * {@code kubectl get ingress} shows under ADDRESS), as the ingress-nginx docs tell one to do
     * without a real DNS record.
     */
    private String hostsFile(Journey j, String host) {
        for (Ingress ing : world.state.snapshot().all(Ingress.class)) {
            if (ing.statusAddresses().isEmpty()) {
                continue;
            }
            for (Ingress.Rule rule : ing.spec().rules()) {
                if (rule.host().equalsIgnoreCase(host)) {
                    String ip = ing.statusAddresses().get(0);
                    if (Ipv4.parse(ip).isEmpty()) {
                        continue;
                    }
                    j.rec.hop(j.source.place(), Action.DNS_ANSWER, new HostPort(j.source.ip(), 0),
                            new HostPort(ip, 0), () -> Reason.of("dns.hostsFile", j.source.name(), host, ip,
                                    ing.metadata().namespace() + "/" + ing.metadata().name()));
                    return ip;
                }
            }
        }
        return null;
    }

    /** A Service by "name" or "name.namespace". */
    Service service(String text) {
        int dot = text.indexOf('.');
        String name = dot < 0 ? text : text.substring(0, dot);
        String ns = dot < 0 ? "default" : text.substring(dot + 1);
        return world.state.service(ns, name);
    }
}
