package io.kubetutor.sim;

import io.kubetutor.model.ClusterTopology.PortRange;
import java.util.BitSet;
import java.util.random.RandomGenerator;

/**
 * NodePorts out of the topology's range, as the apiserver's port allocator hands them out: the
 * lowest {@code min(max(16, size/32), 128)} ports (86 for 30000-32767) are kept for explicit
 * requests; automatic allocation picks a random port of the upper band, scans forward with wrap,
 * then tries the lower band the same way. healthCheckNodePorts come from the same pool.
 */
public final class NodePortAllocator {
    private final PortRange range;
    private final int staticBand;
    private final BitSet used;
    private final RandomGenerator random;

    public NodePortAllocator(PortRange range, RandomGenerator random) {
        if (range.size() <= 0) {
            throw new IllegalArgumentException("invalid node port range " + range);
        }
        this.range = range;
        this.staticBand = rangeOffset(range.size());
        this.used = new BitSet(range.size());
        this.random = random;
    }

    /** portallocator calculateRangeOffset: min(max(16, size/32), 128), or 0 for 16 ports or fewer. */
    static int rangeOffset(int size) {
        if (size <= 16) {
            return 0;
        }
        return Math.min(Math.max(16, size / 32), 128);
    }

    public PortRange range() {
        return range;
    }

    public int staticBandSize() {
        return staticBand;
    }

    public boolean isAllocated(int port) {
        return range.contains(port) && used.get(port - range.base());
    }

    public int allocatedCount() {
        return used.cardinality();
    }

    /** Reserves a requested port. */
    public void allocate(int port) throws AllocationException {
        if (!range.contains(port)) {
            throw AllocationException.refused("provided port is not in the valid range. The range of valid ports is "
                    + range);
        }
        int offset = port - range.base();
        if (used.get(offset)) {
            throw AllocationException.refused("provided port is already allocated");
        }
        used.set(offset);
    }

    /** randomScanStrategyWithOffset: upper band from a random start, then the lower band. */
    public int allocateNext() throws AllocationException {
        int max = range.size();
        if (used.cardinality() >= max) {
            throw AllocationException.full();
        }
        int upperSize = max - staticBand;
        int start = random.nextInt(upperSize);
        for (int i = 0; i < upperSize; i++) {
            int at = staticBand + (start + i) % upperSize;
            if (!used.get(at)) {
                return take(at);
            }
        }
        if (staticBand > 0) {
            start = random.nextInt(staticBand);
            for (int i = 0; i < staticBand; i++) {
                int at = (start + i) % staticBand;
                if (!used.get(at)) {
                    return take(at);
                }
            }
        }
        throw AllocationException.full();
    }

    /** Releasing a port that is not held, or is out of range, does nothing (as upstream). */
    public void release(int port) {
        if (range.contains(port)) {
            used.clear(port - range.base());
        }
    }

    private int take(int offset) {
        used.set(offset);
        return range.base() + offset;
    }
}
