package io.kubetutor.sim;

import io.kubetutor.model.Ipv4;
import java.util.BitSet;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * ClusterIPs out of the topology's service CIDR, as the v1.33 IPAddress-based allocator behind
 * the ServiceCIDR MetaAllocator hands them out. The network and broadcast addresses are never
 * given. The usable range is split (KEP-3070): the lowest {@code min(max(16, size/16), 256)}
 * addresses are kept for explicit picks, and automatic allocation starts at a random address of
 * the upper band, scans forward with wrap, and only falls back to the lower band when the upper
 * one is full. Every random choice comes from the one generator the cluster was given.
 */
public final class ClusterIpAllocator {
    private static final String MISMATCHED_NETWORK = "the provided network does not match the current range";
    private static final String ALREADY_ALLOCATED = "provided IP is already allocated";

    private final Ipv4.Cidr range;
    /** Usable addresses, network and broadcast left out; index i in {@link #used} is the address at i + 1. */
    private final int usable;
    private final int staticBand;
    private final BitSet used;
    private final RandomGenerator random;

    public ClusterIpAllocator(String serviceCIDR, RandomGenerator random) {
        // Read as ParseCIDRSloppy reads --service-cluster-ip-range; the refusal is net.ParseCIDR's.
        this.range = Ipv4.Cidr.parseSloppy(serviceCIDR)
                .orElseThrow(() -> new IllegalArgumentException("invalid CIDR address: " + serviceCIDR));
        // kube-apiserver refuses larger ranges (mask must be >= 12) and ranges under 8 addresses.
        if (range.prefixLength() < 12) {
            throw new IllegalArgumentException("specified --service-cluster-ip-range is too large; "
                    + "for 32-bit addresses, the mask must be >= 12");
        }
        if (range.size() < 8) {
            throw new IllegalArgumentException("the service cluster IP range must be at least 8 IP addresses");
        }
        this.usable = (int) (range.size() - 2);
        this.staticBand = rangeOffset(range.size());
        this.used = new BitSet(usable);
        this.random = random;
    }

    /** calculateRangeOffset: min(max(16, cidrSize/16), 256), or 0 for blocks of 16 or fewer. */
    static int rangeOffset(long cidrSize) {
        if (cidrSize <= 16) {
            return 0;
        }
        return (int) Math.min(Math.max(16, cidrSize / 16), 256);
    }

    public String cidr() {
        return range.toString();
    }

    public Ipv4.Cidr range() {
        return range;
    }

    /**
     * The address {@code index} steps above the network address: 1 is the kubernetes Service's. It is
     * not held to the range: past it (a /29 has no tenth address) the address lies outside, and
     * {@link #allocate} refuses it with the allocator's own message.
     */
    public String addressAt(int index) {
        return new Ipv4(range.network().bits() + index).toString();
    }

    /** How many usable addresses sit in the lower band kept for explicit picks. */
    public int staticBandSize() {
        return staticBand;
    }

    /** The first address automatic allocation prefers (the start of the upper band). */
    public String firstDynamicAddress() {
        return range.address(1 + staticBand).toString();
    }

    public int allocatedCount() {
        return used.cardinality();
    }

    public boolean isAllocated(String ip) {
        int index = usableIndex(ip);
        return index >= 0 && used.get(index);
    }

    /** Reserves an explicit address anywhere in the usable range. */
    public void allocate(String ip) throws AllocationException {
        Optional<Ipv4> address = Ipv4.parseSloppy(ip);
        if (address.isEmpty() || !range.contains(address.get())) {
            // The MetaAllocator finds no ServiceCIDR holding the address.
            throw AllocationException.refused(MISMATCHED_NETWORK);
        }
        int index = usableIndex(ip);
        if (index < 0) {
            throw AllocationException.refused("the provided IP (" + ip + ") is not in the valid range. "
                    + "The range of valid IPs is " + range);
        }
        if (used.get(index)) {
            throw AllocationException.refused(ALREADY_ALLOCATED);
        }
        used.set(index);
    }

    /** Picks a free address: random start in the upper band, linear scan with wrap, then the lower band. */
    public String allocateNext() throws AllocationException {
        int upperSize = usable - staticBand;
        if (upperSize > 0) {
            int start = staticBand + (int) random.nextLong(upperSize);
            int found = scan(start, staticBand, usable);
            if (found >= 0) {
                return take(found);
            }
        }
        if (staticBand > 0) {
            int start = random.nextInt(staticBand);
            int found = scan(start, 0, staticBand);
            if (found >= 0) {
                return take(found);
            }
        }
        throw AllocationException.full();
    }

    /** Releasing an address that is not held, or is out of range, does nothing (as upstream). */
    public void release(String ip) {
        int index = usableIndex(ip);
        if (index >= 0) {
            used.clear(index);
        }
    }

    /**
     * Where {@code ip} (read as ParseIPSloppy reads it, so the allocator takes exactly the address
     * validation accepted) sits among the usable addresses; -1 when it is not one of them.
     */
    private int usableIndex(String ip) {
        long offset = Ipv4.parseSloppy(ip).map(range::offsetOf).orElse(-1L);
        return offset >= 1 && offset <= usable ? (int) (offset - 1) : -1;
    }

    /** First free index in [start, end), then in [bandStart, start): the wrapped forward scan. */
    private int scan(int start, int bandStart, int end) {
        int i = used.nextClearBit(start);
        if (i < end) {
            return i;
        }
        i = used.nextClearBit(bandStart);
        return i < start ? i : -1;
    }

    private String take(int index) {
        used.set(index);
        return range.address(1 + index).toString();
    }
}
