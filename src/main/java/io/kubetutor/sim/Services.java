package io.kubetutor.sim;

import io.kubetutor.model.ServicePort;
import io.kubetutor.model.ServiceTypes;
import java.util.ArrayList;
import java.util.List;

/**
 * The Service registry's own predicates (alloc.go). The ones validation shares with it
 * (NeedsHealthCheck, ExternallyAccessible) and the type names live in {@link ServiceTypes}.
 */
final class Services {
    static final String NONE = "None";

    private Services() {
    }

    static boolean needsClusterIP(String type) {
        return !ServiceTypes.EXTERNAL_NAME.equals(type);
    }

    static boolean needsNodePort(String type) {
        return ServiceTypes.NODE_PORT.equals(type) || ServiceTypes.LOAD_BALANCER.equals(type);
    }

    /** NodePort always; LoadBalancer unless allocateLoadBalancerNodePorts is false. */
    static boolean shouldAllocateNodePorts(String type, Boolean allocateLoadBalancerNodePorts) {
        if (ServiceTypes.NODE_PORT.equals(type)) {
            return true;
        }
        return ServiceTypes.LOAD_BALANCER.equals(type) && !Boolean.FALSE.equals(allocateLoadBalancerNodePorts);
    }

    /**
     * The registry's headless test: the first clusterIP is "None". (Validation's isHeadlessService
     * wants exactly ["None"]; with more values, validation refuses the Service anyway.)
     */
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
