package io.kubetutor.sim.net.proxy;

import io.kubetutor.model.Ipv4;
import io.kubetutor.model.Service;
import io.kubetutor.model.ServicePort;
import java.util.List;

/**
 * What kube-proxy programs for one port of one Service (its ServicePortInfo plus the endpoint sets
 * CategorizeEndpoints gives every node): the addresses that capture traffic, the traffic policies,
 * session affinity, and the endpoints in rule order. Immutable; built by {@link ProxyRules#build}.
 */
public final class ServicePortRule {
    /** kube-proxy's default ClientIP stickiness (v1.DefaultClientIPServiceAffinitySeconds). */
    public static final int DEFAULT_AFFINITY_SECONDS = 10800;

    private final Service service;
    private final ServicePort servicePort;
    private final String servicePortName;
    private final String protocol;
    private final int protocolCode;
    private final int clusterIpBits;
    private final boolean externalLocal;
    private final boolean internalLocal;
    private final boolean clientIpAffinity;
    private final int affinityTimeoutSeconds;
    private final int healthCheckNodePort;
    private final List<String> externalIps;
    private final List<String> loadBalancerIps;
    private final List<Ipv4.Cidr> sourceRanges;
    private final List<ProxyEndpoint> endpoints;
    private final EndpointSet clusterSet;
    private final EndpointSet[] localSets;
    private final ProxyRules.Nodes nodes;
    private final boolean hasEndpoints;
    private final long id;

    ServicePortRule(Service service, ServicePort servicePort, String servicePortName, String protocol,
                    int protocolCode, int clusterIpBits, boolean externalLocal, boolean internalLocal,
                    boolean clientIpAffinity, int affinityTimeoutSeconds, int healthCheckNodePort,
                    List<String> externalIps, List<String> loadBalancerIps, List<Ipv4.Cidr> sourceRanges,
                    List<ProxyEndpoint> endpoints, EndpointSet clusterSet, EndpointSet[] localSets,
                    ProxyRules.Nodes nodes) {
        this.service = service;
        this.servicePort = servicePort;
        this.servicePortName = servicePortName;
        this.protocol = protocol;
        this.protocolCode = protocolCode;
        this.clusterIpBits = clusterIpBits;
        this.externalLocal = externalLocal;
        this.internalLocal = internalLocal;
        this.clientIpAffinity = clientIpAffinity;
        this.affinityTimeoutSeconds = affinityTimeoutSeconds;
        this.healthCheckNodePort = healthCheckNodePort;
        this.externalIps = List.copyOf(externalIps);
        this.loadBalancerIps = List.copyOf(loadBalancerIps);
        this.sourceRanges = List.copyOf(sourceRanges);
        this.endpoints = List.copyOf(endpoints);
        this.clusterSet = clusterSet;
        this.localSets = localSets;
        this.nodes = nodes;
        boolean any = false;
        for (ProxyEndpoint e : endpoints) {
            any |= e.usable();
        }
        this.hasEndpoints = any;
        this.id = identity(servicePortName, protocol);
    }

    /** A 64-bit FNV-1a hash of "ns/name:port/PROTO": stands for the KUBE-SVC/KUBE-SEP chain hashes across rule rebuilds. */
    private static long identity(String spn, String protocol) {
        long h = 0xcbf29ce484222325L;
        String s = spn + "/" + protocol;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    public Service service() {
        return service;
    }

    public ServicePort servicePort() {
        return servicePort;
    }

    public String namespace() {
        return service.metadata().namespace();
    }

    public String name() {
        return service.metadata().name();
    }

    /** The service port's name, "" when unnamed. */
    public String portName() {
        return servicePort.name();
    }

    /** As kube-proxy prints a ServicePortName: "ns/name:port", or "ns/name" for an unnamed port. */
    public String servicePortName() {
        return servicePortName;
    }

    public String clusterIp() {
        return service.spec().clusterIP();
    }

    public int clusterIpBits() {
        return clusterIpBits;
    }

    public int port() {
        return servicePort.port();
    }

    /** 0 when the port has none. */
    public int nodePort() {
        return servicePort.nodePort();
    }

    /** "TCP", "UDP" or "SCTP". */
    public String protocol() {
        return protocol;
    }

    int protocolCode() {
        return protocolCode;
    }

    /** externalTrafficPolicy Local on an externally reachable Service (ExternalPolicyLocal). */
    public boolean externalTrafficPolicyLocal() {
        return externalLocal;
    }

    public boolean internalTrafficPolicyLocal() {
        return internalLocal;
    }

    public boolean clientIpAffinity() {
        return clientIpAffinity;
    }

    /** The stickiness in seconds (StickyMaxAgeSeconds); meaningful with ClientIP affinity. */
    public int affinityTimeoutSeconds() {
        return affinityTimeoutSeconds;
    }

    /** 0 unless the Service is LoadBalancer with externalTrafficPolicy Local. */
    public int healthCheckNodePort() {
        return healthCheckNodePort;
    }

    public List<String> externalIps() {
        return externalIps;
    }

    /** status.loadBalancer.ingress IPs kube-proxy captures (ipMode VIP or unset). */
    public List<String> loadBalancerIps() {
        return loadBalancerIps;
    }

    public List<Ipv4.Cidr> loadBalancerSourceRanges() {
        return sourceRanges;
    }

    /** Every endpoint of the port (ready or not), in rule order: for explanations. */
    public List<ProxyEndpoint> endpoints() {
        return endpoints;
    }

    /** The endpoints a Cluster-policy chain uses on every node. */
    public EndpointSet clusterSet() {
        return clusterSet;
    }

    /** The endpoints a Local-policy chain uses on {@code node} (empty for a node it does not know). */
    public EndpointSet localSet(String node) {
        int i = nodes.index(node);
        return i < 0 ? EndpointSet.EMPTY : localSets[i];
    }

    EndpointSet localSet(int nodeIndex) {
        return localSets[nodeIndex];
    }

    /** Whether any endpoint anywhere is usable (ready, or serving and terminating); false means REJECT. */
    public boolean hasEndpoints() {
        return hasEndpoints;
    }

    long id() {
        return id;
    }

    @Override
    public String toString() {
        return servicePortName + " " + clusterIp() + ":" + port() + "/" + protocol;
    }
}
