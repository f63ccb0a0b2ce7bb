package io.kubetutor.sim;

import io.kubetutor.manifest.validate.ServiceAllocationDefaults;
import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.KubeObject;
import io.kubetutor.model.ObjectMeta;
import io.kubetutor.model.Service;
import io.kubetutor.sim.Change.DeleteCause;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The simulated API server: the cluster's objects and the ClusterIP and NodePort pools, written to
 * through {@link #apply} exactly as {@code kubectl apply} writes to a v1.33 server. A fresh server
 * holds what kubeadm leaves behind (namespaces, the kubernetes and kube-dns Services, CoreDNS and
 * its running pods) and, when the topology says so, an installed ingress-nginx. Every random
 * choice comes from the generator it is given, so the same inputs give the same cluster.
 */
public final class ApiServer {
    /** What kubectl says to an input without a single object (it applies and prunes nothing then). */
    public static final String NO_OBJECTS = "no objects passed to apply";

    private final ClusterTopology topology;
    private final ClusterIpAllocator clusterIps;
    private final NodePortAllocator nodePorts;
    private final ObjectStore store = new ObjectStore();
    private final ServiceWriter services;
    private final Deletions deletions;
    private final ServerChecks checks;
    private final VirtualClock clock;
    private final Uids uids = new Uids();

    public ApiServer(ClusterTopology topology, RandomGenerator random) {
        this(topology, random, new VirtualClock());
    }

    /** A server whose creation timestamps come from {@code clock}. */
    public ApiServer(ClusterTopology topology, RandomGenerator random, VirtualClock clock) {
        this(topology, random, ServerChecks.UPSTREAM, clock);
    }

    ApiServer(ClusterTopology topology, RandomGenerator random, ServerChecks checks) {
        this(topology, random, checks, new VirtualClock());
    }

    private ApiServer(ClusterTopology topology, RandomGenerator random, ServerChecks checks, VirtualClock clock) {
        this.topology = Objects.requireNonNull(topology);
        this.clock = Objects.requireNonNull(clock);
        this.clusterIps = new ClusterIpAllocator(topology.serviceCIDR(), random);
        this.nodePorts = new NodePortAllocator(topology.nodePortRange(), random);
        ServiceAllocations allocations = new ServiceAllocations(clusterIps, nodePorts);
        this.checks = checks;
        this.services = new ServiceWriter(allocations, ServiceAllocationDefaults.clusterFamilies(topology));
        this.deletions = new Deletions(store, allocations);
        for (KubeObject o : SystemObjects.bootstrap(topology, clusterIps, services, this::stamped, clock.now())) {
            store.put(new ObjectStore.Entry(o, null, true));
        }
    }

    public VirtualClock clock() {
        return clock;
    }

    /** The object with a fresh uid and the current virtual time as its creation timestamp. */
    KubeObject stamped(KubeObject o) {
        return ObjectCopies.withMetadata(o, o.metadata().withServerFields(uids.next(o), clock.now()));
    }

    public ClusterTopology topology() {
        return topology;
    }

    /**
     * {@code kubectl apply -f FILE} (with {@code --prune --all} when {@code prune}) of the decoded
     * objects, in order. {@code file} names the source in kubectl's messages.
     */
    public synchronized ApplyResult apply(String file, List<KubeObject> objects, boolean prune) {
        return new ApplySession(store, services, deletions, checks, file, this::stamped).run(objects, prune);
    }

    /** A POST as kubectl create/expose sends it: created without a last-applied configuration. */
    public synchronized WriteOutcome create(KubeObject o) {
        return new ApplySession(store, services, deletions, checks, null, this::stamped).write(o, true);
    }

    /** A PUT of a changed copy of a stored object (kubectl label, scale, patch), validated as an update. */
    public synchronized WriteOutcome update(KubeObject o) {
        return new ApplySession(store, services, deletions, checks, null, this::stamped).write(o, false);
    }

    /** Writes a Service's status (the load balancer's address), as a controller does through /status. */
    public synchronized void writeServiceStatus(ObjectKey key, io.kubetutor.model.ServiceStatus status) {
        ObjectStore.Entry e = store.get(key);
        if (e != null && e.object() instanceof Service s) {
            store.put(new ObjectStore.Entry(s.withStatus(status), e.lastApplied(), e.system()));
        }
    }

    public synchronized List<KubeObject> objects() {
        return store.objects();
    }

    public synchronized Optional<KubeObject> get(ObjectKey key) {
        ObjectStore.Entry e = store.get(key);
        return e == null ? Optional.empty() : Optional.of(e.object());
    }

    /** A simulated kind by class; {@code namespace} is ignored for Namespace and IngressClass. */
    public synchronized <T extends KubeObject> Optional<T> get(Class<T> type, String namespace, String name) {
        return get(ClusterSnapshot.key(type, namespace, name)).map(type::cast);
    }

    public synchronized ClusterSnapshot snapshot() {
        return new ClusterSnapshot(store.index());
    }

    /**
     * Deletes an object as {@code kubectl delete} would, with what goes with it (a Service's
     * allocations and Endpoints, a namespace's contents). The immortal namespaces stay.
     */
    public synchronized List<Change> delete(ObjectKey key) {
        return deletions.delete(key, DeleteCause.DELETED);
    }

    /**
     * Stores an object a controller made (pods of a Deployment, Endpoints, EndpointSlices). It is
     * not validated and never pruned. Services are only written through {@link #apply}, because
     * they hold allocations.
     */
    public synchronized void putSystemObject(KubeObject o) {
        if (o instanceof Service) {
            throw new IllegalArgumentException("Services are written through apply, which allocates for them");
        }
        ObjectStore.Entry existing = store.get(ObjectKey.of(o));
        if (existing == null && o.metadata().creationTimestamp() == null) {
            o = stamped(o);
        } else if (existing != null && o.metadata().creationTimestamp() == null) {
            // A controller rewriting its object keeps what the server set when it was created.
            ObjectMeta live = existing.object().metadata();
            o = ObjectCopies.withMetadata(o, o.metadata().withServerFields(live.uid(), live.creationTimestamp()));
        }
        store.put(new ObjectStore.Entry(o, existing == null ? null : existing.lastApplied(),
                existing == null || existing.system()));
    }

    /** Whether a ClusterIP is held (by a Service or the system). */
    public synchronized boolean clusterIpAllocated(String ip) {
        return clusterIps.isAllocated(ip);
    }

    /** Whether a node port (nodePort or healthCheckNodePort) is held. */
    public synchronized boolean nodePortAllocated(int port) {
        return nodePorts.isAllocated(port);
    }

    /** How many ClusterIPs are held in all; tests use it to see that nothing leaked. */
    synchronized int clusterIpsInUse() {
        return clusterIps.allocatedCount();
    }

    /** How many node ports are held in all. */
    synchronized int nodePortsInUse() {
        return nodePorts.allocatedCount();
    }
}
