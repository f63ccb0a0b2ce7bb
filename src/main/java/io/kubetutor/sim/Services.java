package io.kubetutor.sim;

import io.kubetutor.model.ServicePort;
import io.kubetutor.model.ServiceSpec;
import java.util.ArrayList;
import java.util.List;

/** Service type predicates as pkg/api/service and the registry use them. */
final class Services {
    static final String CLUSTER_IP = "ClusterIP";
    static final String NODE_PORT = "NodePort";
    static final String LOAD_BALANCER = "LoadBalancer";
    static final String EXTERNAL_NAME = "ExternalName";
    static final String NONE = "None";
    static final String LOCAL = "Local";

    private Services() {
    }

    static boolean needsClusterIP(String type) {
        return !EXTERNAL_NAME.equals(type);
    }

    static boolean needsNodePort(String type) {
        return NODE_PORT.equals(type) || LOAD_BALANCER.equals(type);
    }

    /** NeedsHealthCheck: LoadBalancer with externalTrafficPolicy Local (NodePort+Local gets none). */
    static boolean needsHealthCheck(String type, String externalTrafficPolicy) {
        return LOAD_BALANCER.equals(type) && LOCAL.equals(externalTrafficPolicy);
    }

    static boolean needsHealthCheck(ServiceSpec s) {
        return needsHealthCheck(s.type(), s.externalTrafficPolicy());
    }

    /** NodePort always; LoadBalancer unless allocateLoadBalancerNodePorts is false. */
    static boolean shouldAllocateNodePorts(String type, Boolean allocateLoadBalancerNodePorts) {
        if (NODE_PORT.equals(type)) {
            return true;
        }
        return LOAD_BALANCER.equals(type) && !Boolean.FALSE.equals(allocateLoadBalancerNodePorts);
    }

    /** ExternallyAccessible: LoadBalancer, NodePort, or ClusterIP with externalIPs. */
    static boolean externallyAccessible(String type, List<String> externalIPs) {
        return LOAD_BALANCER.equals(type) || NODE_PORT.equals(type)
                || (CLUSTER_IP.equals(type) && !externalIPs.isEmpty());
    }

    static boolean headless(List<String> clusterIPs) {
        return !clusterIPs.isEmpty() && NONE.equals(clusterIPs.get(0));
    }

    /** The non-zero nodePorts of the ports, in order (collectServiceNodePorts). */
    static List<Integer> nodePorts(List<ServicePort> ports) {
        List<Integer> out = new ArrayList<>();
        for (ServicePort p : ports) {
            if (p.nodePort() != 0) {
                out.add(p.nodePort());
            }
        }
        return out;
    }
}
