package io.kubetutor.sim.endpoints;

import io.kubetutor.model.Endpoints;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * The Endpoints controller's subsets, kept incrementally. Pods are grouped by the ports they
 * resolve to; each group keeps its ready and not-ready addresses in sorted maps, so a pod change
 * costs O(log n) and building the object is one merge pass over the sorted maps.
 *
 * <p>The result equals RepackSubsets: for every port, the set of (address, ready) that offer it;
 * ports with the same set share a subset. Because a pod offers all its resolved ports with one
 * readiness, two ports share a subset exactly when the same pod groups resolve them. Addresses
 * sort by IP string bytes, then pod uid; ports and subsets by MD5 of their Go rendering
 * ({@link GoHashes}). Over {@value #MAX_CAPACITY} addresses the object is truncated as
 * truncateEndpoints does.
 */
final class EndpointsTable {
    /** maxCapacity in endpoints_controller.go. */
    static final int MAX_CAPACITY = 1000;

    /** LessEndpointAddress: IP string bytes, then target uid (ASCII, so String order is byte order). */
    record AddressKey(String ip, String uid) implements Comparable<AddressKey> {
        @Override
        public int compareTo(AddressKey o) {
            int c = ip.compareTo(o.ip);
            return c != 0 ? c : uid.compareTo(o.uid);
        }
    }

    /**
     * One listed address, with its Go rendering kept once computed: hashing a subset renders every
     * address in it, and only the changed pod's rendering is new.
     */
    private static final class Listed {
        final Endpoints.Address address;
        private byte[] rendering;

        Listed(Endpoints.Address address) {
            this.address = address;
        }

        byte[] rendering(AddressKey key) {
            if (rendering == null) {
                rendering = GoHashes.coreAddressBody(address, key.uid()).getBytes(StandardCharsets.UTF_8);
            }
            return rendering;
        }
    }

    /** The pods that resolve the Service's ports to the same ports. Identity equality on purpose. */
    private static final class Group {
        final List<Endpoints.Port> ports;
        final TreeMap<AddressKey, Listed> ready = new TreeMap<>();
        final TreeMap<AddressKey, Listed> notReady = new TreeMap<>();
        long version;

        Group(List<Endpoints.Port> ports) {
            this.ports = ports;
        }

        boolean isEmpty() {
            return ready.isEmpty() && notReady.isEmpty();
        }
    }

    /** A subset before truncation: which groups' addresses, and its ports in hash order. */
    private record Shape(List<Group> groups, List<Endpoints.Port> ports) {
        int readyCount() {
            return groups.stream().mapToInt(g -> g.ready.size()).sum();
        }

        int notReadyCount() {
            return groups.stream().mapToInt(g -> g.notReady.size()).sum();
        }
    }

    private record CachedHash(long[] versions, byte[] hash) {
    }

    /** The subsets as the controller writes them, and whether truncation cut addresses. */
    record Built(List<Endpoints.Subset> subsets, boolean truncated) {
    }

    private final Map<List<Endpoints.Port>, Group> groups = new LinkedHashMap<>();
    private final Map<Endpoints.Port, byte[]> portHashes = new HashMap<>();
    private Map<Shape, CachedHash> subsetHashes = new HashMap<>();

    void add(PodView view) {
        if (!view.inEndpoints()) {
            return;
        }
        Group g = groups.computeIfAbsent(view.endpointsPorts(), Group::new);
        (view.ready() ? g.ready : g.notReady).put(key(view), new Listed(view.address()));
        g.version++;
    }

    void remove(PodView view) {
        if (!view.inEndpoints()) {
            return;
        }
        Group g = groups.get(view.endpointsPorts());
        (view.ready() ? g.ready : g.notReady).remove(key(view));
        g.version++;
        if (g.isEmpty()) {
            groups.remove(view.endpointsPorts());
        }
    }

    void clear() {
        groups.clear();
        subsetHashes.clear();
    }

    private static AddressKey key(PodView view) {
        return new AddressKey(view.address().ip(), view.uid());
    }

    Built build() {
        List<Shape> shapes = shapes();
        if (shapes.size() > 1) {
            Map<Shape, CachedHash> next = new HashMap<>();
            for (Shape s : shapes) {
                next.put(s, subsetHash(s));
            }
            subsetHashes = next;
            shapes.sort((a, b) -> Arrays.compareUnsigned(next.get(a).hash(), next.get(b).hash()));
        }
        int[] keepReady = new int[shapes.size()];
        int[] keepNotReady = new int[shapes.size()];
        boolean truncated = truncate(shapes, keepReady, keepNotReady);
        List<Endpoints.Subset> subsets = new ArrayList<>(shapes.size());
        for (int i = 0; i < shapes.size(); i++) {
            Shape s = shapes.get(i);
            subsets.add(new Endpoints.Subset(addresses(s, true, keepReady[i]), addresses(s, false, keepNotReady[i]),
                    s.ports()));
        }
        return new Built(subsets, truncated);
    }

    /** Ports grouped by the exact set of pod groups resolving them; one subset per distinct set. */
    private List<Shape> shapes() {
        Map<Endpoints.Port, List<Group>> offeredBy = new LinkedHashMap<>();
        List<Shape> shapes = new ArrayList<>();
        for (Group g : groups.values()) {
            if (g.ports.isEmpty()) {
                // RepackSubsets' "no ports" sentinel: a headless Service without ports.
                shapes.add(new Shape(List.of(g), List.of()));
            }
            for (Endpoints.Port p : g.ports) {
                offeredBy.computeIfAbsent(p, k -> new ArrayList<>()).add(g);
            }
        }
        Map<List<Group>, List<Endpoints.Port>> portsBySet = new LinkedHashMap<>();
        offeredBy.forEach((port, set) -> portsBySet.computeIfAbsent(set, k -> new ArrayList<>()).add(port));
        portsBySet.forEach((set, ports) -> {
            ports.sort((a, b) -> Arrays.compareUnsigned(portHash(a), portHash(b)));
            shapes.add(new Shape(List.copyOf(set), List.copyOf(ports)));
        });
        return shapes;
    }

    private byte[] portHash(Endpoints.Port p) {
        return portHashes.computeIfAbsent(p, GoHashes::corePortHash);
    }

    /** MD5 of the whole subset as SortSubsets hashes it; recomputed only when one of its groups changed. */
    private CachedHash subsetHash(Shape s) {
        long[] versions = s.groups().stream().mapToLong(g -> g.version).toArray();
        CachedHash cached = subsetHashes.get(s);
        if (cached != null && Arrays.equals(cached.versions(), versions)) {
            return cached;
        }
        GoHashes.SubsetDigest d = new GoHashes.SubsetDigest();
        digestAddresses(d, s, true);
        d.notReadyAddresses();
        digestAddresses(d, s, false);
        d.ports();
        d.beginList(s.ports().isEmpty());
        for (Endpoints.Port p : s.ports()) {
            d.element(GoHashes.corePortBody(p));
        }
        d.endList(s.ports().isEmpty());
        return new CachedHash(versions, d.finish());
    }

    private static void digestAddresses(GoHashes.SubsetDigest d, Shape s, boolean ready) {
        boolean empty = (ready ? s.readyCount() : s.notReadyCount()) == 0;
        d.beginList(empty);
        merge(maps(s, ready), Integer.MAX_VALUE, (k, a) -> d.element(a.rendering(k)));
        d.endList(empty);
    }

    /**
     * truncateEndpoints: over capacity, ready addresses are kept first; the ones cut are shared out
     * over the subsets in proportion to their size, rounded up, so the last subsets lose most.
     */
    private static boolean truncate(List<Shape> shapes, int[] keepReady, int[] keepNotReady) {
        int totalReady = 0;
        int totalNotReady = 0;
        for (int i = 0; i < shapes.size(); i++) {
            keepReady[i] = shapes.get(i).readyCount();
            keepNotReady[i] = shapes.get(i).notReadyCount();
            totalReady += keepReady[i];
            totalNotReady += keepNotReady[i];
        }
        if (totalReady + totalNotReady <= MAX_CAPACITY) {
            return false;
        }
        boolean truncateReady = totalReady > MAX_CAPACITY;
        int max = truncateReady ? MAX_CAPACITY : MAX_CAPACITY - totalReady;
        int numTotal = truncateReady ? totalReady : totalNotReady;
        int canBeAdded = max;
        for (int i = 0; i < shapes.size(); i++) {
            int numInSubset = truncateReady ? keepReady[i] : keepNotReady[i];
            int toBeAdded = (int) Math.ceil(((double) numInSubset / (double) numTotal) * (double) max);
            toBeAdded = Math.min(toBeAdded, canBeAdded);
            if (truncateReady) {
                keepReady[i] = Math.min(keepReady[i], toBeAdded);
                keepNotReady[i] = 0;
                canBeAdded -= keepReady[i];
            } else {
                keepNotReady[i] = Math.min(keepNotReady[i], toBeAdded);
                canBeAdded -= keepNotReady[i];
            }
        }
        return true;
    }

    private static List<Endpoints.Address> addresses(Shape s, boolean ready, int limit) {
        List<Endpoints.Address> out = new ArrayList<>(limit);
        merge(maps(s, ready), limit, (k, a) -> out.add(a.address));
        return out;
    }

    private static List<TreeMap<AddressKey, Listed>> maps(Shape s, boolean ready) {
        List<TreeMap<AddressKey, Listed>> maps = new ArrayList<>(s.groups().size());
        for (Group g : s.groups()) {
            maps.add(ready ? g.ready : g.notReady);
        }
        return maps;
    }

    /** Visits the first {@code limit} entries of disjoint sorted maps in order (a k-way merge; k is tiny). */
    private static void merge(List<TreeMap<AddressKey, Listed>> maps, int limit,
                              BiConsumer<AddressKey, Listed> visit) {
        if (maps.size() == 1) {
            Iterator<Map.Entry<AddressKey, Listed>> it = maps.get(0).entrySet().iterator();
            for (int n = 0; n < limit && it.hasNext(); n++) {
                Map.Entry<AddressKey, Listed> e = it.next();
                visit.accept(e.getKey(), e.getValue());
            }
            return;
        }
        List<Iterator<Map.Entry<AddressKey, Listed>>> its = new ArrayList<>();
        List<Map.Entry<AddressKey, Listed>> heads = new ArrayList<>();
        for (TreeMap<AddressKey, Listed> m : maps) {
            Iterator<Map.Entry<AddressKey, Listed>> it = m.entrySet().iterator();
            its.add(it);
            heads.add(it.hasNext() ? it.next() : null);
        }
        for (int n = 0; n < limit; n++) {
            int min = -1;
            for (int i = 0; i < heads.size(); i++) {
                if (heads.get(i) != null && (min < 0 || heads.get(i).getKey().compareTo(heads.get(min).getKey()) < 0)) {
                    min = i;
                }
            }
            if (min < 0) {
                return;
            }
            visit.accept(heads.get(min).getKey(), heads.get(min).getValue());
            heads.set(min, its.get(min).hasNext() ? its.get(min).next() : null);
        }
    }
}
