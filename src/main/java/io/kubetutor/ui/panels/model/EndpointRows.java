package io.kubetutor.ui.panels.model;

import io.kubetutor.model.EndpointSlice;
import io.kubetutor.model.Endpoints;
import io.kubetutor.model.Ipv4;
import io.kubetutor.model.ObjectReference;
import io.kubetutor.model.Pod;
import io.kubetutor.model.Service;
import io.kubetutor.model.ServicePort;
import io.kubetutor.sim.ClusterSnapshot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The endpoints table's rows, read from a snapshot: every Service, and under it the addresses of
 * its v1 Endpoints (ready, not ready) and, from its EndpointSlices, the endpoints of pods being
 * deleted (v1 Endpoints drops those at once; the slice keeps them as terminating until the pod is
 * gone, which is what kube-proxy's terminating fallback works from).
 */
public final class EndpointRows {
    static final String SERVICE_NAME_LABEL = "kubernetes.io/service-name";

    private EndpointRows() {
    }

    /** The groups in display order: learners' Services by namespace and name, the cluster's own last. */
    public static List<EndpointGroup> of(ClusterSnapshot snapshot) {
        Map<String, Endpoints> endpoints = new HashMap<>();
        for (Endpoints e : snapshot.all(Endpoints.class)) {
            endpoints.put(e.metadata().namespace() + "/" + e.metadata().name(), e);
        }
        Map<String, List<EndpointSlice>> slices = new HashMap<>();
        for (EndpointSlice s : snapshot.all(EndpointSlice.class)) {
            String svc = s.metadata().labels() == null ? null : s.metadata().labels().get(SERVICE_NAME_LABEL);
            if (svc != null) {
                slices.computeIfAbsent(s.metadata().namespace() + "/" + svc, k -> new ArrayList<>()).add(s);
            }
        }
        Set<String> deleting = new HashSet<>();
        for (Pod p : snapshot.all(Pod.class)) {
            if (p.metadata().deleting()) {
                deleting.add(p.metadata().namespace() + "/" + p.metadata().name());
            }
        }
        List<EndpointGroup> out = new ArrayList<>();
        for (Service s : snapshot.all(Service.class)) {
            String key = s.metadata().namespace() + "/" + s.metadata().name();
            out.add(group(s, key, endpoints.get(key), slices.getOrDefault(key, List.of()), deleting));
        }
        out.sort(Comparator.comparing(EndpointGroup::system).thenComparing(EndpointGroup::namespace)
                .thenComparing(EndpointGroup::name));
        return List.copyOf(out);
    }

    /** Every row of {@code groups} by key, in order. */
    public static Map<String, EndpointRow> rows(List<EndpointGroup> groups) {
        Map<String, EndpointRow> out = new LinkedHashMap<>();
        for (EndpointGroup g : groups) {
            for (EndpointRow r : g.rows()) {
                out.put(r.key(), r);
            }
        }
        return out;
    }

    /** What changed between two readings: new keys, keys whose row differs, keys gone. */
    public static RowDiff diff(List<EndpointGroup> before, List<EndpointGroup> after) {
        Map<String, EndpointRow> old = rows(before);
        Map<String, EndpointRow> now = rows(after);
        Set<String> added = new HashSet<>();
        Set<String> changed = new HashSet<>();
        for (Map.Entry<String, EndpointRow> e : now.entrySet()) {
            EndpointRow was = old.get(e.getKey());
            if (was == null) {
                added.add(e.getKey());
            } else if (!was.equals(e.getValue())) {
                changed.add(e.getKey());
            }
        }
        Set<String> removed = new HashSet<>(old.keySet());
        removed.removeAll(now.keySet());
        return new RowDiff(added, changed, removed);
    }

    /** The cluster's own Services, which a learner rarely needs to see. */
    public static boolean system(Service s) {
        return s.metadata().namespace().equals("kube-system")
                || (s.metadata().namespace().equals("default") && s.metadata().name().equals("kubernetes"));
    }

    private static EndpointGroup group(Service s, String key, Endpoints ep, List<EndpointSlice> slices,
                                       Set<String> deletingPods) {
        String type = s.spec().type().isEmpty() ? "ClusterIP" : s.spec().type();
        List<EndpointRow> rows = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        if (ep != null) {
            for (Endpoints.Subset sub : ep.subsets()) {
                addAll(rows, listed, key, sub, sub.addresses(), EndpointState.READY, deletingPods);
                addAll(rows, listed, key, sub, sub.notReadyAddresses(), EndpointState.NOT_READY, deletingPods);
            }
        }
        for (EndpointSlice slice : slices) {
            for (EndpointSlice.Endpoint e : slice.endpoints()) {
                if (!Boolean.TRUE.equals(e.conditions().terminating()) || e.addresses().isEmpty()) {
                    continue;
                }
                String ip = e.addresses().get(0);
                String pod = e.targetRef() == null || e.targetRef().name().isEmpty() ? null : e.targetRef().name();
                List<EndpointSlice.Port> ports = slice.ports().isEmpty()
                        ? List.of(new EndpointSlice.Port("", 0, "TCP", null)) : slice.ports();
                for (EndpointSlice.Port p : ports) {
                    int port = p.port() == null ? 0 : p.port();
                    String proto = p.protocol() == null || p.protocol().isEmpty() ? "TCP" : p.protocol();
                    String rowKey = EndpointRow.key(key, ip, port, proto);
                    if (listed.add(rowKey)) {
                        rows.add(new EndpointRow(rowKey, key, EndpointState.TERMINATING, pod, e.nodeName(), ip, port,
                                p.name() == null ? "" : p.name(), proto));
                    }
                }
            }
        }
        rows.sort(ROW_ORDER);
        EndpointGroup.Empty empty = null;
        String detail = "";
        if (rows.isEmpty()) {
            if (type.equals("ExternalName")) {
                empty = EndpointGroup.Empty.EXTERNAL_NAME;
                detail = s.spec().externalName();
            } else if (s.spec().selector() == null || s.spec().selector().isEmpty()) {
                empty = EndpointGroup.Empty.NO_SELECTOR;
            } else {
                empty = EndpointGroup.Empty.NO_MATCH;
                detail = s.spec().selector().entrySet().stream().map(x -> x.getKey() + "=" + x.getValue())
                        .collect(Collectors.joining(","));
            }
        }
        return new EndpointGroup(key, s.metadata().namespace(), s.metadata().name(), type, s.spec().clusterIP(),
                ports(s), system(s), empty, detail, rows);
    }

    private static void addAll(List<EndpointRow> rows, Set<String> listed, String serviceKey, Endpoints.Subset sub,
                               List<Endpoints.Address> addresses, EndpointState state, Set<String> deletingPods) {
        List<Endpoints.Port> ports = sub.ports().isEmpty() ? List.of(new Endpoints.Port("", 0, "TCP", null))
                : sub.ports();
        for (Endpoints.Address a : addresses) {
            ObjectReference ref = a.targetRef();
            String pod = ref == null || ref.name().isEmpty() ? null : ref.name();
            String podNs = ref == null || ref.namespace().isEmpty() ? serviceKey.substring(0, serviceKey.indexOf('/'))
                    : ref.namespace();
            // publishNotReadyAddresses keeps a deleting pod listed; say that it is on its way out.
            EndpointState shown = pod != null && deletingPods.contains(podNs + "/" + pod)
                    ? EndpointState.TERMINATING : state;
            for (Endpoints.Port p : ports) {
                String proto = p.protocol().isEmpty() ? "TCP" : p.protocol();
                String rowKey = EndpointRow.key(serviceKey, a.ip(), p.port(), proto);
                if (listed.add(rowKey)) {
                    rows.add(new EndpointRow(rowKey, serviceKey, shown, pod, a.nodeName(), a.ip(), p.port(), p.name(),
                            proto));
                }
            }
        }
    }

    /** kubectl get svc's PORT(S) column: {@code 80:30080/TCP,443/TCP}, or {@code <none>}. */
    static String ports(Service s) {
        if (s.spec().ports().isEmpty()) {
            return "<none>";
        }
        List<String> out = new ArrayList<>();
        for (ServicePort p : s.spec().ports()) {
            String proto = p.protocol().isEmpty() ? "TCP" : p.protocol();
            out.add(p.nodePort() > 0 ? p.port() + ":" + p.nodePort() + "/" + proto : p.port() + "/" + proto);
        }
        return String.join(",", out);
    }

    /** By address as a number (10.244.1.9 before 10.244.1.10), then port: a row keeps its place. */
    public static final Comparator<EndpointRow> ROW_ORDER = Comparator
            .comparingLong((EndpointRow r) -> Ipv4.parse(r.ip()).map(Ipv4::unsigned).orElse(Long.MAX_VALUE))
            .thenComparing(EndpointRow::ip).thenComparingInt(EndpointRow::port)
            .thenComparing(EndpointRow::protocol);
}
