package io.kubetutor.kubectl.print;

import io.kubetutor.model.EndpointSlice;
import io.kubetutor.model.Endpoints;
import java.util.ArrayList;
import java.util.List;

/**
 * The "first three, then + N more..." lists kubectl prints for endpoints. There are three upstream
 * functions and they differ on purpose-less details that show in the output, so each is kept apart:
 * the Endpoints table (printers.go formatEndpoints), the EndpointSlice table (formatDiscoveryPorts /
 * formatDiscoveryEndpoints, which list not-ready addresses too and print {@code <unset>} for none)
 * and describe service's Endpoints line (describe.go formatEndpointSlices, ready endpoints only).
 */
final class EndpointLists {
    private static final int MAX = 3;

    private EndpointLists() {
    }

    /** ENDPOINTS of {@code kubectl get endpoints}: ready addresses ("addresses") as ip:port. */
    static String endpoints(Endpoints ep) {
        if (ep.subsets().isEmpty()) {
            return "<none>";
        }
        List<String> list = new ArrayList<>();
        boolean more = false;
        int count = 0;
        for (Endpoints.Subset ss : ep.subsets()) {
            if (ss.ports().isEmpty()) {
                // A headless Service without ports: bare addresses.
                count += ss.addresses().size();
                for (Endpoints.Address a : ss.addresses()) {
                    if (list.size() == MAX) {
                        more = true;
                        break;
                    }
                    list.add(a.ip());
                }
                continue;
            }
            for (Endpoints.Port port : ss.ports()) {
                count += ss.addresses().size();
                for (Endpoints.Address a : ss.addresses()) {
                    if (list.size() == MAX) {
                        more = true;
                        break;
                    }
                    list.add(joinHostPort(a.ip(), port.port()));
                }
            }
        }
        String ret = String.join(",", list);
        return more ? ret + " + " + (count - MAX) + " more..." : ret;
    }

    /** PORTS of {@code kubectl get endpointslices}: numbers, else names, else "*". */
    static String slicePorts(List<EndpointSlice.Port> ports) {
        List<String> list = new ArrayList<>();
        boolean more = false;
        int count = 0;
        for (EndpointSlice.Port port : ports) {
            if (list.size() < MAX) {
                String num = "*";
                if (port.port() != null) {
                    num = Integer.toString(port.port());
                } else if (port.name() != null) {
                    num = port.name();
                }
                list.add(num);
            } else if (list.size() == MAX) {
                more = true;
            }
            count++;
        }
        return withMore(list, more, count);
    }

    /** ENDPOINTS of {@code kubectl get endpointslices}: every address, ready or not. */
    static String sliceEndpoints(List<EndpointSlice.Endpoint> endpoints) {
        List<String> list = new ArrayList<>();
        boolean more = false;
        int count = 0;
        for (EndpointSlice.Endpoint e : endpoints) {
            for (String address : e.addresses()) {
                if (list.size() < MAX) {
                    list.add(address);
                } else if (list.size() == MAX) {
                    more = true;
                }
                count++;
            }
        }
        return withMore(list, more, count);
    }

    private static String withMore(List<String> list, boolean more, int count) {
        String ret = String.join(",", list);
        if (more) {
            return ret + " + " + (count - MAX) + " more...";
        }
        return ret.isEmpty() ? "<unset>" : ret;
    }

    /**
     * describe service's "Endpoints:" line for one Service port: the ready (or unknown) endpoints of
     * the slice ports carrying that port's name. {@code <none>} when there are no slices at all.
     * Upstream marks the list as "more" as soon as three are listed and another endpoint is looked
     * at, even a not-ready one, so three ready then one not-ready prints "a,b,c + 0 more..." — kept.
     */
    static String describeSlices(List<EndpointSlice> slices, String portName) {
        if (slices.isEmpty()) {
            return "<none>";
        }
        List<String> list = new ArrayList<>();
        boolean more = false;
        int count = 0;
        for (EndpointSlice slice : slices) {
            if (slice.ports().isEmpty()) {
                for (EndpointSlice.Endpoint e : slice.endpoints()) {
                    if (list.size() == MAX) {
                        more = true;
                    }
                    if (!ready(e) || e.addresses().isEmpty()) {
                        continue;
                    }
                    if (!more) {
                        list.add(e.addresses().get(0));
                    }
                    count++;
                }
                continue;
            }
            for (EndpointSlice.Port port : slice.ports()) {
                String name = port.name() == null ? "" : port.name();
                if (!name.equals(portName)) {
                    continue;
                }
                for (EndpointSlice.Endpoint e : slice.endpoints()) {
                    if (list.size() == MAX) {
                        more = true;
                    }
                    if (!ready(e) || e.addresses().isEmpty()) {
                        continue;
                    }
                    if (!more) {
                        // The controller always sets the port number; 0 stands in for a hand-made slice without one.
                        list.add(joinHostPort(e.addresses().get(0), port.port() == null ? 0 : port.port()));
                    }
                    count++;
                }
            }
        }
        String ret = String.join(",", list);
        return more ? ret + " + " + (count - MAX) + " more..." : ret;
    }

    /** An unset ready condition means "unknown", which consumers are told to treat as ready. */
    private static boolean ready(EndpointSlice.Endpoint e) {
        return e.conditions().ready() == null || e.conditions().ready();
    }

    /** net.JoinHostPort: IPv6 literals in brackets. */
    static String joinHostPort(String host, int port) {
        return joinHostPortText(host, Integer.toString(port));
    }

    static String joinHostPortText(String host, String port) {
        return host.indexOf(':') >= 0 ? "[" + host + "]:" + port : host + ":" + port;
    }
}
