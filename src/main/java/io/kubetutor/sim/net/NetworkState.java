package io.kubetutor.sim.net;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.EndpointSlice;
import io.kubetutor.model.Endpoints;
import io.kubetutor.model.KubeObject;
import io.kubetutor.model.Pod;
import io.kubetutor.model.Service;
import io.kubetutor.sim.ClusterSnapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the data plane reads, frozen at one moment: the topology, the API objects (what
 * kube-proxy, CoreDNS and the ingress controller watch) and each pod's app state (what the kubelet
 * runs). Immutable; the indexes are built once here so every lookup on the request path is a map
 * read. {@code version} changes whenever anything here may have changed, so derived rule sets can
 * be cached against it.
 */
public final class NetworkState {
    /** The label the EndpointSlice controller puts on a Service's slices. */
    public static final String SERVICE_NAME_LABEL = "kubernetes.io/service-name";

    private final ClusterTopology topology;
    private final ClusterSnapshot snapshot;
    private final Map<String, PodApp> appsByUid;
    private final long now;
    private final long version;
    private final List<Pod> pods;
    private final List<Service> services;
    private final Map<String, Pod> podsByIp = new HashMap<>();
    private final Map<String, Pod> podsByName = new HashMap<>();
    private final Map<String, Service> servicesByName = new HashMap<>();
    private final Map<String, List<EndpointSlice>> slicesByService = new HashMap<>();
    private final Map<String, Endpoints> endpointsByName = new HashMap<>();
    private final Map<String, ClusterTopology.Node> nodesByName = new HashMap<>();
    private final Map<String, ClusterTopology.Node> nodesByIp = new HashMap<>();
    private final Map<KubeObject, Integer> creationOrder = new IdentityHashMap<>();
    /** Nodes whose machine is down: nothing on them answers or forwards. */
    private final java.util.Set<String> failedNodes;

    public NetworkState(ClusterTopology topology, ClusterSnapshot snapshot, Map<String, PodApp> appsByUid, long now,
                        long version) {
        this(topology, snapshot, appsByUid, now, version, java.util.Set.of());
    }

    /** {@code failedNodes}: the nodes that are down (powered off), whatever the API server says of them yet. */
    public NetworkState(ClusterTopology topology, ClusterSnapshot snapshot, Map<String, PodApp> appsByUid, long now,
                        long version, java.util.Set<String> failedNodes) {
        this.failedNodes = java.util.Set.copyOf(failedNodes);
        this.topology = topology;
        this.snapshot = snapshot;
        this.appsByUid = Map.copyOf(appsByUid);
        this.now = now;
        this.version = version;
        List<Pod> ps = new ArrayList<>();
        List<Service> ss = new ArrayList<>();
        int i = 0;
        for (KubeObject o : snapshot.objects()) {
            creationOrder.put(o, i++);
            if (o instanceof Pod p) {
                ps.add(p);
                podsByName.put(key(p.metadata().namespace(), p.metadata().name()), p);
                String ip = p.status().podIP();
                // A host-network pod shares its node's address: that address belongs to the node.
                if (!ip.isEmpty() && !p.spec().hostNetwork() && !terminal(p)) {
                    podsByIp.merge(ip, p, (a, b) -> a.metadata().deleting() ? b : a);
                }
            } else if (o instanceof Service s) {
                ss.add(s);
                servicesByName.put(key(s.metadata().namespace(), s.metadata().name()), s);
            } else if (o instanceof EndpointSlice es) {
                String svc = es.metadata().labels().get(SERVICE_NAME_LABEL);
                if (svc != null) {
                    slicesByService.computeIfAbsent(key(es.metadata().namespace(), svc), k -> new ArrayList<>()).add(es);
                }
            } else if (o instanceof Endpoints e) {
                endpointsByName.put(key(e.metadata().namespace(), e.metadata().name()), e);
            }
        }
        this.pods = List.copyOf(ps);
        this.services = List.copyOf(ss);
        for (ClusterTopology.Node n : topology.nodes()) {
            nodesByName.put(n.name(), n);
            nodesByIp.put(n.ip(), n);
        }
    }

    private static String key(String namespace, String name) {
        return namespace + "/" + name;
    }

    private static boolean terminal(Pod p) {
        String phase = p.status().phase();
        return phase.equals("Succeeded") || phase.equals("Failed");
    }

    public ClusterTopology topology() {
        return topology;
    }

    public ClusterSnapshot snapshot() {
        return snapshot;
    }

    /** Virtual time in milliseconds. */
    public long now() {
        return now;
    }

    public long version() {
        return version;
    }

    /** Every pod, in creation order. */
    public List<Pod> pods() {
        return pods;
    }

    /** Every Service, in creation order. */
    public List<Service> services() {
        return services;
    }

    /** The (non-terminal, non-host-network) pod holding {@code ip}, or null. */
    public Pod podByIp(String ip) {
        return podsByIp.get(ip);
    }

    public Pod pod(String namespace, String name) {
        return podsByName.get(key(namespace, name));
    }

    public Service service(String namespace, String name) {
        return servicesByName.get(key(namespace, name));
    }

    /** The Service's EndpointSlices (by the service-name label), in creation order; empty if none. */
    public List<EndpointSlice> slicesOf(String namespace, String service) {
        return slicesByService.getOrDefault(key(namespace, service), List.of());
    }

    /** The Endpoints object named like the Service, or null. */
    public Endpoints endpoints(String namespace, String name) {
        return endpointsByName.get(key(namespace, name));
    }

    public ClusterTopology.Node node(String name) {
        return nodesByName.get(name);
    }

    /** Whether the node's machine is down. */
    public boolean nodeFailed(String name) {
        return failedNodes.contains(name);
    }

    public ClusterTopology.Node nodeByIp(String ip) {
        return nodesByIp.get(ip);
    }

    public ClusterTopology.Client client(String name) {
        for (ClusterTopology.Client c : topology.clients()) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        return null;
    }

    /** What the pod's app is doing; {@link PodApp#NOT_RUNNING} for a pod the kubelet does not run. */
    public PodApp app(Pod pod) {
        return appsByUid.getOrDefault(pod.metadata().uid(), PodApp.NOT_RUNNING);
    }

    /**
     * Whether {@code first} was created before {@code second} (snapshot order is creation order), which
     * decides, for example, whether a pod got a Service's environment variables.
     */
    public boolean createdBefore(KubeObject first, KubeObject second) {
        Integer a = creationOrder.get(first);
        Integer b = creationOrder.get(second);
        return a != null && b != null && a < b;
    }
}
