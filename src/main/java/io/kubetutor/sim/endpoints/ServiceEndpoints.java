package io.kubetutor.sim.endpoints;

import io.kubetutor.model.EndpointSlice;
import io.kubetutor.model.Endpoints;
import io.kubetutor.model.ObjectMeta;
import io.kubetutor.model.Origin;
import io.kubetutor.model.Pod;
import io.kubetutor.model.Service;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/**
 * The Endpoints controller and the EndpointSlice controller of kube-controller-manager v1.33, for
 * one Service, fed pod by pod. Each call is one sync of both controllers; the engine decides which
 * pods the selector matches and calls {@link #upsertPod} / {@link #removePod} accordingly.
 *
 * <p>Only for Services with a selector that are not ExternalName: both controllers skip the others
 * ("services without a selector receive no endpoints from this controller; these services will
 * receive the endpoints that are created out-of-band via the REST API"). Upstream's sync returns
 * early for them without deleting anything, so when a Service loses its selector or becomes
 * ExternalName the engine should stop feeding this instance and leave the last objects in place.
 *
 * <p>Costs: a pod change is O(log n) plus the size of one slice; {@link #endpoints()} is one merge
 * pass over sorted addresses (at most 1000 are written), plus MD5 of a changed subset when the
 * object has several subsets (their order is hash order).
 *
 * <p>Not modelled: the last-change-trigger-time annotations (timestamps), zones and topology hints
 * (the topology has no zones), a second IP family, and Nodes that do not exist: a pod is on a known
 * Node whenever spec.nodeName is set, and a pod without one is left out of the slices (its Node
 * lookup fails) unless publishNotReadyAddresses is set, as upstream.
 */
public final class ServiceEndpoints {
    public static final int DEFAULT_MAX_PER_SLICE = 100;
    static final String OVER_CAPACITY = "endpoints.kubernetes.io/over-capacity";

    private Service service;
    private SliceReconciler reconciler;
    private final Map<String, Pod> pods = new LinkedHashMap<>();
    private final Map<String, PodView> views = new LinkedHashMap<>();
    private final EndpointsTable table = new EndpointsTable();
    private final SliceStore store;
    private Endpoints endpoints;

    /** maxPerSlice: 100 by default (--max-endpoints-per-slice, 1 to 1000); random: used only for slice name suffixes. */
    public ServiceEndpoints(Service service, RandomGenerator random, int maxPerSlice) {
        this(service, random, maxPerSlice, List.of());
    }

    /**
     * A Service whose first sync already sees these pods (the Service was created while they
     * existed): one sync, so 150 pods make two new slices and no placeholder. No changes are
     * reported for these pods; {@link #endpoints()} lists them.
     */
    public ServiceEndpoints(Service service, RandomGenerator random, int maxPerSlice, Collection<Pod> initialPods) {
        if (maxPerSlice < 1 || maxPerSlice > 1000) {
            throw new IllegalArgumentException("maxPerSlice must be between 1 and 1000, not " + maxPerSlice);
        }
        this.service = service;
        this.store = new SliceStore(service.metadata().name(), service.metadata().namespace(), maxPerSlice,
                Objects.requireNonNull(random));
        for (Pod pod : initialPods) {
            pods.put(pod.metadata().name(), pod);
        }
        resync();
    }

    /** The Service changed (ports, publishNotReadyAddresses, labels, ...): every known pod is recomputed. */
    public List<EndpointChange> setService(Service changed) {
        if (!changed.metadata().name().equals(service.metadata().name())
                || !changed.metadata().namespace().equals(service.metadata().namespace())) {
            throw new IllegalArgumentException("a different Service: " + changed.metadata().namespace() + "/"
                    + changed.metadata().name());
        }
        service = changed;
        Map<String, PodView> before = new LinkedHashMap<>(views);
        resync();
        List<EndpointChange> out = new ArrayList<>();
        views.forEach((name, now) -> changes(before.get(name), now, out));
        return out;
    }

    /** A pod the Service's selector matches was added or changed (IP, readiness, labels, deletion, ports). */
    public List<EndpointChange> upsertPod(Pod pod) {
        PodView now = PodView.of(service, pod);
        pods.put(pod.metadata().name(), pod);
        return apply(views.put(pod.metadata().name(), now), now);
    }

    /** A pod left the selector or was removed from the store. */
    public List<EndpointChange> removePod(Pod pod) {
        pods.remove(pod.metadata().name());
        PodView old = views.remove(pod.metadata().name());
        return old == null ? List.of() : apply(old, null);
    }

    /** The v1 Endpoints object as the controller would write it now. */
    public Endpoints endpoints() {
        if (endpoints == null) {
            EndpointsTable.Built built = table.build();
            Map<String, String> labels = new TreeMap<>(service.metadata().labels());
            if (PodView.isServiceIpSet(service)) {
                labels.remove(SliceReconciler.LABEL_HEADLESS);
            } else {
                labels.put(SliceReconciler.LABEL_HEADLESS, "");
            }
            Map<String, String> annotations = built.truncated() ? Map.of(OVER_CAPACITY, "truncated") : Map.of();
            ObjectMeta meta = new ObjectMeta(service.metadata().name(), "", service.metadata().namespace(),
                    labels, annotations);
            endpoints = new Endpoints(meta, built.subsets(), Origin.SYSTEM);
        }
        return endpoints;
    }

    /** The controller-managed EndpointSlices, in creation order. */
    public List<EndpointSlice> slices() {
        return store.render();
    }

    /** Slices created, updated or deleted since the last call, one write per slice. */
    public List<SliceWrite> drainSliceWrites() {
        return store.drain();
    }

    private void resync() {
        reconciler = new SliceReconciler(store, service);
        views.clear();
        table.clear();
        store.clearDesired();
        for (Pod pod : pods.values()) {
            PodView v = PodView.of(service, pod);
            views.put(pod.metadata().name(), v);
            table.add(v);
            if (v.sliceMember() != null) {
                store.want(v.sliceMember());
            }
        }
        endpoints = null;
        store.apply(reconciler.plan(Set.of(), true), !service.metadata().deleting());
    }

    private List<EndpointChange> apply(PodView old, PodView now) {
        if (Objects.equals(old, now)) {
            return List.of();
        }
        if (old != null) {
            table.remove(old);
        }
        if (now != null) {
            table.add(now);
        }
        endpoints = null;
        PodView.SliceMember was = old == null ? null : old.sliceMember();
        PodView.SliceMember is = now == null ? null : now.sliceMember();
        if (!Objects.equals(was, is)) {
            Set<PodView.Identity> dirty = new HashSet<>(store.unplaced);
            if (was != null) {
                store.unwant(was);
                dirty.add(was.identity());
            }
            if (is != null) {
                store.want(is);
                dirty.add(is.identity());
            }
            store.apply(reconciler.plan(dirty, false), !service.metadata().deleting());
        }
        List<EndpointChange> out = new ArrayList<>(2);
        changes(old, now, out);
        return out;
    }

    /** The pod's place in Endpoints before and after, as changes to addresses / notReadyAddresses. */
    private static void changes(PodView old, PodView now, List<EndpointChange> out) {
        boolean wasIn = old != null && old.inEndpoints();
        boolean isIn = now != null && now.inEndpoints();
        if (wasIn && isIn && old.address().ip().equals(now.address().ip())) {
            if (old.ready() != now.ready()) {
                out.add(change(now.ready() ? EndpointChange.Kind.BECAME_READY : EndpointChange.Kind.BECAME_NOT_READY,
                        now));
            }
            return;
        }
        if (wasIn) {
            out.add(change(EndpointChange.Kind.REMOVED, old));
        }
        if (isIn) {
            out.add(change(now.ready() ? EndpointChange.Kind.ADDED_READY : EndpointChange.Kind.ADDED_NOT_READY, now));
        }
    }

    private static EndpointChange change(EndpointChange.Kind kind, PodView v) {
        String node = v.address().nodeName() == null ? "" : v.address().nodeName();
        return new EndpointChange(kind, v.podName(), v.address().ip(), node);
    }
}
