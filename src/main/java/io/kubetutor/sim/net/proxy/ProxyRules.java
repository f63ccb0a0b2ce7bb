package io.kubetutor.sim.net.proxy;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.Ipv4;
import io.kubetutor.model.Service;
import io.kubetutor.sim.net.NetworkState;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What every node's kube-proxy programs from the API objects: one {@link ServicePortRule} per port
 * of each Service that has a cluster IP (ExternalName and headless Services get none, as
 * ShouldSkipService says), indexed by the addresses that capture traffic. Immutable. Lookups hash a
 * primitive key (address, port and protocol packed into a long) and neither box nor allocate, so
 * their cost does not depend on how many Services there are.
 */
public final class ProxyRules {
    static final int TCP = 1;
    static final int UDP = 2;
    static final int SCTP = 3;

    private final long version;
    private final Nodes nodes;
    private final LongTable<ServicePortRule> byClusterIp = new LongTable<>();
    private final LongTable<ServicePortRule> byExternalIp = new LongTable<>();
    private final LongTable<ServicePortRule> byLoadBalancerIp = new LongTable<>();
    private final LongTable<ServicePortRule> byNodePort = new LongTable<>();
    private final LongTable<Service> serviceByClusterIp = new LongTable<>();
    private final LongTable<Service> serviceByExternalIp = new LongTable<>();
    private final LongTable<Service> serviceByLoadBalancerIp = new LongTable<>();
    private final List<ServicePortRule> rules = new ArrayList<>();
    private final Map<String, List<ServicePortRule>> byService = new HashMap<>();
    private final Map<Integer, Service> byHealthCheckPort = new HashMap<>();

    private ProxyRules(NetworkState state) {
        this.version = state.version();
        this.nodes = new Nodes(state.topology());
    }

    /** Builds the rules in one pass over the Services and their endpoints. */
    public static ProxyRules build(NetworkState state) {
        ProxyRules r = new ProxyRules(state);
        for (Service svc : state.services()) {
            r.add(state, svc);
        }
        return r;
    }

    private void add(NetworkState state, Service svc) {
        Integer clusterIp = RuleBuilder.clusterIpv4(svc);
        if (clusterIp == null) {
            return;
        }
        serviceByClusterIp.putIfAbsent(clusterIp & 0xFFFF_FFFFL, svc);
        List<ServicePortRule> own = new ArrayList<>();
        for (ServicePortRule rule : RuleBuilder.rules(svc, clusterIp, EndpointSources.collect(state, svc), nodes)) {
            own.add(rule);
            rules.add(rule);
            int proto = rule.protocolCode();
            byClusterIp.putIfAbsent(ipPortKey(clusterIp, rule.port(), proto), rule);
            for (String ip : rule.externalIps()) {
                int bits = Ipv4.parse(ip).orElseThrow().bits();
                byExternalIp.putIfAbsent(ipPortKey(bits, rule.port(), proto), rule);
                serviceByExternalIp.putIfAbsent(bits & 0xFFFF_FFFFL, svc);
            }
            for (String ip : rule.loadBalancerIps()) {
                int bits = Ipv4.parse(ip).orElseThrow().bits();
                byLoadBalancerIp.putIfAbsent(ipPortKey(bits, rule.port(), proto), rule);
                serviceByLoadBalancerIp.putIfAbsent(bits & 0xFFFF_FFFFL, svc);
            }
            if (rule.nodePort() != 0) {
                byNodePort.putIfAbsent(ipPortKey(0, rule.nodePort(), proto), rule);
            }
            if (rule.healthCheckNodePort() != 0) {
                byHealthCheckPort.putIfAbsent(rule.healthCheckNodePort(), svc);
            }
        }
        byService.put(svc.metadata().namespace() + "/" + svc.metadata().name(), Collections.unmodifiableList(own));
    }

    /** "TCP" → 1, "UDP" → 2, "SCTP" → 3, anything else 0. No allocation (String switch). */
    static int protocolCode(String protocol) {
        if (protocol == null) {
            return 0;
        }
        return switch (protocol) {
            case "TCP" -> TCP;
            case "UDP" -> UDP;
            case "SCTP" -> SCTP;
            default -> 0;
        };
    }

    static long ipPortKey(int ip, int port, int protocolCode) {
        return ((ip & 0xFFFF_FFFFL) << 32) | ((long) protocolCode << 16) | port;
    }

    private static boolean validPort(int port) {
        return port >= 0 && port <= 0xFFFF;
    }

    /** The NetworkState version these rules were built from. */
    public long version() {
        return version;
    }

    /** The rule for ClusterIP {@code ip} (Ipv4 bits), {@code port}, {@code protocol}; null if none. */
    public ServicePortRule byClusterIp(int ip, int port, String protocol) {
        return byClusterIp(ip, port, protocolCode(protocol));
    }

    ServicePortRule byClusterIp(int ip, int port, int proto) {
        return proto == 0 || !validPort(port) ? null : byClusterIp.get(ipPortKey(ip, port, proto));
    }

    /** The rule whose nodePort is {@code port} for {@code protocol}; null if none. */
    public ServicePortRule byNodePort(int port, String protocol) {
        return byNodePort(port, protocolCode(protocol));
    }

    ServicePortRule byNodePort(int port, int proto) {
        return proto == 0 || !validPort(port) ? null : byNodePort.get(ipPortKey(0, port, proto));
    }

    /** The rule capturing spec.externalIPs address {@code ip} on {@code port}; null if none. */
    public ServicePortRule byExternalIp(int ip, int port, String protocol) {
        return byExternalIp(ip, port, protocolCode(protocol));
    }

    ServicePortRule byExternalIp(int ip, int port, int proto) {
        return proto == 0 || !validPort(port) ? null : byExternalIp.get(ipPortKey(ip, port, proto));
    }

    /** The rule capturing load-balancer ingress IP {@code ip} on {@code port}; null if none. */
    public ServicePortRule byLoadBalancerIp(int ip, int port, String protocol) {
        return byLoadBalancerIp(ip, port, protocolCode(protocol));
    }

    ServicePortRule byLoadBalancerIp(int ip, int port, int proto) {
        return proto == 0 || !validPort(port) ? null : byLoadBalancerIp.get(ipPortKey(ip, port, proto));
    }

    /** The Service whose ClusterIP is {@code ip}, whatever the port; null if none. */
    public Service serviceAtClusterIp(int ip) {
        return serviceByClusterIp.get(ip & 0xFFFF_FFFFL);
    }

    /** The Service with {@code ip} among its externalIPs (any port); null if none. */
    Service serviceAtExternalIp(int ip) {
        return serviceByExternalIp.get(ip & 0xFFFF_FFFFL);
    }

    /** The Service with {@code ip} among its load-balancer ingress IPs (any port); null if none. */
    Service serviceAtLoadBalancerIp(int ip) {
        return serviceByLoadBalancerIp.get(ip & 0xFFFF_FFFFL);
    }

    /** The LoadBalancer+Local Service whose health check server listens on {@code port}; null if none. */
    Service serviceAtHealthCheckPort(int port) {
        return byHealthCheckPort.get(port);
    }

    /** Every rule, Services in creation order, ports in spec order. */
    public List<ServicePortRule> rules() {
        return Collections.unmodifiableList(rules);
    }

    /** The rules of one Service (empty when it has none). */
    public List<ServicePortRule> rulesOf(String namespace, String name) {
        return byService.getOrDefault(namespace + "/" + name, List.of());
    }

    Nodes nodes() {
        return nodes;
    }

    /** The topology's nodes by position: names, addresses and a name → position index. */
    static final class Nodes {
        private final String[] names;
        private final int[] ips;
        private final Map<String, Integer> index = new HashMap<>();

        Nodes(ClusterTopology topology) {
            List<ClusterTopology.Node> list = topology.nodes();
            names = new String[list.size()];
            ips = new int[list.size()];
            for (int i = 0; i < list.size(); i++) {
                names[i] = list.get(i).name();
                ips[i] = Ipv4.parse(list.get(i).ip()).map(Ipv4::bits).orElse(0);
                index.putIfAbsent(names[i], i);
            }
        }

        int count() {
            return names.length;
        }

        /** The node's position, -1 when unknown (a map read, no allocation). */
        int index(String name) {
            Integer i = name == null ? null : index.get(name);
            return i == null ? -1 : i;
        }

        String name(int i) {
            return names[i];
        }

        int ip(int i) {
            return ips[i];
        }
    }
}
