package io.kubetutor.manifest.topology;

import io.kubetutor.manifest.topology.TopologyLoader.Placed;
import io.kubetutor.manifest.yaml.YMap;
import io.kubetutor.manifest.yaml.YNode;
import io.kubetutor.model.ClusterTopology.Client;
import io.kubetutor.model.ClusterTopology.Node;
import io.kubetutor.model.FieldError;
import io.kubetutor.model.Ipv4;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks across a cluster file's fields: names and addresses are unique, pod CIDRs do not overlap
 * each other, the service CIDR or the load balancer pool, and no node or client address falls in
 * one of those ranges (traffic to it would be taken for pod or Service traffic). A conflict is
 * reported on the side the user wrote; between two written values, on the later one.
 */
final class TopologyChecks {
    private final Fields fields;
    /** Paths already reported, so that one bad value gets one message however many things it clashes with. */
    private final Set<String> reported = new HashSet<>();

    TopologyChecks(Fields fields) {
        this.fields = fields;
    }

    /** One side of a conflict: its path, its value as written, and where (null when defaulted). */
    private record Side(String path, String value, YNode at) {
    }

    void check(List<Placed<Node>> nodes, List<Placed<Client>> clients, Ipv4.Cidr service, YNode serviceAt,
               Ipv4.Cidr pool, YNode poolAt) {
        List<Side> names = new ArrayList<>();
        List<Side> ips = new ArrayList<>();
        List<Side> ranges = new ArrayList<>();
        if (nodes != null) {
            for (int i = 0; i < nodes.size(); i++) {
                Node n = nodes.get(i).value();
                YNode at = nodes.get(i).node();
                names.add(new Side("nodes[" + i + "].name", n.name(), field(at, "name")));
                ips.add(new Side("nodes[" + i + "].ip", n.ip(), field(at, "ip")));
                ranges.add(new Side("nodes[" + i + "].podCIDR", n.podCIDR(), field(at, "podCIDR")));
            }
        }
        if (clients != null) {
            for (int i = 0; i < clients.size(); i++) {
                Client c = clients.get(i).value();
                YNode at = clients.get(i).node();
                names.add(new Side("clients[" + i + "].name", c.name(), field(at, "name")));
                ips.add(new Side("clients[" + i + "].ip", c.ip(), field(at, "ip")));
            }
        }
        if (service != null) {
            ranges.add(new Side("serviceCIDR", service.toString(), serviceAt));
        }
        if (pool != null) {
            ranges.add(new Side("cloudLoadBalancer.pool", pool.toString(), poolAt));
        }
        duplicates(names);
        duplicates(ips);
        for (int j = 0; j < ranges.size(); j++) {
            for (int i = 0; i < j; i++) {
                Side a = ranges.get(i);
                Side b = ranges.get(j);
                if (cidr(a).overlaps(cidr(b))) {
                    conflict(a, b, "overlaps " + b.path + " " + b.value, "overlaps " + a.path + " " + a.value);
                }
            }
        }
        for (Side ip : ips) {
            for (Side range : ranges) {
                if (cidr(range).contains(Ipv4.parse(ip.value).orElseThrow())) {
                    conflict(range, ip, "holds " + ip.path + " " + ip.value, "is inside " + range.path + " " + range.value);
                    break;
                }
            }
        }
    }

    private static Ipv4.Cidr cidr(Side side) {
        return Ipv4.Cidr.parse(side.value).orElseThrow();
    }

    private void duplicates(List<Side> sides) {
        Map<String, Side> seen = new HashMap<>();
        for (Side s : sides) {
            Side first = seen.putIfAbsent(s.value, s);
            if (first != null) {
                Side blamed = s.at != null || first.at == null ? s : first;
                if (reported.add(blamed.path)) {
                    fields.error(blamed.at, FieldError.duplicate(blamed.path, blamed.value));
                }
            }
        }
    }

    /** Reports on {@code second} when the user wrote it, else on {@code first}; each detail names the other side. */
    private void conflict(Side first, Side second, String detailOnFirst, String detailOnSecond) {
        if (second.at != null || first.at == null) {
            if (reported.add(second.path)) {
                fields.error(second.at, FieldError.invalid(second.path, second.value, detailOnSecond));
            }
        } else if (reported.add(first.path)) {
            fields.error(first.at, FieldError.invalid(first.path, first.value, detailOnFirst));
        }
    }

    /** The value written for {@code key} in a node's mapping, else the mapping; null for a defaulted node. */
    private static YNode field(YNode at, String key) {
        if (at instanceof YMap m && m.get(key) != null) {
            return m.get(key);
        }
        return at;
    }
}
