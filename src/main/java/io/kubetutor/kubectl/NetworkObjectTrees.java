package io.kubetutor.kubectl;

import static io.kubetutor.kubectl.ApiObjects.putString;
import static io.kubetutor.kubectl.ApiObjects.putStrings;

import io.kubetutor.model.EndpointSlice;
import io.kubetutor.model.Endpoints;
import io.kubetutor.model.Ingress;
import io.kubetutor.model.IngressClass;
import io.kubetutor.model.KubeObject;
import io.kubetutor.model.Namespace;
import io.kubetutor.model.ObjectReference;
import io.kubetutor.model.Pod;
import io.kubetutor.sim.ClusterSnapshot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Endpoints, EndpointSlices, Ingresses, IngressClasses and Namespaces as the API server returns them
 * (see {@link ApiObjects}). Go's omitempty decides what is left out; fields without it (an
 * EndpointSlice's endpoints and ports, a port number) are always written, null when Go's slice is nil.
 */
final class NetworkObjectTrees {
    private static final Pattern IPV4 = Pattern.compile("[0-9]+(\\.[0-9]+){3}");

    private NetworkObjectTrees() {
    }

    static Map<String, Object> endpoints(Endpoints e, ClusterSnapshot snapshot) {
        Map<String, Object> out = ApiObjects.head(e);
        out.put("metadata", ApiObjects.metadata(e.metadata(), null));
        if (!e.subsets().isEmpty()) {
            List<Object> subsets = new ArrayList<>();
            for (Endpoints.Subset s : e.subsets()) {
                Map<String, Object> subset = new LinkedHashMap<>();
                putList(subset, "addresses", addresses(s.addresses(), snapshot));
                putList(subset, "notReadyAddresses", addresses(s.notReadyAddresses(), snapshot));
                List<Object> ports = new ArrayList<>();
                for (Endpoints.Port p : s.ports()) {
                    Map<String, Object> port = new LinkedHashMap<>();
                    putString(port, "name", p.name());
                    port.put("port", (long) p.port());
                    putString(port, "protocol", p.protocol().isEmpty() ? "TCP" : p.protocol());
                    if (p.appProtocol() != null) {
                        port.put("appProtocol", p.appProtocol());
                    }
                    ports.add(port);
                }
                putList(subset, "ports", ports);
                subsets.add(subset);
            }
            out.put("subsets", subsets);
        }
        return out;
    }

    private static List<Object> addresses(List<Endpoints.Address> addresses, ClusterSnapshot snapshot) {
        List<Object> out = new ArrayList<>();
        for (Endpoints.Address a : addresses) {
            Map<String, Object> addr = new LinkedHashMap<>();
            addr.put("ip", a.ip());
            putString(addr, "hostname", a.hostname());
            if (a.nodeName() != null) {
                addr.put("nodeName", a.nodeName());
            }
            if (a.targetRef() != null) {
                addr.put("targetRef", targetRef(a.targetRef(), snapshot));
            }
            out.add(addr);
        }
        return out;
    }

    /**
     * The endpoint controllers' reference to a pod: kind, namespace, name and the pod's uid (the
     * model's reference has no uid, so it is read from the pod itself while it exists).
     */
    private static Map<String, Object> targetRef(ObjectReference ref, ClusterSnapshot snapshot) {
        Map<String, Object> out = new LinkedHashMap<>();
        putString(out, "kind", ref.kind());
        putString(out, "namespace", ref.namespace());
        putString(out, "name", ref.name());
        if (ref.kind().equals("Pod")) {
            snapshot.get(Pod.class, ref.namespace(), ref.name()).map(KubeObject::metadata)
                    .ifPresent(m -> putString(out, "uid", m.uid()));
        }
        return out;
    }

    static Map<String, Object> endpointSlice(EndpointSlice e, ClusterSnapshot snapshot) {
        Map<String, Object> out = ApiObjects.head(e);
        out.put("metadata", ApiObjects.metadata(e.metadata(), null));
        out.put("addressType", e.addressType());
        List<Object> endpoints = new ArrayList<>();
        for (EndpointSlice.Endpoint ep : e.endpoints()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("addresses", new ArrayList<Object>(ep.addresses()));
            Map<String, Object> conditions = new LinkedHashMap<>();
            putBoolean(conditions, "ready", ep.conditions().ready());
            putBoolean(conditions, "serving", ep.conditions().serving());
            putBoolean(conditions, "terminating", ep.conditions().terminating());
            m.put("conditions", conditions);
            putPointer(m, "hostname", ep.hostname());
            if (ep.targetRef() != null) {
                m.put("targetRef", targetRef(ep.targetRef(), snapshot));
            }
            putPointer(m, "nodeName", ep.nodeName());
            putPointer(m, "zone", ep.zone());
            endpoints.add(m);
        }
        // Neither list is omitempty, and an empty one is stored as nil: both print as null.
        out.put("endpoints", endpoints.isEmpty() ? null : endpoints);
        List<Object> ports = new ArrayList<>();
        for (EndpointSlice.Port p : e.ports()) {
            Map<String, Object> m = new LinkedHashMap<>();
            putPointer(m, "name", p.name());
            putPointer(m, "protocol", p.protocol());
            if (p.port() != null) {
                m.put("port", (long) p.port());
            }
            putPointer(m, "appProtocol", p.appProtocol());
            ports.add(m);
        }
        out.put("ports", ports.isEmpty() ? null : ports);
        return out;
    }

    static Map<String, Object> ingress(Ingress i) {
        Map<String, Object> out = ApiObjects.head(i);
        out.put("metadata", ApiObjects.metadata(i.metadata(), null));
        Map<String, Object> spec = new LinkedHashMap<>();
        putPointer(spec, "ingressClassName", i.spec().ingressClassName());
        if (i.spec().defaultBackend() != null) {
            spec.put("defaultBackend", backend(i.spec().defaultBackend()));
        }
        List<Object> tls = new ArrayList<>();
        for (Ingress.Tls t : i.spec().tls()) {
            Map<String, Object> m = new LinkedHashMap<>();
            putStrings(m, "hosts", t.hosts());
            putString(m, "secretName", t.secretName());
            tls.add(m);
        }
        putList(spec, "tls", tls);
        List<Object> rules = new ArrayList<>();
        for (Ingress.Rule r : i.spec().rules()) {
            Map<String, Object> m = new LinkedHashMap<>();
            putString(m, "host", r.host());
            if (r.http() != null) {
                List<Object> paths = new ArrayList<>();
                for (Ingress.Path p : r.http().paths()) {
                    Map<String, Object> path = new LinkedHashMap<>();
                    putString(path, "path", p.path());
                    putPointer(path, "pathType", p.pathType());
                    path.put("backend", backend(p.backend()));
                    paths.add(path);
                }
                Map<String, Object> http = new LinkedHashMap<>();
                // HTTPIngressRuleValue.Paths has no omitempty.
                http.put("paths", paths.isEmpty() ? null : paths);
                m.put("http", http);
            }
            rules.add(m);
        }
        putList(spec, "rules", rules);
        out.put("spec", spec);
        List<Object> ingress = new ArrayList<>();
        for (String address : i.statusAddresses()) {
            if (address != null && !address.isEmpty()) {
                ingress.add(Map.of(IPV4.matcher(address).matches() || address.contains(":") ? "ip" : "hostname",
                        address));
            }
        }
        Map<String, Object> loadBalancer = new LinkedHashMap<>();
        putList(loadBalancer, "ingress", ingress);
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("loadBalancer", loadBalancer);
        out.put("status", status);
        return out;
    }

    private static Map<String, Object> backend(Ingress.Backend b) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (b.service() != null) {
            Map<String, Object> service = new LinkedHashMap<>();
            service.put("name", b.service().name());
            if (b.service().port() != null) {
                Map<String, Object> port = new LinkedHashMap<>();
                putString(port, "name", b.service().port().name());
                if (b.service().port().number() != 0) {
                    port.put("number", (long) b.service().port().number());
                }
                service.put("port", port);
            }
            out.put("service", service);
        }
        if (b.resource() != null) {
            Map<String, Object> resource = new LinkedHashMap<>();
            putPointer(resource, "apiGroup", b.resource().apiGroup());
            resource.put("kind", b.resource().kind());
            resource.put("name", b.resource().name());
            out.put("resource", resource);
        }
        return out;
    }

    static Map<String, Object> ingressClass(IngressClass c) {
        Map<String, Object> out = ApiObjects.head(c);
        out.put("metadata", ApiObjects.metadata(c.metadata(), null));
        Map<String, Object> spec = new LinkedHashMap<>();
        putString(spec, "controller", c.controller());
        out.put("spec", spec);
        return out;
    }

    /** The namespace registry's defaults: the kubernetes finalizer, and phase Active until deletion. */
    static Map<String, Object> namespace(Namespace n) {
        Map<String, Object> out = ApiObjects.head(n);
        out.put("metadata", ApiObjects.metadata(n.metadata(), null));
        out.put("spec", Map.of("finalizers", List.of("kubernetes")));
        out.put("status", Map.of("phase", n.metadata().deleting() ? "Terminating" : "Active"));
        return out;
    }

    private static void putList(Map<String, Object> out, String key, List<Object> value) {
        if (!value.isEmpty()) {
            out.put(key, value);
        }
    }

    /** A Go pointer field with omitempty: written whenever it is set, even to "". */
    private static void putPointer(Map<String, Object> out, String key, String value) {
        if (value != null) {
            out.put(key, value);
        }
    }

    private static void putBoolean(Map<String, Object> out, String key, Boolean value) {
        if (value != null) {
            out.put(key, value);
        }
    }
}
