package io.kubetutor.sim;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.Ipv4;
import io.kubetutor.model.Service;
import io.kubetutor.model.ServiceStatus;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The topology's cloud load balancer, as a cloud controller manager would run it: a LoadBalancer
 * Service gets the next free address of the pool (or the one its deprecated
 * {@code spec.loadBalancerIP} asks for, when free and in the pool); a Service naming a
 * {@code loadBalancerClass} belongs to another implementation and is left alone. Switched off, every
 * LoadBalancer Service stays {@code <pending>}.
 */
final class LoadBalancers {
    private final boolean enabled;
    private final Ipv4.Cidr pool;
    private final TreeSet<Long> used = new TreeSet<>();
    private final Map<ObjectKey, Long> byService = new HashMap<>();

    LoadBalancers(ClusterTopology.CloudLoadBalancer config) {
        this.enabled = config != null && config.enabled();
        this.pool = config == null ? null : Ipv4.Cidr.parse(config.pool()).orElse(null);
    }

    /** Whether this controller serves the Service (a LoadBalancer without another class). */
    boolean serves(Service s) {
        return enabled && pool != null && s.spec().type().equals("LoadBalancer")
                && (s.spec().loadBalancerClass() == null || s.spec().loadBalancerClass().isEmpty());
    }

    /** The address held for the Service, taking one if it has none; empty when the pool is full. */
    Optional<String> ensure(ObjectKey key, Service s) {
        Long held = byService.get(key);
        if (held != null) {
            return Optional.of(pool.address(held).toString());
        }
        Long wanted = requested(s);
        if (wanted == null) {
            wanted = firstFree();
        }
        if (wanted == null) {
            return Optional.empty();
        }
        used.add(wanted);
        byService.put(key, wanted);
        return Optional.of(pool.address(wanted).toString());
    }

    /** Gives the Service's address back to the pool; the address, or null if it held none. */
    String release(ObjectKey key) {
        Long held = byService.remove(key);
        if (held == null) {
            return null;
        }
        used.remove(held);
        return pool.address(held).toString();
    }

    static ServiceStatus statusFor(String ip) {
        // The API server defaults ipMode to VIP for an ingress point with an IP (LoadBalancerIPMode, GA in v1.32).
        return new ServiceStatus(java.util.List.of(new ServiceStatus.LoadBalancerIngress(ip, "", "VIP")));
    }

    private Long requested(Service s) {
        String ip = s.spec().loadBalancerIP();
        if (ip == null || ip.isEmpty()) {
            return null;
        }
        return Ipv4.parse(ip).filter(pool::contains).map(pool::offsetOf).filter(o -> !used.contains(o)).orElse(null);
    }

    private Long firstFree() {
        long size = pool.size();
        // Network and broadcast addresses are not handed out, as for any subnet of a real network.
        long first = size > 2 ? 1 : 0;
        long last = size > 2 ? size - 2 : size - 1;
        for (long o = first; o <= last; o++) {
            if (!used.contains(o)) {
                return o;
            }
        }
        return null;
    }
}
