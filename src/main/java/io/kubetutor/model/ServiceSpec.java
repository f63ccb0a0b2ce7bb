package io.kubetutor.model;

import java.util.List;
import java.util.Map;

/**
 * v1 ServiceSpec with Go's conventions kept, because validation messages depend on them:
 * plain Go strings are "" when absent; Go pointers (selector map, sessionAffinityConfig,
 * ipFamilyPolicy, internalTrafficPolicy, loadBalancerClass, allocateLoadBalancerNodePorts,
 * trafficDistribution) are null when absent. Lists are never null.
 */
public record ServiceSpec(
        String type,
        String clusterIP,
        List<String> clusterIPs,
        Map<String, String> selector,
        List<ServicePort> ports,
        String sessionAffinity,
        SessionAffinityConfig sessionAffinityConfig,
        List<String> externalIPs,
        String externalName,
        String externalTrafficPolicy,
        String internalTrafficPolicy,
        int healthCheckNodePort,
        String loadBalancerIP,
        List<String> loadBalancerSourceRanges,
        String loadBalancerClass,
        Boolean allocateLoadBalancerNodePorts,
        boolean publishNotReadyAddresses,
        List<String> ipFamilies,
        String ipFamilyPolicy,
        String trafficDistribution) {

    public ServiceSpec {
        type = nz(type);
        clusterIP = nz(clusterIP);
        clusterIPs = Maps.list(clusterIPs);
        selector = Maps.ordered(selector);
        ports = Maps.list(ports);
        sessionAffinity = nz(sessionAffinity);
        externalIPs = Maps.list(externalIPs);
        externalName = nz(externalName);
        externalTrafficPolicy = nz(externalTrafficPolicy);
        loadBalancerIP = nz(loadBalancerIP);
        loadBalancerSourceRanges = Maps.list(loadBalancerSourceRanges);
        ipFamilies = Maps.list(ipFamilies);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** A builder-style copy, since a spec has many fields and defaulting changes a few. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    public static Builder builder() {
        return new Builder(new ServiceSpec(null, null, null, null, null, null, null, null, null, null,
                null, 0, null, null, null, null, false, null, null, null));
    }

    public static final class Builder {
        public String type, clusterIP, sessionAffinity, externalName, externalTrafficPolicy,
                internalTrafficPolicy, loadBalancerIP, loadBalancerClass, ipFamilyPolicy, trafficDistribution;
        public List<String> clusterIPs, externalIPs, loadBalancerSourceRanges, ipFamilies;
        public Map<String, String> selector;
        public List<ServicePort> ports;
        public SessionAffinityConfig sessionAffinityConfig;
        public int healthCheckNodePort;
        public Boolean allocateLoadBalancerNodePorts;
        public boolean publishNotReadyAddresses;

        private Builder(ServiceSpec s) {
            type = s.type;
            clusterIP = s.clusterIP;
            clusterIPs = s.clusterIPs;
            selector = s.selector;
            ports = s.ports;
            sessionAffinity = s.sessionAffinity;
            sessionAffinityConfig = s.sessionAffinityConfig;
            externalIPs = s.externalIPs;
            externalName = s.externalName;
            externalTrafficPolicy = s.externalTrafficPolicy;
            internalTrafficPolicy = s.internalTrafficPolicy;
            healthCheckNodePort = s.healthCheckNodePort;
            loadBalancerIP = s.loadBalancerIP;
            loadBalancerSourceRanges = s.loadBalancerSourceRanges;
            loadBalancerClass = s.loadBalancerClass;
            allocateLoadBalancerNodePorts = s.allocateLoadBalancerNodePorts;
            publishNotReadyAddresses = s.publishNotReadyAddresses;
            ipFamilies = s.ipFamilies;
            ipFamilyPolicy = s.ipFamilyPolicy;
            trafficDistribution = s.trafficDistribution;
        }

        public ServiceSpec build() {
            return new ServiceSpec(type, clusterIP, clusterIPs, selector, ports, sessionAffinity,
                    sessionAffinityConfig, externalIPs, externalName, externalTrafficPolicy,
                    internalTrafficPolicy, healthCheckNodePort, loadBalancerIP, loadBalancerSourceRanges,
                    loadBalancerClass, allocateLoadBalancerNodePorts, publishNotReadyAddresses, ipFamilies,
                    ipFamilyPolicy, trafficDistribution);
        }
    }
}
