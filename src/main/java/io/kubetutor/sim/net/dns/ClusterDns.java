package io.kubetutor.sim.net.dns;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.Service;
import io.kubetutor.sim.net.NetworkState;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The cluster's DNS server as kubeadm sets CoreDNS up, frozen at one {@link NetworkState}:
 * <pre>
 * kubernetes cluster.local in-addr.arpa ip6.arpa { pods insecure; fallthrough in-addr.arpa ip6.arpa; ttl 30 }
 * forward . /etc/resolv.conf
 * cache 30
 * </pre>
 * Names in cluster.local are answered with authority from the Services, EndpointSlices and
 * namespaces (an unknown name is NXDOMAIN, never forwarded); reverse names the cluster does not
 * know, and every other name, go to the node's resolver: the simulated {@link OutsideWorld}. Answers
 * are deterministic: the {@code loadbalance} plugin's shuffling of A records is not simulated.
 */
public final class ClusterDns {
    public static final String ZONE = "cluster.local";
    /**
     * {@code cache 30}: the cache sits before the kubernetes and forward plugins and caps every
     * reply's TTLs at 30, even dns-version's 28800.
     */
    static final int CACHE_TTL = 30;
    private static final List<String> REVERSE_ZONES = List.of("in-addr.arpa.", "ip6.arpa.");

    private final ZoneLookups lookups;
    private final String dnsServiceIp;
    private final Set<String> lanResolvers = new HashSet<>();

    private ClusterDns(NetworkState state) {
        KubernetesZone zone = new KubernetesZone(state);
        Service kubeDns = zone.service("kube-system", "kube-dns");
        List<String> nsIps = new ArrayList<>();
        if (kubeDns != null && !kubeDns.spec().clusterIP().isEmpty() && !kubeDns.spec().clusterIP().equals("None")) {
            nsIps.addAll(kubeDns.spec().clusterIPs().isEmpty() ? List.of(kubeDns.spec().clusterIP())
                    : kubeDns.spec().clusterIPs());
        }
        this.dnsServiceIp = nsIps.isEmpty() ? "" : nsIps.get(0);
        this.lookups = new ZoneLookups(zone, nsIps, this::query);
        for (ClusterTopology.Node n : state.topology().nodes()) {
            lanResolvers.add(ResolvConf.lanResolverFor(n));
        }
    }

    public static ClusterDns build(NetworkState state) {
        return new ClusterDns(state);
    }

    /** The name a pod's reverse lookup of the DNS address gives, the server nslookup talks to. */
    public String serverName() {
        return "kube-dns.kube-system.svc." + ZONE;
    }

    /** The kube-dns Service's ClusterIP, or "" when that Service is gone. */
    public String dnsServiceIp() {
        return dnsServiceIp;
    }

    /** CoreDNS's response to {@code name} (any case, trailing dot optional) of {@code type}. */
    public DnsAnswer query(String name, RecordType type) {
        String qname = DnsNames.absolute(name.trim());
        String lower = DnsNames.lower(qname);
        if (DnsNames.isSubdomain(KubernetesZone.DOMAIN, lower)) {
            return authoritative(qname, type, KubernetesZone.DOMAIN);
        }
        for (String reverse : REVERSE_ZONES) {
            if (DnsNames.isSubdomain(reverse, lower)) {
                DnsAnswer a = authoritative(qname, type, reverse);
                // fallthrough in-addr.arpa ip6.arpa: a name error there goes on to forward.
                if (!a.nxdomain()) {
                    return a;
                }
            }
        }
        return forward(qname, type);
    }

    private DnsAnswer authoritative(String qname, RecordType type, String zoneName) {
        ZoneLookups.Result r = lookups.lookup(qname, type, zoneName);
        if (r.nameError()) {
            return new DnsAnswer(qname, type, Rcode.NXDOMAIN, List.of(), true);
        }
        return new DnsAnswer(qname, type, Rcode.NOERROR, r.answers(), r.extra(), true).capTtl(CACHE_TTL);
    }

    /** forward . /etc/resolv.conf, through the cache, which caps the upstream's TTLs. */
    private DnsAnswer forward(String qname, RecordType type) {
        return OutsideWorld.answer(qname, type).capTtl(CACHE_TTL);
    }

    /**
     * The response a client gets from the resolver at {@code server}: CoreDNS at the kube-dns
     * ClusterIP, the LAN resolver at a node's resolver address, and nothing (no server listens)
     * anywhere else.
     */
    public Optional<DnsAnswer> queryAt(String server, String name, RecordType type) {
        if (!dnsServiceIp.isEmpty() && server.equals(dnsServiceIp)) {
            return Optional.of(query(name, type));
        }
        if (lanResolvers.contains(server)) {
            return Optional.of(OutsideWorld.answer(name.trim(), type));
        }
        return Optional.empty();
    }
}
