package io.kubetutor.sim.net.dns;

import io.kubetutor.model.EndpointSlice;
import io.kubetutor.model.Namespace;
import io.kubetutor.model.Service;
import io.kubetutor.model.ServicePort;
import io.kubetutor.model.ServiceTypes;
import io.kubetutor.sim.net.NetworkState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What CoreDNS's kubernetes plugin knows and how it finds names (plugin/kubernetes: kubernetes.go
 * Records/findServices/findPods, parse.go, reverse.go, object/service.go, object/endpoint.go): its
 * caches of Services, namespaces and EndpointSlices reduced to what DNS needs, and the lookups that
 * turn a name into backend entries. The record-building on top is {@link ZoneLookups}.
 */
final class KubernetesZone {
    static final String DOMAIN = "cluster.local.";
    /** kubeadm's Corefile: {@code ttl 30}. */
    static final int TTL = 30;
    /** The one TXT record the plugin serves (Services, case TypeTXT): dns-version with TTL 28800. */
    static final int VERSION_TTL = 28800;
    static final String SCHEMA_VERSION = "1.1.0";
    private static final String SVC = "svc";
    private static final String POD = "pod";

    /**
     * One backend entry (msg.Service): an address or a name in {@code host}, the port, the domain
     * the entry lives at ({@code key}, what an SRV record targets), its TTL, and TXT text if any.
     */
    record Entry(String host, int port, String key, int ttl, String text) {
        static Entry address(String host, int port, String key) {
            return new Entry(host, port, key, TTL, "");
        }
    }

    /** What a lookup found; {@code nameError} is the plugin's errNoItems/errNsNotExposed/errInvalidRequest. */
    record Found(List<Entry> entries, boolean nameError) {
        static final Found NAME_ERROR = new Found(List.of(), true);
        static final Found NODATA = new Found(List.of(), false);
    }

    /** An EndpointSlice as object.EndpointSliceToEndpoints keeps it: its ports and its ready addresses. */
    private record Subset(List<SlicePort> ports, List<Address> addresses) {
    }

    private record SlicePort(int port, String name, String protocol) {
    }

    private record Address(String ip, String hostname) {
        /** endpointHostname: the endpoint's hostname, else the address with dots turned to dashes. */
        String label() {
            return !hostname.isEmpty() ? hostname : ip.replace('.', '-').replace(':', '-');
        }
    }

    /** A reverse entry: the Service an endpoint address belongs to, with the address's label. */
    private record EndpointOwner(String service, String namespace, String label) {
    }

    private final Set<String> namespaces = new HashSet<>();
    private final Map<String, Service> services = new HashMap<>();
    private final Map<String, List<Subset>> subsets = new HashMap<>();
    private final Map<String, Service> byClusterIp = new HashMap<>();
    private final Map<String, List<EndpointOwner>> byEndpointIp = new LinkedHashMap<>();

    KubernetesZone(NetworkState state) {
        for (Namespace n : state.snapshot().all(Namespace.class)) {
            namespaces.add(n.metadata().name());
        }
        for (Service s : state.services()) {
            String ns = s.metadata().namespace();
            String name = s.metadata().name();
            services.put(key(ns, name), s);
            for (String ip : clusterIps(s)) {
                byClusterIp.putIfAbsent(ip, s);
            }
            List<Subset> list = new ArrayList<>();
            for (EndpointSlice slice : state.slicesOf(ns, name)) {
                Subset sub = subset(slice);
                list.add(sub);
                for (Address a : sub.addresses()) {
                    byEndpointIp.computeIfAbsent(a.ip(), k -> new ArrayList<>())
                            .add(new EndpointOwner(name, ns, a.label()));
                }
            }
            subsets.put(key(ns, name), list);
        }
    }

    private static String key(String namespace, String name) {
        return namespace + "/" + name;
    }

    /** object.ToService: spec.clusterIPs, else the single spec.clusterIP. */
    private static List<String> clusterIps(Service s) {
        return s.spec().clusterIPs().isEmpty() ? List.of(s.spec().clusterIP()) : s.spec().clusterIPs();
    }

    private static boolean headless(Service s) {
        return clusterIps(s).get(0).equals("None");
    }

    /** A slice with a sentinel port -1 when it has none, and only its ready endpoints (nil ready = ready). */
    private static Subset subset(EndpointSlice slice) {
        List<SlicePort> ports = new ArrayList<>();
        for (EndpointSlice.Port p : slice.ports()) {
            ports.add(new SlicePort(p.port() == null ? -1 : p.port(), p.name() == null ? "" : p.name(),
                    p.protocol() == null ? "" : p.protocol()));
        }
        if (ports.isEmpty()) {
            ports.add(new SlicePort(-1, "", ""));
        }
        List<Address> addresses = new ArrayList<>();
        for (EndpointSlice.Endpoint e : slice.endpoints()) {
            Boolean ready = e.conditions().ready();
            if (ready != null && !ready) {
                continue;
            }
            for (String ip : e.addresses()) {
                addresses.add(new Address(ip, e.hostname() == null ? "" : e.hostname()));
            }
        }
        return new Subset(ports, addresses);
    }

    Service service(String namespace, String name) {
        return services.get(key(namespace, name));
    }

    /** A parsed query name (recordRequest); port and protocol "" mean "any". */
    private record Request(String port, String protocol, String endpoint, String service, String namespace,
                           String podOrSvc) {
    }

    /** Records: the entries for a lower-case absolute {@code name} inside {@code zone}. */
    Found records(String name, String zone) {
        String base = name.equals(zone) ? "" : name.substring(0, name.length() - zone.length() - 1);
        // parseRequest: the apex and the bare svc/pod names exist and hold nothing.
        if (base.isEmpty() || base.equals(SVC) || base.equals(POD)) {
            return Found.NODATA;
        }
        String[] segs = DnsNames.labels(base);
        int last = segs.length - 1;
        String podOrSvc = segs[last];
        if (!podOrSvc.equals(POD) && !podOrSvc.equals(SVC)) {
            return Found.NAME_ERROR;
        }
        String namespace = last >= 1 ? segs[last - 1] : "";
        String service = last >= 2 ? segs[last - 2] : "";
        String port = "";
        String protocol = "";
        String endpoint = "";
        int left = last - 3;
        if (left == 0) {
            endpoint = segs[0];
        } else if (left == 1) {
            protocol = stripUnderscore(segs[1]);
            port = stripUnderscore(segs[0]);
        } else if (left > 1) {
            return Found.NAME_ERROR;
        }
        if (name.endsWith(DnsNames.IP4_ARPA) || name.endsWith(".ip6.arpa.")) {
            return Found.NAME_ERROR;
        }
        if (!namespaces.contains(namespace)) {
            return Found.NAME_ERROR;
        }
        Request r = new Request(port, protocol, endpoint, service, namespace, podOrSvc);
        return podOrSvc.equals(POD) ? pods(r, zone) : services(r, zone);
    }

    private static String stripUnderscore(String s) {
        return s.startsWith("_") ? s.substring(1) : s;
    }

    /** findPods under {@code pods insecure}: any dashed address in an existing namespace answers. */
    private Found pods(Request r, String zone) {
        String podname = r.service();
        if (podname.isEmpty()) {
            return Found.NODATA;
        }
        boolean v4 = count(podname, '-') == 3 && !podname.contains("--");
        String ip = DnsNames.canonicalIp(v4 ? podname.replace('-', '.') : podname.replace('-', ':'));
        if (ip.isEmpty()) {
            return Found.NAME_ERROR;
        }
        return new Found(List.of(Entry.address(ip, 0, podname + "." + r.namespace() + "." + POD + "." + zone)),
                false);
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += s.charAt(i) == c ? 1 : 0;
        }
        return n;
    }

    /** findServices for one Service name: ExternalName, endpoint or headless, else ClusterIP entries. */
    private Found services(Request r, String zone) {
        if (r.service().isEmpty()) {
            return Found.NODATA;
        }
        Service svc = services.get(key(r.namespace(), r.service()));
        if (svc == null) {
            return Found.NAME_ERROR;
        }
        String domain = svc.metadata().name() + "." + svc.metadata().namespace() + "." + SVC + "." + zone;
        List<Entry> out = new ArrayList<>();
        boolean found = false;
        if (svc.spec().type().equals(ServiceTypes.EXTERNAL_NAME)) {
            String host = svc.spec().externalName();
            if (r.endpoint().isEmpty() && hostIsName(host)) {
                out.add(Entry.address(host, 0, domain));
                found = true;
            }
        } else if (headless(svc) || !r.endpoint().isEmpty()) {
            for (Subset sub : subsets.getOrDefault(key(r.namespace(), r.service()), List.of())) {
                for (Address a : sub.addresses()) {
                    if (!r.endpoint().isEmpty() && !r.endpoint().equalsIgnoreCase(a.label())) {
                        continue;
                    }
                    for (SlicePort p : sub.ports()) {
                        if (matchPortAndProtocol(r, p.name(), p.protocol())) {
                            out.add(Entry.address(a.ip(), p.port(), a.label() + "." + domain));
                            found = true;
                        }
                    }
                }
            }
        } else {
            List<ServicePort> ports = svc.spec().ports();
            List<ServicePort> withSentinel = ports.isEmpty() ? List.of(new ServicePort("", "", null, -1, null, 0)) : ports;
            for (ServicePort p : withSentinel) {
                if (!matchPortAndProtocol(r, p.name(), p.protocol())) {
                    continue;
                }
                found = true;
                for (String ip : clusterIps(svc)) {
                    out.add(Entry.address(ip, p.port(), domain));
                }
            }
        }
        return found ? new Found(out, false) : Found.NAME_ERROR;
    }

    private static boolean matchPortAndProtocol(Request r, String name, String protocol) {
        return (r.port().isEmpty() || r.port().equalsIgnoreCase(name))
                && (r.protocol().isEmpty() || r.protocol().equalsIgnoreCase(protocol));
    }

    /** msg.Service.HostType: a host that does not parse as an address is a name (a CNAME target). */
    static boolean hostIsName(String host) {
        return DnsNames.canonicalIp(host).isEmpty();
    }

    /**
     * serviceRecordForIP: the Service whose ClusterIP this is, else every ready endpoint holding it,
     * as domains under the cluster zone; empty when nothing in the cluster has the address.
     */
    List<String> reverse(String ip) {
        Service s = byClusterIp.get(ip);
        if (s != null && !ip.equals("None") && !ip.isEmpty()) {
            return List.of(s.metadata().name() + "." + s.metadata().namespace() + "." + SVC + "." + DOMAIN);
        }
        List<String> out = new ArrayList<>();
        for (EndpointOwner o : byEndpointIp.getOrDefault(ip, List.of())) {
            out.add(o.label() + "." + o.service() + "." + o.namespace() + "." + SVC + "." + DOMAIN);
        }
        return out;
    }
}
