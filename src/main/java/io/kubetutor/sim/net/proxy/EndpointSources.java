package io.kubetutor.sim.net.proxy;

import io.kubetutor.model.EndpointSlice;
import io.kubetutor.model.Endpoints;
import io.kubetutor.model.Ipv4;
import io.kubetutor.model.ObjectReference;
import io.kubetutor.model.Service;
import io.kubetutor.sim.net.NetworkState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The endpoints kube-proxy's EndpointSliceCache holds for one Service, grouped by service port name
 * and protocol (the ServicePortName key), sorted and de-duplicated as endpointsMapFromEndpointInfo
 * does. kube-proxy reads only EndpointSlices: every slice labelled with the Service's name, plus,
 * for a Service without a selector, the slices the EndpointSliceMirroring controller would make from
 * its hand-written Endpoints object (addresses ready, notReadyAddresses not ready) — unless that
 * object opts out with {@code endpointslice.kubernetes.io/skip-mirror: "true"} or mirrored slices
 * already exist.
 */
final class EndpointSources {
    static final String SKIP_MIRROR_LABEL = "endpointslice.kubernetes.io/skip-mirror";
    static final String MANAGED_BY_LABEL = "endpointslice.kubernetes.io/managed-by";
    static final String MIRROR_CONTROLLER = "endpointslicemirroring-controller.k8s.io";

    private EndpointSources() {
    }

    /** Endpoints by {@link #portKey}, each list in kube-proxy's order without duplicate ip:port. */
    static Map<String, List<ProxyEndpoint>> collect(NetworkState state, Service svc) {
        String ns = svc.metadata().namespace();
        String name = svc.metadata().name();
        Map<String, List<Keyed>> byPort = new HashMap<>();
        boolean mirrored = false;
        for (EndpointSlice slice : state.slicesOf(ns, name)) {
            mirrored |= MIRROR_CONTROLLER.equals(slice.metadata().labels().get(MANAGED_BY_LABEL));
            addSlice(slice, ns, byPort);
        }
        boolean selectorless = svc.spec().selector() == null || svc.spec().selector().isEmpty();
        Endpoints eps = state.endpoints(ns, name);
        if (selectorless && !mirrored && eps != null && !"true".equals(eps.metadata().labels().get(SKIP_MIRROR_LABEL))) {
            addMirrored(eps, ns, byPort);
        }
        Map<String, List<ProxyEndpoint>> out = new HashMap<>();
        byPort.forEach((k, list) -> out.put(k, sortedUnique(list)));
        return out;
    }

    static String portKey(String portName, String protocol) {
        return portName + "/" + protocol;
    }

    private static void addSlice(EndpointSlice slice, String ns, Map<String, List<Keyed>> byPort) {
        // kube-proxy handles IP slices only; an FQDN slice carries nothing it can DNAT to.
        if (slice.addressType().equals("FQDN")) {
            return;
        }
        for (EndpointSlice.Port p : slice.ports()) {
            // API defaulting gives a slice port name "" and protocol TCP; a port of 0 is ignored upstream.
            if (p.port() == null || p.port() == 0) {
                continue;
            }
            String key = portKey(p.name() == null ? "" : p.name(), p.protocol() == null ? "TCP" : p.protocol());
            List<Keyed> list = byPort.computeIfAbsent(key, k -> new ArrayList<>());
            for (EndpointSlice.Endpoint e : slice.endpoints()) {
                if (e.addresses().isEmpty()) {
                    continue;
                }
                EndpointSlice.Conditions c = e.conditions();
                add(list, e.addresses().get(0), p.port(), ns, e.targetRef(), e.nodeName(),
                        c.ready() == null || c.ready(), c.serving() == null || c.serving(),
                        c.terminating() != null && c.terminating(), e.hostname());
            }
        }
    }

    private static void addMirrored(Endpoints eps, String ns, Map<String, List<Keyed>> byPort) {
        for (Endpoints.Subset subset : eps.subsets()) {
            for (Endpoints.Port p : subset.ports()) {
                if (p.port() == 0) {
                    continue;
                }
                String key = portKey(p.name(), p.protocol().isEmpty() ? "TCP" : p.protocol());
                List<Keyed> list = byPort.computeIfAbsent(key, k -> new ArrayList<>());
                // The mirroring controller sets only "ready"; serving and terminating stay unset.
                for (Endpoints.Address a : subset.addresses()) {
                    add(list, a.ip(), p.port(), ns, a.targetRef(), a.nodeName(), true, true, false, a.hostname());
                }
                for (Endpoints.Address a : subset.notReadyAddresses()) {
                    add(list, a.ip(), p.port(), ns, a.targetRef(), a.nodeName(), false, true, false, a.hostname());
                }
            }
        }
    }

    private static void add(List<Keyed> list, String ip, int port, String ns, ObjectReference ref, String nodeName,
                            boolean ready, boolean serving, boolean terminating, String hostname) {
        // An IPv4 proxier skips addresses of the other family (and anything that is no address).
        Ipv4 addr = Ipv4.parse(ip).orElse(null);
        if (addr == null) {
            return;
        }
        String podNs = ref == null || ref.namespace().isEmpty() ? ns : ref.namespace();
        String pod = ref == null || ref.name().isEmpty() ? null : ref.name();
        ProxyEndpoint e = new ProxyEndpoint(ip, addr.bits(), port, podNs, pod, nodeName, ready, serving, terminating,
                hostname == null ? "" : hostname);
        list.add(new Keyed(ip + ":" + port, e));
    }

    /** Sorted by the "ip:port" string (Go's byte order), first occurrence of each kept. */
    private static List<ProxyEndpoint> sortedUnique(List<Keyed> list) {
        Set<String> seen = new HashSet<>();
        List<Keyed> unique = new ArrayList<>(list.size());
        for (Keyed k : list) {
            if (seen.add(k.key)) {
                unique.add(k);
            }
        }
        unique.sort((a, b) -> a.key.compareTo(b.key));
        List<ProxyEndpoint> out = new ArrayList<>(unique.size());
        for (Keyed k : unique) {
            out.add(k.endpoint);
        }
        return out;
    }

    private record Keyed(String key, ProxyEndpoint endpoint) {
    }
}
