package io.kubetutor.ui.layout;

import io.kubetutor.model.EndpointSlice;
import io.kubetutor.model.Endpoints;
import io.kubetutor.model.Ingress;
import io.kubetutor.model.ObjectReference;
import io.kubetutor.model.Service;
import io.kubetutor.model.ServicePort;
import io.kubetutor.model.ServiceStatus;
import io.kubetutor.sim.ClusterSnapshot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/** Turns the snapshot's Services, their Endpoints and the Ingresses into cards and lines. */
final class ServiceItems {
    static final String SERVICE_NAME_LABEL = "kubernetes.io/service-name";

    private ServiceItems() {
    }

    /** The cluster's own Services: kube-system's and the apiserver's {@code default/kubernetes}. */
    static boolean system(Service s) {
        return PodItems.SYSTEM_NAMESPACE.equals(s.namespace())
                || ("default".equals(s.namespace()) && "kubernetes".equals(s.name()));
    }

    static List<Service> shown(ClusterSnapshot snapshot, boolean showSystem) {
        List<Service> out = new ArrayList<>();
        for (Service s : snapshot.all(Service.class)) {
            if (showSystem || !system(s)) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * A card per Service; {@code lines} receives one line per endpoint that is a drawn pod or a
     * node, and the card lists the rest.
     */
    static List<ServiceItem> of(ClusterSnapshot snapshot, List<Service> services, Set<String> podIds,
                                Map<String, String> nodeByIp, List<EndpointItem> lines) {
        List<ServiceItem> out = new ArrayList<>();
        for (Service s : services) {
            String id = ElementIds.service(s.namespace(), s.name());
            List<String> others = new ArrayList<>();
            for (EndpointItem e : endpoints(snapshot, s, id)) {
                String target = e.targetId();
                if (target != null && podIds.contains(target)) {
                    lines.add(e);
                } else if (target == null && nodeByIp.containsKey(e.ip())) {
                    lines.add(new EndpointItem(id, nodeByIp.get(e.ip()), e.ip(), e.ports(), e.ready()));
                } else if (target == null) {
                    others.add(e.ip() + ":" + e.ports());
                }
            }
            out.add(card(s, id, others));
        }
        return out;
    }

    private static ServiceItem card(Service s, String id, List<String> others) {
        List<ServiceItem.PortLine> ports = new ArrayList<>();
        for (ServicePort p : s.spec().ports()) {
            String target = p.targetPort().isZero() ? Integer.toString(p.port()) : p.targetPort().toString();
            ports.add(new ServiceItem.PortLine(p.name(), p.port(), target, protocol(p.protocol()), p.nodePort()));
        }
        List<String> external = new ArrayList<>();
        for (ServiceStatus.LoadBalancerIngress i : s.status().loadBalancerIngress()) {
            external.add(i.ip().isEmpty() ? i.hostname() : i.ip());
        }
        boolean lb = "LoadBalancer".equals(s.spec().type());
        boolean pending = lb && external.isEmpty();
        external.addAll(s.spec().externalIPs());
        String type = s.spec().type().isEmpty() ? "ClusterIP" : s.spec().type();
        return new ServiceItem(id, s.namespace(), s.name(), type, s.spec().clusterIP(), ports, external, pending,
                s.spec().externalName(), system(s), others);
    }

    /** The endpoints of {@code s}: its Endpoints object, else its EndpointSlices. Ports merged per address. */
    static List<EndpointItem> endpoints(ClusterSnapshot snapshot, Service s, String id) {
        Map<String, EndpointItem> byAddress = new LinkedHashMap<>();
        var eps = snapshot.get(Endpoints.class, s.namespace(), s.name());
        if (eps.isPresent()) {
            for (Endpoints.Subset sub : eps.get().subsets()) {
                StringJoiner ports = new StringJoiner(",");
                sub.ports().stream().map(Endpoints.Port::port).distinct().forEach(p -> ports.add(Integer.toString(p)));
                for (Endpoints.Address a : sub.addresses()) {
                    merge(byAddress, new EndpointItem(id, target(s, a.targetRef()), a.ip(), ports.toString(), true));
                }
                for (Endpoints.Address a : sub.notReadyAddresses()) {
                    merge(byAddress, new EndpointItem(id, target(s, a.targetRef()), a.ip(), ports.toString(), false));
                }
            }
            return new ArrayList<>(byAddress.values());
        }
        for (EndpointSlice slice : snapshot.all(EndpointSlice.class)) {
            if (!slice.namespace().equals(s.namespace())
                    || !s.name().equals(slice.metadata().labels().get(SERVICE_NAME_LABEL))) {
                continue;
            }
            StringJoiner ports = new StringJoiner(",");
            slice.ports().stream().map(EndpointSlice.Port::port).filter(p -> p != null).distinct()
                    .forEach(p -> ports.add(Integer.toString(p)));
            for (EndpointSlice.Endpoint e : slice.endpoints()) {
                boolean ready = !Boolean.FALSE.equals(e.conditions().ready());
                for (String ip : e.addresses()) {
                    merge(byAddress, new EndpointItem(id, target(s, e.targetRef()), ip, ports.toString(), ready));
                }
            }
        }
        return new ArrayList<>(byAddress.values());
    }

    private static String target(Service s, ObjectReference ref) {
        if (ref == null || !"Pod".equals(ref.kind())) {
            return null;
        }
        String ns = ref.namespace() == null || ref.namespace().isEmpty() ? s.namespace() : ref.namespace();
        return ElementIds.pod(ns, ref.name());
    }

    private static void merge(Map<String, EndpointItem> byAddress, EndpointItem e) {
        String k = e.ip() + "|" + e.targetId();
        EndpointItem had = byAddress.get(k);
        if (had == null) {
            byAddress.put(k, e);
        } else if (!had.ports().equals(e.ports())) {
            byAddress.put(k, new EndpointItem(had.serviceId(), had.targetId(), had.ip(),
                    had.ports() + "," + e.ports(), had.ready() || e.ready()));
        }
    }

    static String protocol(String p) {
        return p == null || p.isEmpty() ? "TCP" : p;
    }

    static List<IngressItem> ingresses(ClusterSnapshot snapshot) {
        List<IngressItem> out = new ArrayList<>();
        for (Ingress i : snapshot.all(Ingress.class)) {
            List<String> rules = new ArrayList<>();
            for (Ingress.Rule r : i.spec().rules()) {
                if (r.http() == null) {
                    continue;
                }
                for (Ingress.Path p : r.http().paths()) {
                    rules.add((r.host().isEmpty() ? "*" : r.host()) + (p.path().isEmpty() ? "/" : p.path())
                            + " → " + backend(p.backend()));
                }
            }
            if (i.spec().defaultBackend() != null) {
                rules.add("* → " + backend(i.spec().defaultBackend()));
            }
            String cls = i.spec().ingressClassName() == null ? "" : i.spec().ingressClassName();
            out.add(new IngressItem(ElementIds.ingress(i.namespace(), i.name()), i.namespace(), i.name(), cls, rules,
                    i.statusAddresses()));
        }
        return out;
    }

    private static String backend(Ingress.Backend b) {
        if (b.service() != null) {
            Ingress.BackendPort p = b.service().port();
            String port = p == null ? "" : ":" + (p.name().isEmpty() ? Integer.toString(p.number()) : p.name());
            return b.service().name() + port;
        }
        return b.resource() == null ? "?" : b.resource().kind() + "/" + b.resource().name();
    }
}
