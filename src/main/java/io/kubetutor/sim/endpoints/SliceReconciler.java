package io.kubetutor.sim.endpoints;

import io.kubetutor.model.EndpointSlice;
import io.kubetutor.model.Service;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The EndpointSlice reconciler (staging/src/k8s.io/endpointslice reconciler.go,
 * reconcileByAddressType / reconcileByPortMapping / finalize), planning one sync for one Service.
 *
 * <p>Per port set: (1) existing slices drop endpoints no longer desired and take the desired
 * version of changed ones, and are marked for update (or delete when emptied); (2) leftover new
 * endpoints fill the slices already being updated, fullest first; (3) the rest go into the
 * fullest unchanged slice that can take all of them, else into new slices. Port sets no longer
 * desired lose their slices. With nothing left at all, one empty placeholder slice stays. Finally
 * a create paired with a delete becomes an update of the slice that would be deleted.
 *
 * <p>Upstream looks at every slice on every sync; here only the slices holding endpoints that
 * changed ("dirty") are examined, which gives the same plan because every other slice is, by
 * construction, unchanged. Where upstream's choice is Go map order (which endpoint is popped
 * first, which of two equally full slices is filled), this picks endpoints in address order and
 * the older slice.
 */
final class SliceReconciler {
    static final String LABEL_SERVICE_NAME = "kubernetes.io/service-name";
    static final String LABEL_MANAGED_BY = "endpointslice.kubernetes.io/managed-by";
    static final String LABEL_HEADLESS = "service.kubernetes.io/headless";
    static final String CONTROLLER_NAME = "endpointslice-controller.k8s.io";

    private static final Comparator<PodView.SliceMember> POP_ORDER = Comparator
            .comparing((PodView.SliceMember m) -> m.identity().addresses().get(0))
            .thenComparing(m -> m.identity().podName());

    private final SliceStore store;
    private final String addressType;
    private final String ownerUid;
    private final Map<String, String> labels;
    private final Map<String, String> serviceLabels;

    SliceReconciler(SliceStore store, Service service) {
        this.store = store;
        this.addressType = PodView.addressType(service);
        this.ownerUid = service.metadata().uid();
        this.labels = sliceLabels(service);
        this.serviceLabels = unreserved(service.metadata().labels());
    }

    /** setEndpointSliceLabels: the Service's labels but the reserved ones, headless marker, the two owner labels. */
    static Map<String, String> sliceLabels(Service service) {
        Map<String, String> sorted = new TreeMap<>(unreserved(service.metadata().labels()));
        if (!PodView.isServiceIpSet(service)) {
            sorted.put(LABEL_HEADLESS, "");
        }
        sorted.put(LABEL_SERVICE_NAME, service.metadata().name());
        sorted.put(LABEL_MANAGED_BY, CONTROLLER_NAME);
        return Collections.unmodifiableMap(new LinkedHashMap<>(sorted));
    }

    private static Map<String, String> unreserved(Map<String, String> labels) {
        Map<String, String> out = new HashMap<>(labels);
        out.remove(LABEL_SERVICE_NAME);
        out.remove(LABEL_MANAGED_BY);
        out.remove(LABEL_HEADLESS);
        return out;
    }

    /** Plans a sync; {@code everything} re-examines every slice (after a Service change). */
    SlicePlan plan(Set<PodView.Identity> dirty, boolean everything) {
        SlicePlan plan = new SlicePlan(addressType);
        int existing = 0;
        for (SliceState s : store.slices.values()) {
            if (current(s)) {
                existing++;
            } else {
                plan.typeDeletes.add(s);
            }
        }
        Set<List<EndpointSlice.Port>> touched = new HashSet<>();
        for (PodView.Identity id : dirty) {
            PodView.SliceMember d = store.desired.get(id);
            if (d != null) {
                touched.add(d.ports());
            }
            SliceState at = store.location.get(id);
            if (at != null) {
                touched.add(at.ports);
            }
        }
        for (List<EndpointSlice.Port> ports : store.desiredCount.keySet()) {
            if (everything || touched.contains(ports)) {
                reconcilePorts(plan, ports, dirty, everything);
            }
        }
        deleteUndesiredPortSets(plan);
        keepPlaceholder(plan, existing);
        finalizePlan(plan);
        return plan;
    }

    private boolean current(SliceState s) {
        return s.addressType.equals(addressType);
    }

    private void reconcilePorts(SlicePlan plan, List<EndpointSlice.Port> ports, Set<PodView.Identity> dirty,
                                boolean everything) {
        TreeMap<SliceState.Rank, SliceState> group = store.byPorts.get(ports);
        Set<PodView.Identity> found = new HashSet<>();
        for (SliceState s : affected(group, ports, dirty, everything)) {
            List<PodView.SliceMember> kept = new ArrayList<>(s.size());
            boolean changed = false;
            for (PodView.SliceMember m : s.members) {
                PodView.SliceMember want = store.desired.get(m.identity());
                if (want != null && want.ports().equals(ports)) {
                    kept.add(want);
                    found.add(m.identity());
                    changed |= !want.endpoint().equals(m.endpoint());
                }
            }
            if (changed || kept.size() != s.size()) {
                if (kept.isEmpty()) {
                    plan.delete(s);
                } else {
                    plan.updates.put(s, new SliceDraft(s, s.ports, labels, s.ownerUid, kept));
                }
            } else if (!unreserved(s.labels).equals(serviceLabels)) {
                plan.updates.put(s, SliceDraft.copyOf(s, labels));
            }
        }
        Deque<PodView.SliceMember> leftover = leftover(ports, dirty, everything, found);
        if (leftover.isEmpty()) {
            return;
        }
        fillUpdated(plan, ports, leftover);
        while (!leftover.isEmpty()) {
            SliceDraft target = null;
            if (leftover.size() < store.maxPerSlice && group != null) {
                SliceState s = fullestUntouched(plan, group, store.maxPerSlice - leftover.size());
                if (s != null) {
                    target = SliceDraft.copyOf(s, s.labels);
                    plan.updates.put(s, target);
                }
            }
            if (target == null) {
                target = new SliceDraft(null, ports, labels, ownerUid, List.of());
                plan.creates.add(target);
            }
            while (!leftover.isEmpty() && target.members.size() < store.maxPerSlice) {
                target.members.add(leftover.poll());
            }
        }
    }

    /** The slices of this port set whose endpoints may have changed, oldest first. */
    private List<SliceState> affected(TreeMap<SliceState.Rank, SliceState> group, List<EndpointSlice.Port> ports,
                                      Set<PodView.Identity> dirty, boolean everything) {
        Set<SliceState> out = new LinkedHashSet<>();
        if (everything) {
            if (group != null) {
                group.values().stream().filter(this::current).forEach(out::add);
            }
        } else {
            for (PodView.Identity id : dirty) {
                SliceState at = store.location.get(id);
                if (at != null && at.ports.equals(ports)) {
                    out.add(at);
                }
            }
        }
        List<SliceState> list = new ArrayList<>(out);
        list.sort(Comparator.comparingLong(s -> s.seq));
        return list;
    }

    /** Desired endpoints of this port set that no slice of it holds. */
    private Deque<PodView.SliceMember> leftover(List<EndpointSlice.Port> ports, Set<PodView.Identity> dirty,
                                                boolean everything, Set<PodView.Identity> found) {
        List<PodView.SliceMember> out = new ArrayList<>();
        if (everything) {
            for (PodView.SliceMember m : store.desired.values()) {
                if (m.ports().equals(ports) && !found.contains(m.identity())) {
                    out.add(m);
                }
            }
        } else {
            for (PodView.Identity id : dirty) {
                PodView.SliceMember m = store.desired.get(id);
                if (m != null && m.ports().equals(ports) && !found.contains(id)) {
                    out.add(m);
                }
            }
        }
        out.sort(POP_ORDER);
        return new ArrayDeque<>(out);
    }

    /** Step 2: slices already being updated take new endpoints first, fullest first. */
    private void fillUpdated(SlicePlan plan, List<EndpointSlice.Port> ports, Deque<PodView.SliceMember> leftover) {
        List<SliceDraft> updating = new ArrayList<>();
        for (SliceDraft d : plan.updates.values()) {
            if (d.ports.equals(ports)) {
                updating.add(d);
            }
        }
        updating.sort(Comparator.comparingInt((SliceDraft d) -> -d.members.size()).thenComparingLong(SliceDraft::order));
        for (SliceDraft d : updating) {
            while (!leftover.isEmpty() && d.members.size() < store.maxPerSlice) {
                d.members.add(leftover.poll());
            }
        }
    }

    /** getSliceToFill: the unchanged slice closest to full that still has room for all of them. */
    private SliceState fullestUntouched(SlicePlan plan, TreeMap<SliceState.Rank, SliceState> group, int room) {
        for (SliceState s : group.tailMap(new SliceState.Rank(room, Long.MIN_VALUE), true).values()) {
            if (current(s) && plan.untouched(s)) {
                return s;
            }
        }
        return null;
    }

    private void deleteUndesiredPortSets(SlicePlan plan) {
        List<SliceState> gone = new ArrayList<>();
        store.byPorts.forEach((ports, group) -> {
            if (!store.desiredCount.containsKey(ports)) {
                group.values().stream().filter(this::current).forEach(gone::add);
            }
        });
        gone.sort(Comparator.comparingLong(s -> s.seq));
        gone.forEach(plan::delete);
    }

    /** With every slice going and none coming, an empty placeholder slice stays (or is kept as it is). */
    private void keepPlaceholder(SlicePlan plan, int existing) {
        if (existing != plan.deletes.size() || !plan.creates.isEmpty()) {
            return;
        }
        if (plan.deletes.size() == 1 && isPlaceholder(plan.deletes.get(0))) {
            plan.deletes.clear();
        } else {
            plan.creates.add(new SliceDraft(null, List.of(), labels, ownerUid, List.of()));
        }
    }

    /** placeholderSliceCompare: no endpoints, no ports, same labels and owner. */
    private boolean isPlaceholder(SliceState s) {
        return s.members.isEmpty() && s.ports.isEmpty() && s.labels.equals(labels) && s.ownerUid.equals(ownerUid);
    }

    /** finalize: each slice about to be deleted takes the content of the last slice about to be created. */
    private static void finalizePlan(SlicePlan plan) {
        int i = 0;
        while (i < plan.deletes.size() && !plan.creates.isEmpty()) {
            SliceState doomed = plan.deletes.get(i);
            if (doomed.addressType.equals(plan.addressType)) {
                SliceDraft created = plan.creates.remove(plan.creates.size() - 1);
                created.target = doomed;
                plan.updates.put(doomed, created);
                plan.deletes.remove(i);
            } else {
                i++;
            }
        }
    }
}
