package io.kubetutor.model;

import java.util.List;

/**
 * Service type names and the pkg/api/service predicates on them (NeedsHealthCheck,
 * ExternallyAccessible) that both core validation and the Service registry use upstream. One
 * copy, so the validator and the simulated API server cannot disagree about which Services a rule
 * applies to.
 */
public final class ServiceTypes {
    public static final String CLUSTER_IP = "ClusterIP";
    public static final String NODE_PORT = "NodePort";
    public static final String LOAD_BALANCER = "LoadBalancer";
    public static final String EXTERNAL_NAME = "ExternalName";

    private ServiceTypes() {
    }

    /** NeedsHealthCheck: LoadBalancer with externalTrafficPolicy Local (NodePort+Local gets none). */
    public static boolean needsHealthCheck(String type, String externalTrafficPolicy) {
        return LOAD_BALANCER.equals(type) && "Local".equals(externalTrafficPolicy);
    }

    public static boolean needsHealthCheck(ServiceSpec s) {
        return needsHealthCheck(s.type(), s.externalTrafficPolicy());
    }

    /** ExternallyAccessible: LoadBalancer, NodePort, or ClusterIP with externalIPs. */
    public static boolean externallyAccessible(String type, List<String> externalIPs) {
        return LOAD_BALANCER.equals(type) || NODE_PORT.equals(type)
                || (CLUSTER_IP.equals(type) && !externalIPs.isEmpty());
    }

    public static boolean externallyAccessible(ServiceSpec s) {
        return externallyAccessible(s.type(), s.externalIPs());
    }
}
