package io.kubetutor.kubectl.print;

import static io.kubetutor.kubectl.print.TableText.Column.always;
import static io.kubetutor.kubectl.print.TableText.Column.wide;

import io.kubetutor.kubectl.print.TableText.Column;
import io.kubetutor.kubectl.print.TableText.Row;
import io.kubetutor.model.EndpointSlice;
import io.kubetutor.model.Endpoints;
import io.kubetutor.model.Ingress;
import io.kubetutor.model.Pod;
import io.kubetutor.model.Service;
import io.kubetutor.model.ServicePort;
import io.kubetutor.model.ServiceSpec;
import io.kubetutor.model.ServiceStatus.LoadBalancerIngress;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * {@code kubectl get} tables, byte for byte: the cells as the API server's table convertor makes
 * them (printers.go), printed as kubectl prints a server-side Table. Each returns the whole table
 * with its header and a newline after every line, or "" for no objects (kubectl prints no header
 * then). Rows come out in the order given; the API server lists by namespace, then name.
 *
 * <p>The server always builds rows with its "wide" option on ({@code TableConvertor} passes
 * {@code Wide: true}), so the 16-character cut of load-balancer addresses in printers.go never
 * reaches kubectl: {@code -o wide} only adds the priority-1 columns.
 */
public final class GetTables {
    private static final List<Column> SERVICE = List.of(always("Name"), always("Type"), always("Cluster-IP"),
            always("External-IP"), always("Port(s)"), always("Age"), wide("Selector"));
    private static final List<Column> ENDPOINTS = List.of(always("Name"), always("Endpoints"), always("Age"));
    private static final List<Column> SLICES = List.of(always("Name"), always("AddressType"), always("Ports"),
            always("Endpoints"), always("Age"));
    private static final List<Column> POD = List.of(always("Name"), always("Ready"), always("Status"),
            always("Restarts"), always("Age"), wide("IP"), wide("Node"), wide("Nominated Node"),
            wide("Readiness Gates"));
    private static final List<Column> INGRESS = List.of(always("Name"), always("Class"), always("Hosts"),
            always("Address"), always("Ports"), always("Age"));

    private GetTables() {
    }

    public static String services(List<Service> s, boolean wide, long now) {
        return services(s, wide, false, now);
    }

    /** With {@code allNamespaces} (-A) a NAMESPACE column comes first. */
    public static String services(List<Service> s, boolean wide, boolean allNamespaces, long now) {
        return services(s, TableLayout.of(wide, allNamespaces), now);
    }

    public static String services(List<Service> s, TableLayout layout, long now) {
        List<Row> rows = new ArrayList<>();
        for (Service svc : s) {
            ServiceSpec spec = svc.spec();
            String clusterIP = spec.clusterIPs().isEmpty() ? "<none>" : spec.clusterIPs().get(0);
            String ports = portString(spec.ports());
            rows.add(new Row(svc.metadata().namespace(), List.of(svc.metadata().name(), spec.type(), clusterIP,
                    externalIP(svc), ports.isEmpty() ? "<none>" : ports,
                    HumanDuration.since(svc.metadata().creationTimestamp(), now), LabelText.format(spec.selector())),
                    svc.metadata().labels()));
        }
        return TableText.render(SERVICE, rows, layout);
    }

    public static String endpoints(List<Endpoints> e, long now) {
        return endpoints(e, false, now);
    }

    public static String endpoints(List<Endpoints> e, boolean allNamespaces, long now) {
        return endpoints(e, TableLayout.of(false, allNamespaces), now);
    }

    public static String endpoints(List<Endpoints> e, TableLayout layout, long now) {
        List<Row> rows = new ArrayList<>();
        for (Endpoints ep : e) {
            rows.add(new Row(ep.metadata().namespace(), List.of(ep.metadata().name(), EndpointLists.endpoints(ep),
                    HumanDuration.since(ep.metadata().creationTimestamp(), now)), ep.metadata().labels()));
        }
        return TableText.render(ENDPOINTS, rows, layout);
    }

    public static String endpointSlices(List<EndpointSlice> e, long now) {
        return endpointSlices(e, false, now);
    }

    public static String endpointSlices(List<EndpointSlice> e, boolean allNamespaces, long now) {
        return endpointSlices(e, TableLayout.of(false, allNamespaces), now);
    }

    public static String endpointSlices(List<EndpointSlice> e, TableLayout layout, long now) {
        List<Row> rows = new ArrayList<>();
        for (EndpointSlice slice : e) {
            rows.add(new Row(slice.metadata().namespace(), List.of(slice.metadata().name(), slice.addressType(),
                    EndpointLists.slicePorts(slice.ports()), EndpointLists.sliceEndpoints(slice.endpoints()),
                    HumanDuration.since(slice.metadata().creationTimestamp(), now)), slice.metadata().labels()));
        }
        return TableText.render(SLICES, rows, layout);
    }

    public static String pods(List<Pod> p, boolean wide, long now) {
        return pods(p, wide, false, now);
    }

    public static String pods(List<Pod> p, boolean wide, boolean allNamespaces, long now) {
        return pods(p, TableLayout.of(wide, allNamespaces), now);
    }

    public static String pods(List<Pod> p, TableLayout layout, long now) {
        List<Row> rows = new ArrayList<>();
        for (Pod pod : p) {
            PodRow r = PodRow.of(pod, now);
            List<String> ips = Defaulted.podIPs(pod.status());
            String ip = ips.isEmpty() ? "<none>" : ips.get(0);
            String node = pod.spec().nodeName().isEmpty() ? "<none>" : pod.spec().nodeName();
            // The model has no nominatedNodeName or readinessGates: Go's zero values print as <none>.
            rows.add(new Row(pod.metadata().namespace(), List.of(pod.metadata().name(), r.ready(), r.status(),
                    r.restarts(), HumanDuration.since(pod.metadata().creationTimestamp(), now), ip, node, "<none>",
                    "<none>"), pod.metadata().labels()));
        }
        return TableText.render(POD, rows, layout);
    }

    public static String ingresses(List<Ingress> i, long now) {
        return ingresses(i, false, now);
    }

    public static String ingresses(List<Ingress> i, boolean allNamespaces, long now) {
        return ingresses(i, TableLayout.of(false, allNamespaces), now);
    }

    public static String ingresses(List<Ingress> i, TableLayout layout, long now) {
        List<Row> rows = new ArrayList<>();
        for (Ingress ing : i) {
            String className = ing.spec().ingressClassName() == null ? "<none>" : ing.spec().ingressClassName();
            // ADDRESS is a sorted set of the status' IPs/hostnames; never cut, as for Services.
            String address = String.join(",", new TreeSet<>(nonEmpty(ing.statusAddresses())));
            rows.add(new Row(ing.metadata().namespace(), List.of(ing.metadata().name(), className,
                    hosts(ing.spec().rules()), address, ing.spec().tls().isEmpty() ? "80" : "80, 443",
                    HumanDuration.since(ing.metadata().creationTimestamp(), now)), ing.metadata().labels()));
        }
        return TableText.render(INGRESS, rows, layout);
    }

    /** getServiceExternalIP. */
    private static String externalIP(Service svc) {
        ServiceSpec spec = svc.spec();
        switch (spec.type()) {
            case "ClusterIP":
            case "NodePort":
                return spec.externalIPs().isEmpty() ? "<none>" : String.join(",", spec.externalIPs());
            case "LoadBalancer": {
                TreeSet<String> lb = new TreeSet<>();
                for (LoadBalancerIngress in : svc.status().loadBalancerIngress()) {
                    if (!in.ip().isEmpty()) {
                        lb.add(in.ip());
                    } else if (!in.hostname().isEmpty()) {
                        lb.add(in.hostname());
                    }
                }
                List<String> all = new ArrayList<>(lb);
                all.addAll(spec.externalIPs());
                return all.isEmpty() ? "<pending>" : String.join(",", all);
            }
            case "ExternalName":
                return spec.externalName();
            default:
                return "<unknown>";
        }
    }

    /** makePortString: port/PROTO, or port:nodePort/PROTO, comma-joined. */
    private static String portString(List<ServicePort> ports) {
        List<String> pieces = new ArrayList<>();
        for (ServicePort p : ports) {
            String proto = Defaulted.protocol(p.protocol());
            pieces.add(p.nodePort() > 0 ? p.port() + ":" + p.nodePort() + "/" + proto : p.port() + "/" + proto);
        }
        return String.join(",", pieces);
    }

    /**
     * formatHosts: the first three rules' hosts, "*" when none has a host. Upstream stops listing
     * once three are listed and counts every rule, hostless ones included, in "+ N more...".
     */
    private static String hosts(List<Ingress.Rule> rules) {
        List<String> list = new ArrayList<>();
        boolean more = false;
        for (Ingress.Rule rule : rules) {
            if (list.size() == 3) {
                more = true;
            }
            if (!more && !rule.host().isEmpty()) {
                list.add(rule.host());
            }
        }
        if (list.isEmpty()) {
            return "*";
        }
        String ret = String.join(",", list);
        return more ? ret + " + " + (rules.size() - 3) + " more..." : ret;
    }

    private static List<String> nonEmpty(List<String> values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (v != null && !v.isEmpty()) {
                out.add(v);
            }
        }
        return out;
    }
}
