package io.kubetutor.sim.endpoints;

import io.kubetutor.model.Container;
import io.kubetutor.model.EndpointSlice;
import io.kubetutor.model.Endpoints;
import io.kubetutor.model.ObjectMeta;
import io.kubetutor.model.ObjectReference;
import io.kubetutor.model.Origin;
import io.kubetutor.model.Pod;
import io.kubetutor.model.Service;
import io.kubetutor.model.ServicePort;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The controllers' output computed from scratch, the way upstream's syncService does it: one
 * single-address subset per pod and port, then RepackSubsets, SortSubsets and truncateEndpoints
 * written out plainly over lists and maps. The reference the incremental tables are checked against.
 */
final class FromScratch {
    private static final Endpoints.Port NO_PORT = new Endpoints.Port("", -1, "", null);

    private FromScratch() {
    }

    record Address(Endpoints.Address address, String uid) {
    }

    /** One pod's desired EndpointSlice endpoint and the ports of the slice it must be in. */
    record SliceEntry(List<EndpointSlice.Port> ports, EndpointSlice.Endpoint endpoint) {
    }

    record Membership(String ip, boolean ready) {
    }

    static Endpoints endpoints(Service svc, Collection<Pod> pods) {
        List<Map.Entry<Address, Boolean>> byPort = new ArrayList<>();
        Map<Endpoints.Port, Map<Address, Boolean>> portToAddresses = new LinkedHashMap<>();
        for (Pod pod : pods) {
            Address a = address(svc, pod);
            if (a == null) {
                continue;
            }
            boolean ready = svc.spec().publishNotReadyAddresses() || pod.status().ready();
            for (Endpoints.Port port : ports(svc, pod)) {
                Map<Address, Boolean> set = portToAddresses.computeIfAbsent(port, k -> new LinkedHashMap<>());
                set.merge(a, ready, (was, now) -> was && now);
            }
        }
        // Ports offered by the very same (address, ready) set share a subset.
        Map<Map<Address, Boolean>, List<Endpoints.Port>> portsBySet = new LinkedHashMap<>();
        portToAddresses.forEach((port, set) -> {
            List<Endpoints.Port> ports = portsBySet.computeIfAbsent(set, k -> new ArrayList<>());
            if (port != NO_PORT) {
                ports.add(port);
            }
        });
        List<Endpoints.Subset> subsets = new ArrayList<>();
        Map<Endpoints.Subset, List<Address>[]> withUids = new HashMap<>();
        portsBySet.forEach((set, ports) -> {
            List<Address> ready = new ArrayList<>();
            List<Address> notReady = new ArrayList<>();
            set.forEach((a, r) -> (r ? ready : notReady).add(a));
            Comparator<Address> byIpThenUid = Comparator.comparing((Address a) -> a.address().ip())
                    .thenComparing(Address::uid);
            ready.sort(byIpThenUid);
            notReady.sort(byIpThenUid);
            ports.sort((x, y) -> Arrays.compareUnsigned(md5("(v1.EndpointPort)" + portText(x)),
                    md5("(v1.EndpointPort)" + portText(y))));
            Endpoints.Subset s = new Endpoints.Subset(strip(ready), strip(notReady), ports);
            subsets.add(s);
            @SuppressWarnings("unchecked")
            List<Address>[] lists = new List[] {ready, notReady};
            withUids.put(s, lists);
        });
        subsets.sort((x, y) -> Arrays.compareUnsigned(md5(subsetText(x, withUids.get(x))),
                md5(subsetText(y, withUids.get(y)))));
        boolean truncated = truncate(subsets);
        Map<String, String> labels = new TreeMap<>(svc.metadata().labels());
        labels.remove("service.kubernetes.io/headless");
        if (svc.spec().clusterIP().equals("None") || svc.spec().clusterIP().isEmpty()) {
            labels.put("service.kubernetes.io/headless", "");
        }
        Map<String, String> annotations = truncated ? Map.of("endpoints.kubernetes.io/over-capacity", "truncated")
                : Map.of();
        return new Endpoints(new ObjectMeta(svc.metadata().name(), "", svc.metadata().namespace(), labels,
                annotations), subsets, Origin.SYSTEM);
    }

    /** Which pods the Endpoints object lists (before truncation), with IP and readiness. */
    static Map<String, Membership> membership(Service svc, Collection<Pod> pods) {
        Map<String, Membership> out = new HashMap<>();
        for (Pod pod : pods) {
            Address a = address(svc, pod);
            if (a != null && !ports(svc, pod).isEmpty()) {
                out.put(pod.metadata().name(), new Membership(a.address().ip(),
                        svc.spec().publishNotReadyAddresses() || pod.status().ready()));
            }
        }
        return out;
    }

    /** podToEndpointAddressForService after ShouldPodBeInEndpoints; null when the pod is not listed. */
    private static Address address(Service svc, Pod pod) {
        String phase = pod.status().phase();
        boolean publish = svc.spec().publishNotReadyAddresses();
        if (phase.equals("Succeeded") || phase.equals("Failed") || pod.status().podIP().isEmpty()
                || (!publish && pod.metadata().deleting())) {
            return null;
        }
        String ip = pod.status().podIP();
        String hostname = !pod.spec().hostname().isEmpty() && pod.spec().subdomain().equals(svc.metadata().name())
                ? pod.spec().hostname() : "";
        return new Address(new Endpoints.Address(ip, hostname, pod.spec().nodeName(),
                new ObjectReference("Pod", pod.metadata().namespace(), pod.metadata().name())), pod.metadata().uid());
    }

    /** The ports a pod offers; the no-ports sentinel for a headless Service without ports. */
    private static List<Endpoints.Port> ports(Service svc, Pod pod) {
        if (svc.spec().ports().isEmpty()) {
            return svc.spec().clusterIP().equals("None") ? List.of(NO_PORT) : List.of();
        }
        List<Endpoints.Port> out = new ArrayList<>();
        for (ServicePort sp : svc.spec().ports()) {
            Integer n = findPort(pod, sp);
            if (n != null) {
                out.add(new Endpoints.Port(sp.name(), n, sp.protocol(), sp.appProtocol()));
            }
        }
        return out;
    }

    private static Integer findPort(Pod pod, ServicePort sp) {
        if (sp.targetPort().isInt()) {
            return sp.targetPort().intValue();
        }
        List<Container> candidates = new ArrayList<>(pod.spec().containers());
        pod.spec().initContainers().stream().filter(c -> "Always".equals(c.restartPolicy())).forEach(candidates::add);
        for (Container c : candidates) {
            for (Container.ContainerPort p : c.ports()) {
                if (p.name().equals(sp.targetPort().stringValue()) && p.protocol().equals(sp.protocol())) {
                    return p.containerPort();
                }
            }
        }
        return null;
    }

    /** The EndpointSlice controller's desired endpoint per pod name. */
    static Map<String, SliceEntry> sliceEntries(Service svc, Collection<Pod> pods) {
        Map<String, SliceEntry> out = new HashMap<>();
        boolean publish = svc.spec().publishNotReadyAddresses();
        for (Pod pod : pods) {
            String phase = pod.status().phase();
            if (phase.equals("Succeeded") || phase.equals("Failed") || pod.status().podIP().isEmpty()
                    || (pod.spec().nodeName().isEmpty() && !publish)) {
                continue;
            }
            List<EndpointSlice.Port> ports = new ArrayList<>();
            if (!(svc.spec().ports().isEmpty() && svc.spec().clusterIP().equals("None"))) {
                for (ServicePort sp : svc.spec().ports()) {
                    Integer n = findPort(pod, sp);
                    if (n != null) {
                        ports.add(new EndpointSlice.Port(sp.name(), n, sp.protocol(), sp.appProtocol()));
                    }
                }
            }
            ports.sort(Comparator.comparing(GoHashes::slicePortHashHex));
            boolean serving = pod.status().ready();
            boolean terminating = pod.metadata().deleting();
            String hostname = !pod.spec().hostname().isEmpty()
                    && pod.spec().subdomain().equals(svc.metadata().name()) ? pod.spec().hostname() : null;
            EndpointSlice.Endpoint e = new EndpointSlice.Endpoint(List.of(pod.status().podIP()),
                    new EndpointSlice.Conditions(publish || (serving && !terminating), serving, terminating),
                    hostname, pod.spec().nodeName().isEmpty() ? null : pod.spec().nodeName(), null,
                    new ObjectReference("Pod", pod.metadata().namespace(), pod.metadata().name()));
            out.put(pod.metadata().name(), new SliceEntry(List.copyOf(ports), e));
        }
        return out;
    }

    /** truncateEndpoints, over the sorted subsets. */
    private static boolean truncate(List<Endpoints.Subset> subsets) {
        int totalReady = subsets.stream().mapToInt(s -> s.addresses().size()).sum();
        int totalNotReady = subsets.stream().mapToInt(s -> s.notReadyAddresses().size()).sum();
        if (totalReady + totalNotReady <= 1000) {
            return false;
        }
        boolean truncateReady = false;
        int max = 1000 - totalReady;
        int numTotal = totalNotReady;
        if (totalReady > 1000) {
            truncateReady = true;
            max = 1000;
            numTotal = totalReady;
        }
        int canBeAdded = max;
        for (int i = 0; i < subsets.size(); i++) {
            Endpoints.Subset s = subsets.get(i);
            int numInSubset = truncateReady ? s.addresses().size() : s.notReadyAddresses().size();
            int toBeAdded = (int) Math.ceil(((double) numInSubset / (double) numTotal) * (double) max);
            if (toBeAdded > canBeAdded) {
                toBeAdded = canBeAdded;
            }
            if (truncateReady) {
                List<Endpoints.Address> kept = prefix(s.addresses(), toBeAdded);
                subsets.set(i, new Endpoints.Subset(kept, List.of(), s.ports()));
                canBeAdded -= kept.size();
            } else {
                List<Endpoints.Address> kept = prefix(s.notReadyAddresses(), toBeAdded);
                subsets.set(i, new Endpoints.Subset(s.addresses(), kept, s.ports()));
                canBeAdded -= kept.size();
            }
        }
        return true;
    }

    private static List<Endpoints.Address> prefix(List<Endpoints.Address> l, int n) {
        return l.size() <= n ? l : l.subList(0, n);
    }

    private static List<Endpoints.Address> strip(List<Address> l) {
        return l.stream().map(Address::address).toList();
    }

    /** go-spew %#v of a v1.EndpointSubset, written out as one string. */
    private static String subsetText(Endpoints.Subset s, List<Address>[] lists) {
        return "(v1.EndpointSubset){Addresses:([]v1.EndpointAddress)" + addressList(lists[0])
                + " NotReadyAddresses:([]v1.EndpointAddress)" + addressList(lists[1])
                + " Ports:([]v1.EndpointPort)" + (s.ports().isEmpty() ? "<nil>"
                : "[" + String.join(" ", s.ports().stream().map(FromScratch::portText).toList()) + "]") + "}";
    }

    private static String addressList(List<Address> l) {
        if (l.isEmpty()) {
            return "<nil>";
        }
        List<String> parts = new ArrayList<>();
        for (Address a : l) {
            Endpoints.Address e = a.address();
            parts.add("{IP:(string)" + e.ip() + " Hostname:(string)" + e.hostname() + " NodeName:(*string)"
                    + e.nodeName() + " TargetRef:(*v1.ObjectReference){Kind:(string)Pod Namespace:(string)"
                    + e.targetRef().namespace() + " Name:(string)" + e.targetRef().name() + " UID:(types.UID)"
                    + a.uid() + " APIVersion:(string) ResourceVersion:(string) FieldPath:(string)}}");
        }
        return "[" + String.join(" ", parts) + "]";
    }

    private static String portText(Endpoints.Port p) {
        return "{Name:(string)" + p.name() + " Port:(int32)" + p.port() + " Protocol:(v1.Protocol)" + p.protocol()
                + " AppProtocol:(*string)" + (p.appProtocol() == null ? "<nil>" : p.appProtocol()) + "}";
    }

    private static byte[] md5(String s) {
        try {
            return MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
