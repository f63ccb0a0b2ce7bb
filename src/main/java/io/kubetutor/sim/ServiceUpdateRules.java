package io.kubetutor.sim;

import io.kubetutor.model.ServicePort;
import io.kubetutor.model.ServiceSpec;
import io.kubetutor.model.ServiceTypes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How an applied Service manifest becomes the object the registry stores, before and after
 * allocation: the fields kubectl's three-way merge keeps from the live object, then storage.go's
 * patchAllocatedValues (its normalizeClusterIPs is in ServiceAllocationDefaults), and the
 * strategy's dropTypeDependentFields.
 */
final class ServiceUpdateRules {
    private ServiceUpdateRules() {
    }

    /**
     * kubectl apply sends a merge patch: a field the user never wrote (absent now and in the
     * last-applied manifest) keeps the live value the server set. For the allocated fields that is
     * clusterIP(s), ipFamilies, ipFamilyPolicy, healthCheckNodePort and each port's nodePort
     * (ports merge by their {@code port} key). {@code lastApplied} is null when the live object was
     * never applied (a system object), in which case every unwritten field is kept.
     */
    static void keepServerSetFields(ServiceSpec.Builder s, ServiceSpec lastApplied, ServiceSpec live) {
        boolean wrote = lastApplied != null;
        if (s.clusterIP.isEmpty() && (!wrote || lastApplied.clusterIP().isEmpty())) {
            s.clusterIP = live.clusterIP();
        }
        if (s.clusterIPs.isEmpty() && (!wrote || lastApplied.clusterIPs().isEmpty())) {
            s.clusterIPs = live.clusterIPs();
        }
        if (s.ipFamilies.isEmpty() && (!wrote || lastApplied.ipFamilies().isEmpty())) {
            s.ipFamilies = live.ipFamilies();
        }
        if (s.ipFamilyPolicy == null && (!wrote || lastApplied.ipFamilyPolicy() == null)) {
            s.ipFamilyPolicy = live.ipFamilyPolicy();
        }
        if (s.healthCheckNodePort == 0 && (!wrote || lastApplied.healthCheckNodePort() == 0)) {
            s.healthCheckNodePort = live.healthCheckNodePort();
        }
        List<ServicePort> ports = new ArrayList<>(s.ports);
        for (int i = 0; i < ports.size(); i++) {
            ServicePort p = ports.get(i);
            if (p.nodePort() != 0) {
                continue;
            }
            ServicePort written = wrote ? byPort(lastApplied.ports(), p) : null;
            if (written != null && written.nodePort() != 0) {
                continue; // the user deleted the line: the patch removes the value
            }
            ServicePort livePort = byPort(live.ports(), p);
            if (livePort != null && livePort.nodePort() != 0) {
                ports.set(i, p.withNodePort(livePort.nodePort()));
            }
        }
        s.ports = ports;
    }

    /** patchAllocatedValues: keep what the server allocated when the new object leaves it out. */
    static void patchAllocatedValues(ServiceSpec.Builder s, ServiceSpec old) {
        if (Services.needsClusterIP(old.type()) && Services.needsClusterIP(s.type)) {
            if (s.clusterIP.isEmpty()) {
                s.clusterIP = old.clusterIP();
            }
            if (s.clusterIPs.isEmpty() && !old.clusterIPs().isEmpty()) {
                s.clusterIPs = old.clusterIPs();
            }
        }
        if (Services.needsNodePort(old.type()) && Services.needsNodePort(s.type)) {
            Set<Integer> used = new HashSet<>(Services.nodePorts(old.ports()));
            used.retainAll(Services.nodePorts(s.ports));
            // NodePorts by port name; the user may have changed other properties of the port.
            Map<String, Integer> byName = new HashMap<>();
            for (ServicePort p : old.ports()) {
                byName.put(p.name(), p.nodePort());
            }
            List<ServicePort> ports = new ArrayList<>(s.ports);
            for (int i = 0; i < ports.size(); i++) {
                ServicePort p = ports.get(i);
                if (p.nodePort() == 0) {
                    int oldValue = byName.getOrDefault(p.name(), 0);
                    if (!used.contains(oldValue)) {
                        ports.set(i, p.withNodePort(oldValue));
                    }
                }
            }
            s.ports = ports;
        }
        if (ServiceTypes.needsHealthCheck(old) && ServiceTypes.needsHealthCheck(s.type, s.externalTrafficPolicy)
                && s.healthCheckNodePort == 0) {
            s.healthCheckNodePort = old.healthCheckNodePort();
        }
    }

    /**
     * dropTypeDependentFields: on a type change, wipe the fields the new type does not use when the
     * user did not also edit them (they are released by the allocation step). Returns whether the
     * load-balancer status must be cleared (the type is no longer LoadBalancer).
     */
    static boolean dropTypeDependentFields(ServiceSpec.Builder s, ServiceSpec old) {
        if (Services.needsClusterIP(old.type()) && !Services.needsClusterIP(s.type)) {
            if (old.clusterIP().equals(s.clusterIP) && old.clusterIPs().equals(s.clusterIPs)) {
                s.clusterIP = "";
                s.clusterIPs = List.of();
            }
            if (old.ipFamilies().equals(s.ipFamilies)) {
                s.ipFamilies = List.of();
            }
            if (Objects.equals(old.ipFamilyPolicy(), s.ipFamilyPolicy)) {
                s.ipFamilyPolicy = null;
            }
        }
        if (Services.needsNodePort(old.type()) && !Services.needsNodePort(s.type)
                && new HashSet<>(Services.nodePorts(old.ports())).containsAll(Services.nodePorts(s.ports))) {
            List<ServicePort> ports = new ArrayList<>();
            for (ServicePort p : s.ports) {
                ports.add(p.withNodePort(0));
            }
            s.ports = ports;
        }
        if (ServiceTypes.needsHealthCheck(old) && !ServiceTypes.needsHealthCheck(s.type, s.externalTrafficPolicy)
                && old.healthCheckNodePort() == s.healthCheckNodePort) {
            s.healthCheckNodePort = 0;
        }
        boolean wasLb = ServiceTypes.LOAD_BALANCER.equals(old.type());
        if (wasLb && !ServiceTypes.LOAD_BALANCER.equals(s.type)) {
            if (s.allocateLoadBalancerNodePorts != null && old.allocateLoadBalancerNodePorts() != null
                    && s.allocateLoadBalancerNodePorts.equals(old.allocateLoadBalancerNodePorts())) {
                s.allocateLoadBalancerNodePorts = null;
            }
            if (Objects.equals(old.loadBalancerClass(), s.loadBalancerClass)) {
                s.loadBalancerClass = null;
            }
        }
        if (ServiceTypes.externallyAccessible(old.type(), old.externalIPs())
                && !ServiceTypes.externallyAccessible(s.type, s.externalIPs)
                && old.externalTrafficPolicy().equals(s.externalTrafficPolicy)) {
            s.externalTrafficPolicy = "";
        }
        return !ServiceTypes.LOAD_BALANCER.equals(s.type);
    }

    /** The port entry with the same {@code port} (the merge key), preferring the same protocol. */
    private static ServicePort byPort(List<ServicePort> ports, ServicePort p) {
        ServicePort any = null;
        for (ServicePort q : ports) {
            if (q.port() == p.port()) {
                if (q.protocol().equals(p.protocol())) {
                    return q;
                }
                if (any == null) {
                    any = q;
                }
            }
        }
        return any;
    }
}
