package io.kubetutor.sim;

import io.kubetutor.model.Ipv4;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * One node's pod addresses, handed out as the host-local IPAM plugin under flannel does: the
 * bridge holds .1, the first pod gets .2, and each next pod the address after the last one handed
 * out (wrapping, skipping those in use), so a replacement pod gets a new address, not the freed one.
 */
final class PodAddresses {
    private final Ipv4.Cidr cidr;
    private final Set<Long> inUse = new HashSet<>();
    private long last = 1; // the bridge's address; the next one handed out is .2

    PodAddresses(Ipv4.Cidr cidr) {
        this.cidr = cidr;
    }

    Ipv4.Cidr cidr() {
        return cidr;
    }

    /** The next free address, or empty when the range is full. */
    Optional<String> allocate() {
        long usable = cidr.size() - 2; // without the network and broadcast addresses
        for (long tried = 0; tried < usable; tried++) {
            long next = last + 1 >= cidr.size() - 1 ? 2 : last + 1; // .1 stays with the bridge
            last = next;
            if (inUse.add(next)) {
                return Optional.of(cidr.address(next).toString());
            }
        }
        return Optional.empty();
    }

    boolean contains(String ip) {
        return Ipv4.parse(ip).map(cidr::contains).orElse(false);
    }

    /**
     * Marks an address this IPAM handed out before the simulation began (a system pod's) as taken,
     * with the cursor on it, as host-local's last-reserved record leaves it: the next pod gets the
     * address after it.
     */
    void claim(String ip) {
        Ipv4.parse(ip).filter(cidr::contains).ifPresent(a -> {
            inUse.add(cidr.offsetOf(a));
            last = cidr.offsetOf(a);
        });
    }

    /** Marks an address a manifest pinned as taken (without moving the cursor). */
    void reserve(String ip) {
        Ipv4.parse(ip).filter(cidr::contains).ifPresent(a -> inUse.add(cidr.offsetOf(a)));
    }

    void release(String ip) {
        Ipv4.parse(ip).filter(cidr::contains).ifPresent(a -> inUse.remove(cidr.offsetOf(a)));
    }
}
