package io.kubetutor.sim;

import io.kubetutor.model.FieldError;
import io.kubetutor.model.ServicePort;
import io.kubetutor.model.ServiceSpec;
import io.kubetutor.model.ServiceTypes;
import io.kubetutor.sim.Change.Pool;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The allocation half of the Service registry (alloc.go): ClusterIPs, nodePorts and the
 * healthCheckNodePort on create and update, and their release on delete. Errors carry the
 * upstream texts: a refused explicit value is a 422 on the field, an exhausted pool a 500.
 */
final class ServiceAllocations {
    private final ClusterIpAllocator ips;
    private final NodePortAllocator ports;

    ServiceAllocations(ClusterIpAllocator ips, NodePortAllocator ports) {
        this.ips = ips;
        this.ports = ports;
    }

    /** allocateCreate, after IP-family init: ClusterIPs, then nodePorts, then the health check port. */
    AllocationJournal allocateCreate(ObjectKey owner, ServiceSpec.Builder s) throws Refused {
        AllocationJournal journal = new AllocationJournal(ips, ports, owner);
        try {
            allocClusterIPs(s, journal);
            if (Services.needsNodePort(s.type)) {
                initNodePorts(s, journal);
            }
            if (ServiceTypes.needsHealthCheck(s.type, s.externalTrafficPolicy)) {
                allocHealthCheckNodePort(s, journal);
            }
            return journal;
        } catch (Refused r) {
            journal.revert();
            throw r;
        }
    }

    /** allocateUpdate, after IP-family init: type changes allocate or (on commit) release. */
    AllocationJournal allocateUpdate(ObjectKey owner, ServiceSpec.Builder s, ServiceSpec old) throws Refused {
        AllocationJournal journal = new AllocationJournal(ips, ports, owner);
        try {
            updateClusterIPs(s, old, journal);
            if (Services.needsNodePort(old.type()) && !Services.needsNodePort(s.type)) {
                for (int np : Services.nodePorts(old.ports())) {
                    journal.releasePortLater(Pool.NODE_PORT, np);
                }
            }
            if (Services.needsNodePort(s.type)) {
                updateNodePorts(s, old, journal);
            }
            boolean needed = ServiceTypes.needsHealthCheck(old);
            boolean needs = ServiceTypes.needsHealthCheck(s.type, s.externalTrafficPolicy);
            if (!needed && needs) {
                allocHealthCheckNodePort(s, journal);
            } else if (needed && !needs) {
                journal.releasePortLater(Pool.HEALTH_CHECK_NODE_PORT, old.healthCheckNodePort());
            }
            return journal;
        } catch (Refused r) {
            journal.revert();
            throw r;
        }
    }

    /** releaseAllocatedResources: what a deleted Service gives back. */
    List<Change> release(ObjectKey owner, ServiceSpec s) {
        List<Change> out = new ArrayList<>();
        if (Services.needsClusterIP(s.type()) && !Services.headless(s.clusterIPs())) {
            for (String ip : s.clusterIPs()) {
                // Only IPv4 addresses have a pool here; upstream skips a family the cluster lacks.
                if (ips.isAllocated(ip)) {
                    ips.release(ip);
                    out.add(new Change.Released(owner, Pool.CLUSTER_IP, ip));
                }
            }
        }
        for (int np : Services.nodePorts(s.ports())) {
            ports.release(np);
            out.add(new Change.Released(owner, Pool.NODE_PORT, Integer.toString(np)));
        }
        if (ServiceTypes.needsHealthCheck(s) && s.healthCheckNodePort() > 0) {
            ports.release(s.healthCheckNodePort());
            out.add(new Change.Released(owner, Pool.HEALTH_CHECK_NODE_PORT, Integer.toString(s.healthCheckNodePort())));
        }
        return out;
    }

    private void allocClusterIPs(ServiceSpec.Builder s, AllocationJournal journal) throws Refused {
        if (!Services.needsClusterIP(s.type) || Services.headless(s.clusterIPs)) {
            return;
        }
        List<String> chosen = new ArrayList<>(s.clusterIPs);
        while (chosen.size() < s.ipFamilies.size()) {
            chosen.add(""); // a marker: allocate one for this family
        }
        for (int i = 0; i < s.ipFamilies.size(); i++) {
            String ip = chosen.get(i);
            if (ip.isEmpty()) {
                try {
                    chosen.set(i, journal.allocateNextIp());
                } catch (AllocationException e) {
                    throw new Refused(ApiError.internal("failed to allocate a serviceIP: " + e.getMessage(),
                            "spec.clusterIP"));
                }
            } else {
                try {
                    journal.allocateIp(ip);
                } catch (AllocationException e) {
                    throw new Refused(ApiError.invalid(FieldError.invalid("spec.clusterIPs", List.copyOf(chosen),
                            "failed to allocate IP " + ip + ": " + e.getMessage())));
                }
            }
        }
        s.clusterIPs = chosen;
        s.clusterIP = chosen.isEmpty() ? s.clusterIP : chosen.get(0);
    }

    private void updateClusterIPs(ServiceSpec.Builder s, ServiceSpec old, AllocationJournal journal)
            throws Refused {
        // Upstream first skips PreferDualStack updates that keep the IP fields; those keep the type
        // too, so none of the cases below applies to them on a single-stack cluster.
        if (!Services.needsClusterIP(old.type()) && Services.needsClusterIP(s.type)) {
            allocClusterIPs(s, journal);
            return;
        }
        if (Services.headless(old.clusterIPs())) {
            return;
        }
        if (Services.needsClusterIP(old.type()) && !Services.needsClusterIP(s.type)) {
            for (int i = 0; i < old.ipFamilies().size() && i < old.clusterIPs().size(); i++) {
                journal.releaseIpLater(old.clusterIPs().get(i));
            }
        }
        // Dual-stack upgrades and downgrades cannot happen on a single-stack cluster.
    }

    /** initNodePorts: one nodePort per service port number, requested values honoured first. */
    private void initNodePorts(ServiceSpec.Builder s, AllocationJournal journal) throws Refused {
        boolean allocate = Services.shouldAllocateNodePorts(s.type, s.allocateLoadBalancerNodePorts);
        List<ServicePort> list = new ArrayList<>(s.ports);
        Map<Integer, Integer> byPortNumber = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            ServicePort p = list.get(i);
            if (p.nodePort() == 0 && !allocate) {
                continue; // do not allocate, but do respect specific requests
            }
            int shared = byPortNumber.getOrDefault(p.port(), 0);
            if (shared == 0) {
                int requested = requestedNodePort(p.port(), list);
                int np;
                if (requested != 0) {
                    allocateRequested(journal, i, requested);
                    np = requested;
                } else {
                    np = allocateNext(journal, Pool.NODE_PORT, "spec.ports[" + i + "].nodePort");
                }
                list.set(i, p.withNodePort(np));
                byPortNumber.put(p.port(), np);
            } else if (p.nodePort() != shared) {
                if (p.nodePort() == 0) {
                    list.set(i, p.withNodePort(shared));
                } else {
                    allocateRequested(journal, i, p.nodePort());
                }
            }
        }
        s.ports = list;
    }

    /** updateNodePorts: keep the old ones, allocate new requests and gaps, release the dropped. */
    private void updateNodePorts(ServiceSpec.Builder s, ServiceSpec old, AllocationJournal journal)
            throws Refused {
        boolean allocate = Services.shouldAllocateNodePorts(s.type, s.allocateLoadBalancerNodePorts);
        List<Integer> oldNumbers = Services.nodePorts(old.ports());
        Set<Integer> allocatedNow = new HashSet<>();
        Set<String> seen = new HashSet<>();
        List<ServicePort> list = new ArrayList<>(s.ports);
        for (int i = 0; i < list.size(); i++) {
            ServicePort p = list.get(i);
            if (p.nodePort() == 0 && !allocate) {
                continue;
            }
            int np = p.nodePort();
            if (np != 0) {
                if (!oldNumbers.contains(np) && !allocatedNow.contains(np)) {
                    allocateRequested(journal, i, np);
                    allocatedNow.add(np);
                }
            } else {
                np = allocateNext(journal, Pool.NODE_PORT, "spec.ports[" + i + "].nodePort");
                list.set(i, p.withNodePort(np));
            }
            // ServiceNodePort{Protocol, NodePort} printed with %v.
            String key = "{" + p.protocol() + " " + np + "}";
            if (!seen.add(key)) {
                throw new Refused(new ApiError.ServerStatus("", "duplicate nodePort: " + key,
                        "spec.ports[" + i + "].nodePort"));
            }
        }
        s.ports = list;
        List<Integer> newNumbers = Services.nodePorts(list);
        for (int np : oldNumbers) {
            if (!newNumbers.contains(np)) {
                journal.releasePortLater(Pool.NODE_PORT, np);
            }
        }
    }

    private void allocHealthCheckNodePort(ServiceSpec.Builder s, AllocationJournal journal) throws Refused {
        int requested = s.healthCheckNodePort;
        if (requested != 0) {
            try {
                journal.allocatePort(Pool.HEALTH_CHECK_NODE_PORT, requested);
            } catch (AllocationException e) {
                throw new Refused(ApiError.internal("failed to allocate requested HealthCheck NodePort " + requested
                        + ": " + e.getMessage(), "spec.healthCheckNodePort"));
            }
        } else {
            try {
                s.healthCheckNodePort = journal.allocateNextPort(Pool.HEALTH_CHECK_NODE_PORT);
            } catch (AllocationException e) {
                // Upstream prints the (zero) value it failed to get.
                throw new Refused(ApiError.internal("failed to allocate a HealthCheck NodePort 0: " + e.getMessage(),
                        "spec.externalTrafficPolicy"));
            }
        }
    }

    private static void allocateRequested(AllocationJournal journal, int index, int nodePort) throws Refused {
        try {
            journal.allocatePort(Pool.NODE_PORT, nodePort);
        } catch (AllocationException e) {
            throw new Refused(ApiError.invalid(FieldError.invalid("spec.ports[" + index + "].nodePort", nodePort,
                    e.getMessage())));
        }
    }

    private static int allocateNext(AllocationJournal journal, Pool pool, String path) throws Refused {
        try {
            return journal.allocateNextPort(pool);
        } catch (AllocationException e) {
            throw new Refused(ApiError.internal("failed to allocate a nodePort: " + e.getMessage(), path));
        }
    }

    /** findRequestedNodePort: the first nodePort written for this port number, or 0. */
    private static int requestedNodePort(int port, List<ServicePort> list) {
        for (ServicePort p : list) {
            if (p.port() == port && p.nodePort() != 0) {
                return p.nodePort();
            }
        }
        return 0;
    }
}
