package io.kubetutor.sim.net.dns;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.Ipv4;
import io.kubetutor.model.Pod;
import io.kubetutor.sim.net.NetworkState;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A resolv.conf: nameservers in order, the search list, ndots (from the options, glibc's default 1
 * when absent) and the options as written. {@link #forPod} is what the kubelet hands the container
 * runtime for a pod (pkg/kubelet/network/dns/dns.go GetPodDNS); {@link #text} is the file containerd
 * writes from it.
 */
public record ResolvConf(List<String> nameservers, List<String> search, int ndots, List<String> options) {
    /** kubeadm's clusterDomain. */
    public static final String CLUSTER_DOMAIN = ClusterDns.ZONE;
    /** kubeadm puts the cluster DNS at the tenth address of the service range (DefaultClusterDNSIP). */
    public static final int CLUSTER_DNS_INDEX = 10;
    /** glibc caps ndots at 15 (RES_MAXNDOTS). */
    private static final int MAX_NDOTS = 15;

    public ResolvConf {
        nameservers = List.copyOf(nameservers);
        search = List.copyOf(search);
        options = List.copyOf(options);
    }

    /** A file from its three lines' contents; ndots is read from the options as glibc reads it. */
    public static ResolvConf of(List<String> nameservers, List<String> search, List<String> options) {
        int ndots = 1;
        for (String o : options) {
            if (o.startsWith("ndots:")) {
                try {
                    ndots = Math.min(MAX_NDOTS, Math.max(0, Integer.parseInt(o.substring(6))));
                } catch (NumberFormatException e) {
                    // glibc's atoi reads a bad number as 0.
                    ndots = 0;
                }
            }
        }
        return new ResolvConf(nameservers, search, ndots, options);
    }

    /**
     * The resolver of the LAN a node sits on, which the node's own /etc/resolv.conf names (decision
     * 0012): the first address of the node's /24, as a home or office router hands it out by DHCP.
     */
    public static String lanResolverFor(ClusterTopology.Node node) {
        return Ipv4.parse(node.ip())
                .map(ip -> new Ipv4.Cidr(ip, 24).address(1).toString())
                .orElse("192.168.1.1");
    }

    /** The node's own /etc/resolv.conf (what kubelet's --resolv-conf reads): the LAN resolver alone. */
    public static ResolvConf forNode(ClusterTopology.Node node) {
        return of(List.of(lanResolverFor(node)), List.of(), List.of());
    }

    /**
     * What the container's /etc/resolv.conf holds for {@code pod}, by dnsPolicy: ClusterFirst ("" is
     * its default) and ClusterFirstWithHostNet get the cluster DNS, the cluster search list before the
     * node's own, and ndots:5; Default, and ClusterFirst on a host-network pod, get the node's file.
     * None gives the runtime nothing, so containerd copies the node's file too (the pod's own
     * dnsConfig, which None requires, is not simulated).
     */
    public static ResolvConf forPod(Pod pod, NetworkState state) {
        ResolvConf host = forNode(nodeOf(pod, state));
        String policy = pod.spec().dnsPolicy().isEmpty() ? "ClusterFirst" : pod.spec().dnsPolicy();
        boolean cluster = policy.equals("ClusterFirstWithHostNet")
                || (policy.equals("ClusterFirst") && !pod.spec().hostNetwork());
        if (!cluster) {
            return host;
        }
        String ns = pod.metadata().namespace();
        LinkedHashSet<String> searches = new LinkedHashSet<>(List.of(ns + ".svc." + CLUSTER_DOMAIN,
                "svc." + CLUSTER_DOMAIN, CLUSTER_DOMAIN));
        searches.addAll(host.search());
        return of(List.of(clusterDnsIp(state)), new ArrayList<>(searches), List.of("ndots:5"));
    }

    /** The kubelet's --cluster-dns: fixed when the node was set up, whatever happens to kube-dns later. */
    public static String clusterDnsIp(NetworkState state) {
        return Ipv4.Cidr.parse(state.topology().serviceCIDR())
                .filter(c -> c.size() > CLUSTER_DNS_INDEX)
                .map(c -> c.address(CLUSTER_DNS_INDEX).toString())
                .orElse("10.96.0.10");
    }

    private static ClusterTopology.Node nodeOf(Pod pod, NetworkState state) {
        ClusterTopology.Node n = state.node(pod.spec().nodeName());
        if (n == null && !state.topology().nodes().isEmpty()) {
            // Not yet scheduled: no file exists yet; show what any node would give.
            n = state.topology().nodes().get(0);
        }
        return n == null ? new ClusterTopology.Node("", "192.168.1.2", "", false) : n;
    }

    /** The file as containerd writes it: search line, one nameserver line each, options line. */
    public String text() {
        StringBuilder b = new StringBuilder();
        if (!search.isEmpty()) {
            b.append("search ").append(String.join(" ", search)).append('\n');
        }
        for (String ns : nameservers) {
            b.append("nameserver ").append(ns).append('\n');
        }
        if (!options.isEmpty()) {
            b.append("options ").append(String.join(" ", options)).append('\n');
        }
        return b.toString();
    }
}
