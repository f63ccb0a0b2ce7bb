package io.kubetutor.sim;

import io.kubetutor.sim.Change.Pool;
import java.util.ArrayList;
import java.util.List;

/**
 * The allocations of one create or update, kept so they can be undone: the API server allocates
 * before it validates, so a refused object must give back what it took (revert), and an update
 * releases old values only once it has succeeded (deferred releases, applied on commit).
 */
final class AllocationJournal {
    private record Entry(Pool pool, String value) {
    }

    private final ClusterIpAllocator ips;
    private final NodePortAllocator ports;
    private final ObjectKey owner;
    private final List<Entry> taken = new ArrayList<>();
    private final List<Entry> releaseOnCommit = new ArrayList<>();
    private boolean finished;

    AllocationJournal(ClusterIpAllocator ips, NodePortAllocator ports, ObjectKey owner) {
        this.ips = ips;
        this.ports = ports;
        this.owner = owner;
    }

    String allocateNextIp() throws AllocationException {
        String ip = ips.allocateNext();
        taken.add(new Entry(Pool.CLUSTER_IP, ip));
        return ip;
    }

    void allocateIp(String ip) throws AllocationException {
        ips.allocate(ip);
        taken.add(new Entry(Pool.CLUSTER_IP, ip));
    }

    int allocateNextPort(Pool pool) throws AllocationException {
        int port = ports.allocateNext();
        taken.add(new Entry(pool, Integer.toString(port)));
        return port;
    }

    void allocatePort(Pool pool, int port) throws AllocationException {
        ports.allocate(port);
        taken.add(new Entry(pool, Integer.toString(port)));
    }

    void releaseIpLater(String ip) {
        releaseOnCommit.add(new Entry(Pool.CLUSTER_IP, ip));
    }

    void releasePortLater(Pool pool, int port) {
        releaseOnCommit.add(new Entry(pool, Integer.toString(port)));
    }

    /** Gives back everything taken; deferred releases are dropped, the old values stay held. */
    void revert() {
        if (finished) {
            return;
        }
        finished = true;
        for (Entry e : taken) {
            giveBack(e);
        }
    }

    /** Applies the deferred releases; returns what was allocated and released, in that order. */
    List<Change> commit() {
        if (finished) {
            throw new IllegalStateException("allocation journal already finished");
        }
        finished = true;
        List<Change> changes = new ArrayList<>();
        for (Entry e : taken) {
            changes.add(new Change.Allocated(owner, e.pool(), e.value()));
        }
        for (Entry e : releaseOnCommit) {
            giveBack(e);
            changes.add(new Change.Released(owner, e.pool(), e.value()));
        }
        return changes;
    }

    private void giveBack(Entry e) {
        if (e.pool() == Pool.CLUSTER_IP) {
            ips.release(e.value());
        } else {
            ports.release(Integer.parseInt(e.value()));
        }
    }
}
